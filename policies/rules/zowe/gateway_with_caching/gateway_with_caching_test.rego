package zowe_ha.rules.zowe.gateway_with_caching_test

import data.zowe_ha.rules.zowe.gateway_with_caching as rule

cfg(caching, instances) := {
	"zowe": {},
	"components": {"gateway": {"enabled": true}, "caching-service": {"enabled": caching}},
	"haInstances": instances,
}

test_gateway_and_caching_everywhere_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B"},
		"lpar2b": {"hostname": "b", "sysname": "B", "components": {"gateway": {"enabled": false}, "caching-service": {"enabled": false}}},
	})}]}
}

test_instance_without_caching_fails_at_its_override if {
	rule.report == {{
		"zowe": 0,
		"instance": "lpar1",
		"path": ["components", "caching-service", "enabled"],
		"message": "instance lpar1 runs a Gateway but no Caching Service; keep a Caching Service next to every Gateway so that its state survives an LPAR outage (inference from Zowe's example HA configuration)",
	}} with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "A", "components": {"caching-service": {"enabled": false}}},
		"lpar2": {"hostname": "b", "sysname": "B"},
	})}]}
}

test_shared_disable_is_reported_once if {
	report := rule.report with input as {"zowe": [{"config": cfg(false, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B"},
		"lpar3": {"hostname": "c", "sysname": "C", "components": {"caching-service": {"enabled": true}}},
	})}]}
	count(report) == 1
	some v in report
	v.path == ["components", "caching-service", "enabled"]
	contains(v.message, "instance(s) lpar1, lpar2 run a Gateway")
}

test_no_caching_anywhere_is_left_to_030 if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(false, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B"},
	})}]}
}
