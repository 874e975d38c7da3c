package zowe_ha.rules.zowe.zaas_on_two_lpars_test

import data.zowe_ha.rules.zowe.zaas_on_two_lpars as rule

cfg(enabled, instances) := {"zowe": {}, "components": {"zaas": {"enabled": enabled, "port": 7558}}, "haInstances": instances}

two := {"lpar1": {"hostname": "a", "sysname": "LPAR1"}, "lpar2": {"hostname": "b", "sysname": "LPAR2"}}

test_two_lpars_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, two)}]}
}

test_disabled_fails_in_v3 if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "zaas", "enabled"],
		"message": "ZAAS runs on 0 LPAR(s) (none); in Zowe v3 the Gateways authenticate through ZAAS, so run it on at least 2 LPARs (inference from Zowe's example HA configuration: a single ZAAS LPAR is a single point of failure)",
		"versioned": true,
	}} with input as {"zoweVersion": 3, "zowe": [{"config": cfg(false, two)}]}
}

test_v2_has_no_zaas if {
	count(rule.report) == 0 with input as {"zoweVersion": 2, "zowe": [{"config": cfg(false, two)}]}
}

test_one_instance_disables_it if {
	report := rule.report with input as {"zowe": [{"config": cfg(true, {
		"lpar1": two.lpar1,
		"lpar2": {"hostname": "b", "sysname": "LPAR2", "components": {"zaas": {"enabled": "no"}}},
	})}]}
	{v.path | some v in report} == {["haInstances", "lpar2", "components", "zaas", "enabled"]}
}
