package zowe_ha.rules.zowe.job_name_not_overridden_test

import data.zowe_ha.rules.zowe.job_name_not_overridden as rule

cfg(instances) := {"zowe": {"job": {"name": "ZWE1SV", "prefix": "ZWE1"}}, "haInstances": instances}

test_no_override_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"job": {"name": "ZWE1SV", "prefix": "ZWE2"}}},
	})}]}
}

test_override_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "zowe", "job", "name"],
		"message": "instance lpar2 sets zowe.job.name ZWE2SV, but zwe start uses the shared job name (ZWE1SV) while zwe stop uses ZWE2SV; alone on its LPAR it needs no job name of its own: remove the override, or always start it with JOBNAME=ZWE2SV (inference from zwe's code)",
	}} with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"job": {"name": "ZWE2SV"}}},
	})}]}
}

# Instances that share an LPAR need a job name each (ZWE-HA-091): one consistent advice.
test_override_on_a_shared_lpar_is_left_to_job_names_per_lpar if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2a": {"hostname": "b", "sysname": "B"},
		"lpar2b": {"hostname": "b", "sysname": "B", "zowe": {"job": {"name": "ZWE2SV", "prefix": "ZWE2"}}},
	})}]}
}
