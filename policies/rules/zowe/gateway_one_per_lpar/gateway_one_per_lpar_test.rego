package zowe_ha.rules.zowe.gateway_one_per_lpar_test

import data.zowe_ha.rules.zowe.gateway_one_per_lpar

base := {"components": {"gateway": {"enabled": true, "port": 7554}}}

config(instances) := object.union(base, {"haInstances": instances})

test_one_gateway_per_lpar_passes if {
	count(gateway_one_per_lpar.report) == 0 with input as {"zowe": [{"config": config({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"gateway": {"enabled": false}}},
	})}]}
}

test_two_gateways_on_one_lpar_fail_on_the_second_instance if {
	report := gateway_one_per_lpar.report with input as {"zowe": [{"config": config({
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})}]}
	{v.path | some v in report} == {["haInstances", "lpar2b", "components", "gateway", "enabled"]}
	count(report) == 1 # the shared host is the same finding as the shared LPAR
}

test_same_host_different_sysname_fails if {
	report := gateway_one_per_lpar.report with input as {"zowe": [{"config": config({
		"a": {"hostname": "h.example.com", "sysname": "SYSA"},
		"b": {"hostname": "H.example.com", "sysname": "SYSB"},
	})}]}
	some v in report
	contains(v.message, "host h.example.com")
}

test_gateway_disabled_in_base_and_enabled_once_passes if {
	count(gateway_one_per_lpar.report) == 0 with input as {"zowe": [{"config": {
		"components": {"gateway": {"enabled": false}},
		"haInstances": {
			"a": {"hostname": "h", "sysname": "S", "components": {"gateway": {"enabled": true}}},
			"b": {"hostname": "h", "sysname": "S"},
		},
	}}]}
}
