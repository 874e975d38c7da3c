package zowe_ha.rules.zowe.caching_on_two_lpars_test

import data.zowe_ha.rules.zowe.caching_on_two_lpars as rule

two := {"lpar1": {"hostname": "a", "sysname": "LPAR1"}, "lpar2": {"hostname": "b", "sysname": "LPAR2"}}

cfg(enabled, instances) := {"zowe": {}, "components": {"caching-service": {"enabled": enabled}}, "haInstances": instances}

test_two_lpars_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, two)}]}
}

test_disabled_in_base_fails_at_base if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "enabled"],
		"message": "the Caching Service runs on 0 LPAR(s) (none); Zowe's HA documentation requires a Caching Service to share state between the instances",
		"severity": "error",
	}} with input as {"zowe": [{"config": cfg(false, two)}]}
}

test_disabled_on_one_instance_fails_there if {
	report := rule.report with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "LPAR1"},
		"lpar2": {"hostname": "b", "sysname": "LPAR2", "components": {"caching-service": {"enabled": false}}},
	})}]}
	{v.path | some v in report} == {["haInstances", "lpar2", "components", "caching-service", "enabled"]}
	some v in report
	contains(v.message, "runs on 1 LPAR(s) (LPAR1)")
	v.severity == "warning"
}

test_enabled_on_one_instance_only_fails_at_base if {
	report := rule.report with input as {"zowe": [{"config": cfg(false, {
		"lpar1": {"hostname": "a", "sysname": "LPAR1", "components": {"caching-service": {"enabled": true}}},
		"lpar2": {"hostname": "b", "sysname": "LPAR2"},
	})}]}
	{v.path | some v in report} == {["components", "caching-service", "enabled"]}
}

test_string_enabled_is_not_enabled if {
	count(rule.report) == 1 with input as {"zowe": [{"config": cfg("true", two)}]}
}

test_modulith_counts if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {
		"zowe": {},
		"components": {"caching-service": {"enabled": false}, "apiml": {"enabled": true}},
		"haInstances": two,
	}}]}
}

test_single_lpar_is_left_to_other_rules if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(false, {
		"a": {"hostname": "a", "sysname": "LPAR1"},
		"b": {"hostname": "a", "sysname": "LPAR1"},
	})}]}
}

test_templated_enabled_or_sysname_is_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "LPAR1"},
		"lpar2": {"hostname": "b", "sysname": "LPAR2", "components": {"caching-service": {"enabled": "${{ process.env.CS == 'on' }}"}}},
	})}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(false, {
		"lpar1": {"hostname": "a", "sysname": "LPAR1"},
		"lpar2": {"hostname": "b", "sysname": "${{ zos.sysname }}"},
		"lpar3": {"hostname": "c", "sysname": "LPAR3"},
	})}]}
}
