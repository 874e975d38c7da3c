package zowe_ha.rules.zowe.configmgr_enabled_test

import data.zowe_ha.rules.zowe.configmgr_enabled as rule

test_configmgr_on_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {"workspaceDirectory": "${{ process.env.WS }}"}}}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {"useConfigmgr": true, "workspaceDirectory": "${{ process.env.WS }}"}}}]}
}

test_off_without_templates_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {"useConfigmgr": false, "setup": {"vsam": {"name": "${{ components['caching-service'].storage.vsam.name }}"}}}}}]}
}

test_off_with_templates_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "useConfigmgr"],
		"message": "zowe.useConfigmgr is false, but the configuration uses templates (components.gateway.port, zowe.workspaceDirectory); without configmgr zwe does not evaluate them",
	}} with input as {"zowe": [{"config": {
		"zowe": {"useConfigmgr": false, "workspaceDirectory": "${{ process.env.WS }}"},
		"components": {"gateway": {"port": "${{ zowe.externalPort }}"}},
	}}]}
}

test_many_templates_are_summarised if {
	some v in rule.report with input as {"zowe": [{"config": {
		"zowe": {"useConfigmgr": "false", "externalDomains": ["${{ a }}", "${{ b }}", "${{ c }}", "${{ d }}"]},
	}}]}
	contains(v.message, "(zowe.externalDomains.0, zowe.externalDomains.1, zowe.externalDomains.2 and 1 more)")
}
