package zowe_ha.rules.zowe.discovery_urls_unique_test

import data.zowe_ha.rules.zowe.discovery_urls_unique as rule

cfg(instances) := {"zowe": {}, "components": {"discovery": {"enabled": true, "port": 7553}}, "haInstances": instances}

test_distinct_urls_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"discovery": {"port": 17553}}},
	})}]}
}

test_same_host_and_port_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2b", "components", "discovery", "enabled"],
		"message": "instances lpar2a and lpar2b both give the Discovery peer URL https://lpar2.example.com:7553/eureka/; zwe keeps one of them, so the Discovery service of lpar2b is not a peer of the others",
	}} with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "LPAR2.example.com", "sysname": "LPAR2", "components": {"discovery": {"port": "7553"}}},
	})}]}
}

test_disabled_instance_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"discovery": {"enabled": false}}},
	})}]}
}

test_templated_hostnames_are_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"a": {"hostname": "${{ os.hostname }}", "sysname": "A"},
		"b": {"hostname": "${{ os.hostname }}", "sysname": "B"},
	})}]}
}
