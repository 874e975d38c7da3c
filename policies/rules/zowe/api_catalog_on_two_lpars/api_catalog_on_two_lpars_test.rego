package zowe_ha.rules.zowe.api_catalog_on_two_lpars_test

import data.zowe_ha.rules.zowe.api_catalog_on_two_lpars as rule

cfg(enabled, instances) := {"zowe": {}, "components": {"api-catalog": {"enabled": enabled, "port": 7552}}, "haInstances": instances}

test_two_lpars_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "LPAR1"},
		"lpar2": {"hostname": "b", "sysname": "LPAR2"},
	})}]}
}

test_not_used_at_all_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(false, {
		"lpar1": {"hostname": "a", "sysname": "LPAR1"},
		"lpar2": {"hostname": "b", "sysname": "LPAR2"},
	})}]}
}

test_one_lpar_fails_at_the_disabling_instance if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "components", "api-catalog", "enabled"],
		"message": "the API Catalog runs on 1 LPAR (LPAR1); run it on at least 2 LPARs so that it stays available during an LPAR outage (inference)",
	}} with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "LPAR1"},
		"lpar2": {"hostname": "b", "sysname": "LPAR2", "components": {"api-catalog": {"enabled": false}}},
	})}]}
}

test_enabled_once_fails_at_base if {
	some v in rule.report with input as {"zowe": [{"config": cfg(false, {
		"lpar1": {"hostname": "a", "sysname": "LPAR1", "components": {"api-catalog": {"enabled": true}}},
		"lpar2": {"hostname": "b", "sysname": "LPAR2"},
	})}]}
	v.path == ["components", "api-catalog", "enabled"]
}
