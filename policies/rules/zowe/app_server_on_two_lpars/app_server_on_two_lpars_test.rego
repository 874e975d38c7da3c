package zowe_ha.rules.zowe.app_server_on_two_lpars_test

import data.zowe_ha.rules.zowe.app_server_on_two_lpars as rule

cfg(enabled, instances) := {"zowe": {}, "components": {"app-server": {"enabled": enabled}}, "haInstances": instances}

test_two_lpars_and_unused_pass if {
	two := {"lpar1": {"hostname": "a", "sysname": "LPAR1"}, "lpar2": {"hostname": "b", "sysname": "LPAR2"}}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(false, two)}]}
}

test_one_lpar_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "components", "app-server", "enabled"],
		"message": "the App Server runs on 1 LPAR (LPAR1); run it on at least 2 LPARs so that the Desktop stays available during an LPAR outage (inference)",
	}} with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "LPAR1"},
		"lpar2": {"hostname": "b", "sysname": "LPAR2", "components": {"app-server": {"enabled": false}}},
	})}]}
}
