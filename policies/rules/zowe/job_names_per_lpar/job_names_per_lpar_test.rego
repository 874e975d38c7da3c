package zowe_ha.rules.zowe.job_names_per_lpar_test

import data.zowe_ha.rules.zowe.job_names_per_lpar as rule

job(name, prefix) := {"zowe": {"job": {"name": name, "prefix": prefix}}}

test_distinct_jobs_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {"job": {"name": "ZWE1SV", "prefix": "ZWE1"}}, "haInstances": {
		"lpar1": {"hostname": "a", "sysname": "LPAR1"},
		"lpar2a": {"hostname": "b", "sysname": "LPAR2"},
		"lpar2b": object.union({"hostname": "b", "sysname": "LPAR2"}, job("ZWE2SV", "ZWE2")),
	}}}]}
}

test_same_jobs_on_one_lpar_fail if {
	report := rule.report with input as {"zowe": [{"config": {"zowe": {"job": {"name": "ZWE1SV", "prefix": "ZWE1"}}, "haInstances": {
		"lpar2a": {"hostname": "b", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "b", "sysname": "lpar2"},
	}}}]}
	report == {
		{
			"zowe": 0,
			"path": ["haInstances", "lpar2b", "zowe", "job", "name"],
			"message": "instances lpar2a and lpar2b on LPAR LPAR2 both use zowe.job.name ZWE1SV; stopping or addressing one of them by job name also hits the other: give lpar2b its own haInstances.lpar2b.zowe.job.name and start it with JOBNAME=<that name>, since zwe start passes the shared job name (inference)",
		},
		{
			"zowe": 0,
			"path": ["haInstances", "lpar2b", "zowe", "job", "prefix"],
			"message": "instances lpar2a and lpar2b on LPAR LPAR2 both use zowe.job.prefix ZWE1; stopping or addressing one of them by job name also hits the other: give lpar2b its own haInstances.lpar2b.zowe.job.prefix (inference)",
		},
	}
}

test_defaults_apply_when_unset if {
	some v in rule.report with input as {"zowe": [{"config": {"zowe": {}, "haInstances": {
		"a": {"hostname": "b", "sysname": "S"},
		"b": object.union({"hostname": "b", "sysname": "S"}, job("ZWE2SV", null)),
	}}}]}
	contains(v.message, "both use zowe.job.prefix ZWE1")
}

test_different_lpars_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {}, "haInstances": {
		"a": {"hostname": "a", "sysname": "A"},
		"b": {"hostname": "b", "sysname": "B"},
	}}}]}
}
