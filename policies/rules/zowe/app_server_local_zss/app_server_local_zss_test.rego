package zowe_ha.rules.zowe.app_server_local_zss_test

import data.zowe_ha.rules.zowe.app_server_local_zss as rule

cfg(zss, instances) := {"zowe": {}, "components": {"app-server": {"enabled": true}, "zss": {"enabled": zss}}, "haInstances": instances}

test_both_enabled_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"app-server": {"enabled": false}, "zss": {"enabled": false}}},
	})}]}
}

test_instance_without_zss_fails if {
	rule.report == {{
		"zowe": 0,
		"instance": "lpar2",
		"path": ["components", "zss", "enabled"],
		"message": "instance lpar2 runs the App Server without ZSS; the App Server looks for ZSS at its own instance's hostname and components.zss.port",
	}} with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"zss": {"enabled": false}}},
	})}]}
}

test_shared_zss_disabled_fails_once if {
	report := rule.report with input as {"zowe": [{"config": cfg(false, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B"},
	})}]}
	count(report) == 1
	some v in report
	v.path == ["components", "zss", "enabled"]
}

test_templated_zss_is_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg("${{ components['app-server'].enabled }}", {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B"},
	})}]}
}
