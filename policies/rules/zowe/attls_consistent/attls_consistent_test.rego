package zowe_ha.rules.zowe.attls_consistent_test

import data.zowe_ha.rules.zowe.attls_consistent as rule

cfg(attls, instances) := {"zowe": {"network": {"server": {"tls": {"attls": attls}}}}, "haInstances": instances}

attls(on) := {"zowe": {"network": {"server": {"tls": {"attls": on}}}}}

test_same_everywhere_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": object.union({"hostname": "b", "sysname": "B"}, attls("true")),
	})}]}
}

test_all_instances_override_alike_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(false, {
		"lpar1": object.union({"hostname": "a", "sysname": "A"}, attls(true)),
		"lpar2": object.union({"hostname": "b", "sysname": "B"}, attls(true)),
	})}]}
}

test_one_instance_differs if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "zowe", "network", "server", "tls", "attls"],
		"message": "instance lpar2 sets zowe.network.server.tls.attls to false while instance(s) lpar1 use true; instances that disagree on AT-TLS call each other with the wrong scheme (inference)",
	}} with input as {"zowe": [{"config": cfg(true, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": object.union({"hostname": "b", "sysname": "B"}, attls(false)),
	})}]}
}

test_client_setting_checked if {
	some v in rule.report with input as {"zowe": [{"config": {"zowe": {}, "haInstances": {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"network": {"client": {"tls": {"attls": true}}}}},
	}}}]}
	v.path == ["haInstances", "lpar2", "zowe", "network", "client", "tls", "attls"]
}
