package zowe_ha.rules.zowe.gateway_same_port_test

import data.zowe_ha.rules.zowe.gateway_same_port

lpar1 := {"hostname": "lpar1.example.com", "sysname": "LPAR1"}

lpar2 := {"hostname": "lpar2.example.com", "sysname": "LPAR2"}

port(p) := {"components": {"gateway": {"port": p}}}

run(gateway, instances) := report if {
	report := gateway_same_port.report with input as {"zowe": [{"config": {
		"zowe": {},
		"components": {"gateway": gateway},
		"haInstances": instances,
	}}]}
}

test_shared_port_passes if {
	count(run({"enabled": true, "port": 7554}, {"lpar1": lpar1, "lpar2": lpar2})) == 0
}

test_same_override_and_digit_string_pass if {
	count(run({"enabled": true, "port": 7554}, {"lpar1": lpar1, "lpar2": object.union(lpar2, port("7554"))})) == 0
}

test_override_with_another_port_fails_at_the_override if {
	report := run({"enabled": true, "port": 7554}, {"lpar1": lpar1, "lpar2": object.union(lpar2, port(17554))})
	count(report) == 1
	some v in report
	v.path == ["haInstances", "lpar2", "components", "gateway", "port"]
	contains(v.message, "instance lpar2 starts its Gateway on port 17554, but components.gateway.port, used by the other Gateways, is 7554")
}

test_disabled_gateway_port_is_ignored if {
	count(run({"enabled": true, "port": 7554}, {
		"lpar1": lpar1,
		"lpar2": object.union(lpar2, {"components": {"gateway": {"enabled": false, "port": 17554}}}),
	})) == 0
}

test_all_overriding_compares_with_the_first_instance if {
	report := run({"enabled": true, "port": 7554}, {
		"a": object.union(lpar1, port(8000)),
		"b": object.union(lpar2, port(8001)),
	})
	{v.path | some v in report} == {["haInstances", "b", "components", "gateway", "port"]}
	some v in report
	contains(v.message, "but instance a starts its Gateway on 8000")
}

test_single_service_apiml_counts if {
	some v in run({"enabled": false, "port": 7554}, {
		"lpar1": object.union(lpar1, {"components": {"apiml": {"enabled": true}}}),
		"lpar2": object.union(lpar2, {"components": {"apiml": {"enabled": true}, "gateway": {"port": 7556}}}),
	})
	v.path == ["haInstances", "lpar2", "components", "gateway", "port"]
}

test_shared_port_of_the_wrong_type_is_reported_once if {
	report := run({"enabled": true, "port": [7554]}, {"lpar1": lpar1, "lpar2": lpar2})
	count(report) == 1
	some v in report
	not v.instance
	v.path == ["components", "gateway", "port"]
	v.message == "components.gateway.port must be a port number, not array [7554]"
}

test_override_of_the_wrong_type_is_reported_at_the_override if {
	some v in run({"enabled": true, "port": 7554}, {"lpar1": lpar1, "lpar2": object.union(lpar2, port(null))})
	v.instance == "lpar2"
	v.message == "components.gateway.port of instance lpar2 must be a port number, not null"
}

test_templated_port_stays_silent if {
	count(run({"enabled": true, "port": 7554}, {"lpar1": lpar1, "lpar2": object.union(lpar2, port("${{ zowe.externalPort }}"))})) == 0
}
