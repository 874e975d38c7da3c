package zowe_ha.rules.zowe.app_server_caching_test

import data.zowe_ha.rules.zowe.app_server_caching as rule

base := {"zowe": {}, "components": {
	"gateway": {"enabled": true},
	"discovery": {"enabled": true},
	"caching-service": {"enabled": true},
	"app-server": {"enabled": true},
}}

cfg(extra, instances) := object.union(object.union(base, extra), {"haInstances": instances})

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

test_default_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({}, two)}]}
}

test_explicit_false_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "app-server", "node", "mediationLayer", "server", "cachingService", "enabled"],
		"message": "components.app-server.node.mediationLayer.server.cachingService.enabled is false: the App Servers keep state in their own memory, which is lost when a client is routed to another LPAR",
	}} with input as {"zowe": [{"config": cfg({"components": {"app-server": {"node": {"mediationLayer": {"server": {"cachingService": {"enabled": false}}}}}}}, two)}]}
}

test_catalog_path_false_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"components": {"app-server": {"node": {"mediationLayer": {"cachingService": {"enabled": "false"}}}}}}, two)}]}
	v.path == ["components", "app-server", "node", "mediationLayer", "cachingService", "enabled"]
}

test_instance_without_caching_fails if {
	report := rule.report with input as {"zowe": [{"config": cfg({}, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"caching-service": {"enabled": false}}},
	})}]}
	{v.path | some v in report} == {["haInstances", "lpar2", "components", "app-server", "node", "mediationLayer", "server", "cachingService", "enabled"]}
}

test_no_mediation_layer_is_left_to_060 if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"components": {"app-server": {"node": {"mediationLayer": {"enabled": false, "server": {"cachingService": {"enabled": false}}}}}}}, two)}]}
}

test_no_caching_anywhere_is_left_to_030 if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"components": {"caching-service": {"enabled": false}}}, two)}]}
}
