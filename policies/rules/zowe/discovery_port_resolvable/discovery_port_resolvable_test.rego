package zowe_ha.rules.zowe.discovery_port_resolvable_test

import data.zowe_ha.rules.zowe.discovery_port_resolvable as rule

cfg(port, instances) := {"zowe": {}, "components": {"discovery": {"enabled": true, "port": port}}, "haInstances": instances}

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

test_integer_port_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(7553, two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg("${{ 7553 }}", two)}]}
}

test_null_port_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "discovery", "port"],
		"severity": "error",
		"message": "components.discovery.port is not set: zwe stops with \"Missing configuration of discovery port\"",
	}} with input as {"zowe": [{"config": cfg(null, two)}]}
}

test_offset_is_a_warning_on_the_instance if {
	report := rule.report with input as {"zowe": [{"config": cfg(7553, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"discovery": {"port": "+10000"}}},
	})}]}
	count(report) == 1
	some v in report
	v.instance == "lpar2"
	contains(v.message, "is the offset +10000 from the Gateway port: the zowe.yaml reference documents offsets, but zwe")
	v.severity == "warning"
}

test_out_of_range_and_wrong_type_fail if {
	some v in rule.report with input as {"zowe": [{"config": cfg(70000, two)}]}
	contains(v.message, "70000 is not a port number")
	some w in rule.report with input as {"zowe": [{"config": cfg([7553], two)}]}
	contains(w.message, "[7553] is not a port number")
}

test_string_port_warns if {
	some v in rule.report with input as {"zowe": [{"config": cfg("7553", two)}]}
	v.severity == "warning"
}

test_disabled_instance_is_ignored if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(7553, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"discovery": {"enabled": false, "port": null}}},
	})}]}
}
