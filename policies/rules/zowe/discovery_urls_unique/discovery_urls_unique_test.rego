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
		"message": "instances lpar2a and lpar2b all give the Discovery peer URL https://lpar2.example.com:7553/eureka/; zwe keeps one of them, so the Discovery service of lpar2b is not a peer of the others",
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

# Many instances with one URL: one finding naming the others, not one per instance.
test_many_instances_on_one_url_give_one_finding if {
	instances := {id: {"hostname": "h.example.com", "sysname": "S"} | some n in numbers.range(1, 6); id := concat("", ["i", format_int(n, 10)])}
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "i2", "components", "discovery", "enabled"],
		"message": "instances i1 and i2, i3, i4 and 2 more all give the Discovery peer URL https://h.example.com:7553/eureka/; zwe keeps one of them, so the Discovery service of each of i2, i3, i4 and 2 more is not a peer of the others",
	}} with input as {"zowe": [{"config": cfg(instances)}]}
}
