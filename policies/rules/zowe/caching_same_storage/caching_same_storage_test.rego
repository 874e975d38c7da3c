package zowe_ha.rules.zowe.caching_same_storage_test

import data.zowe_ha.rules.zowe.caching_same_storage as rule

cfg(mode, instances) := {
	"zowe": {},
	"components": {"caching-service": {"enabled": true, "storage": {"mode": mode}}},
	"haInstances": instances,
}

vsam := {"caching-service": {"storage": {"mode": "VSAM", "vsam": {"name": "A.B.C"}}}}

test_one_mode_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg("infinispan", {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"caching-service": {"storage": {"mode": "Infinispan"}}}},
	})}]}
}

test_different_mode_fails_at_override if {
	rule.report == {{
		"zowe": 0,
		"instance": "lpar2",
		"path": ["components", "caching-service", "storage", "mode"],
		"message": "instance lpar2 stores Caching Service data in VSAM while instance(s) lpar1 use infinispan; instances with different backends do not share state (inference: the Caching Service exists to share state between instances)",
	}} with input as {"zowe": [{"config": cfg("infinispan", {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": vsam},
	})}]}
}

test_all_override_compares_with_first if {
	report := rule.report with input as {"zowe": [{"config": cfg("inMemory", {
		"lpar1": {"hostname": "a", "sysname": "A", "components": {"caching-service": {"storage": {"mode": "infinispan"}}}},
		"lpar2": {"hostname": "b", "sysname": "B", "components": vsam},
	})}]}
	{v.instance | some v in report} == {"lpar2"}
}

test_disabled_and_templated_are_ignored if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg("infinispan", {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"caching-service": {"enabled": false, "storage": {"mode": "VSAM"}}}},
		"lpar3": {"hostname": "c", "sysname": "C", "components": {"caching-service": {"storage": {"mode": "${{ process.env.M }}"}}}},
		"lpar4": {"hostname": "d", "sysname": "D", "components": {"caching-service": {"storage": {"mode": 5}}}},
	})}]}
}
