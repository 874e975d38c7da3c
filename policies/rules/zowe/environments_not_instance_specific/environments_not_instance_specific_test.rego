package zowe_ha.rules.zowe.environments_not_instance_specific_test

import data.zowe_ha.rules.zowe.environments_not_instance_specific as rule

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

test_global_environments_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {"environments": {"ZWED_SSH_PORT": 22}}, "haInstances": two}}]}
}

test_bind_address_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "environments", "JGROUPS_BIND_ADDRESS"],
		"message": "zowe.environments.JGROUPS_BIND_ADDRESS applies to every HA instance, but each Caching Service needs its own value; set components.caching-service.storage.infinispan.jgroups.host per instance in haInstances",
	}} with input as {"zowe": [{"config": {"zowe": {"environments": {"JGROUPS_BIND_ADDRESS": "lpar1.example.com"}}, "haInstances": two}}]}
}

test_instance_environments_fail if {
	some v in rule.report with input as {"zowe": [{"config": {"zowe": {}, "haInstances": {
		"lpar1": {"hostname": "a", "sysname": "A", "zowe": {"environments": {"X": "1"}}},
		"lpar2": {"hostname": "b", "sysname": "B"},
	}}}]}
	v.path == ["haInstances", "lpar1", "zowe", "environments"]
	contains(v.message, "instance lpar1 sets zowe.environments")
}

test_wrong_types_are_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {"environments": ["JGROUPS_BIND_PORT"]}, "haInstances": two}}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {"environments": {"JGROUPS_BIND_PORT": 7600}}, "haInstances": "x"}}]}
}
