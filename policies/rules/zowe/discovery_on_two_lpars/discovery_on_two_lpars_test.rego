package zowe_ha.rules.zowe.discovery_on_two_lpars_test

import data.zowe_ha.rules.zowe.discovery_on_two_lpars as rule

cfg(enabled, instances) := {"zowe": {}, "components": {"discovery": {"enabled": enabled, "port": 7553}}, "haInstances": instances}

two := {"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"}, "lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"}}

test_two_lpars_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, two)}]}
}

test_disabled_on_one_instance_fails_there if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "components", "discovery", "enabled"],
		"message": "Discovery runs on 1 LPAR(s) (LPAR1); HA needs Discovery peers on at least 2 LPARs (inference: one Discovery LPAR is a single point of failure)",
		"severity": "warning",
	}} with input as {"zowe": [{"config": cfg(true, {
		"lpar1": two.lpar1,
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"discovery": {"enabled": false}}},
	})}]}
}

test_disabled_in_base_fails_at_base if {
	some v in rule.report with input as {"zowe": [{"config": cfg(false, two)}]}
	v.path == ["components", "discovery", "enabled"]
	v.severity == "error"
}

test_same_host_on_two_lpars_fails if {
	report := rule.report with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "zowe.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "zowe.example.com", "sysname": "LPAR2"},
	})}]}
	{v.path | some v in report} == {["haInstances", "lpar2", "hostname"]}
}

test_modulith_counts if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {}, "components": {"discovery": {"enabled": false}, "apiml": {"enabled": true}}, "haInstances": two}}]}
}
