package zowe_ha.rules.zowe.app_server_via_gateway_test

import data.zowe_ha.rules.zowe.app_server_via_gateway as rule

base := {"zowe": {}, "components": {
	"gateway": {"enabled": true},
	"discovery": {"enabled": true},
	"app-server": {"enabled": true},
}}

cfg(extra, instances) := object.union(object.union(base, extra), {"haInstances": instances})

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

test_default_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({}, two)}]}
}

test_explicit_false_fails_at_base if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "app-server", "node", "mediationLayer", "enabled"],
		"message": "components.app-server.node.mediationLayer.enabled is false: the App Server does not register with Discovery, so the Gateway cannot route /zlux/ui/v1 to it",
	}} with input as {"zowe": [{"config": cfg({"components": {"app-server": {"node": {"mediationLayer": {"enabled": false}}}}}, two)}]}
}

test_instance_without_gateway_fails if {
	report := rule.report with input as {"zowe": [{"config": cfg({}, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"gateway": {"enabled": false}, "discovery": {"enabled": false}}},
	})}]}
	report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "components", "app-server", "node", "mediationLayer", "enabled"],
		"message": "instance lpar2 runs the App Server without discovery and gateway, so ZLUX derives node.mediationLayer.enabled false: the App Server does not register with Discovery, so the Gateway cannot route /zlux/ui/v1 to it",
	}}
}

test_explicit_true_on_app_server_only_instance_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({}, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {
			"gateway": {"enabled": false},
			"app-server": {"node": {"mediationLayer": {"enabled": true}}},
		}},
	})}]}
}

test_disabled_app_server_and_templates_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"components": {"app-server": {"enabled": false, "node": {"mediationLayer": {"enabled": false}}}}}, two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"components": {"app-server": {"node": {"mediationLayer": {"enabled": "${{ components.gateway.enabled }}"}}}}}, two)}]}
}
