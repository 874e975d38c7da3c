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
		"message": "instance lpar2 sets zowe.job.name ZWE2SV, but zwe start uses the shared job name (ZWE1SV) while zwe stop uses ZWE2SV; start this instance with JOBNAME=ZWE2SV or remove the override (inference from zwe's code)",
	}} with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"job": {"name": "ZWE2SV"}}},
	})}]}
}
