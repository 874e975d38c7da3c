package zowe_ha.rules.zowe.external_port_matches_gateway_test

import data.zowe_ha.rules.zowe.external_port_matches_gateway

lpar1 := {"hostname": "lpar1.example.com", "sysname": "LPAR1"}

lpar2 := {"hostname": "lpar2.example.com", "sysname": "LPAR2"}

config(external, gateway, instances) := {
	"zowe": {"externalPort": external},
	"components": {"gateway": {"enabled": true, "port": gateway}},
	"haInstances": instances,
}

run(c) := report if {
	report := external_port_matches_gateway.report with input as {"zowe": [{"config": c}]}
}

test_same_port_passes if {
	count(run(config(7554, 7554, {"lpar1": lpar1, "lpar2": lpar2}))) == 0
	count(run(config("7554", 7554, {"lpar1": lpar1, "lpar2": lpar2}))) == 0
}

test_shared_mismatch_is_reported_once_at_external_port if {
	report := run(config(443, 7554, {"lpar1": lpar1, "lpar2": lpar2}))
	count(report) == 1
	some v in report
	not v.instance
	v.path == ["zowe", "externalPort"]
	startswith(v.message, "zowe.externalPort is 443 but the Gateway listens on 7554 (components.gateway.port)")
}

test_gateway_port_overrides_are_reported_there_when_all_gateways_agree if {
	port := {"components": {"gateway": {"port": 17554}}}
	report := run(config(7554, 7554, {"lpar1": object.union(lpar1, port), "lpar2": object.union(lpar2, port)}))
	{[v.instance, v.path] | some v in report} == {["lpar1", ["components", "gateway", "port"]], ["lpar2", ["components", "gateway", "port"]]}
	some v in report
	startswith(v.message, "instance lpar2 has zowe.externalPort 7554 but its Gateway listens on 17554")
}

test_differing_gateway_port_override_is_left_to_zwe_ha_012 if {
	count(run(config(7554, 7554, {"lpar1": lpar1, "lpar2": object.union(lpar2, {"components": {"gateway": {"port": 17554}}})}))) == 0
}

test_instance_external_port_override_is_reported_there if {
	report := run(config(7554, 7554, {"lpar1": lpar1, "lpar2": object.union(lpar2, {"zowe": {"externalPort": 8443}})}))
	count(report) == 1
	some v in report
	v.instance == "lpar2"
	v.path == ["zowe", "externalPort"]
}

test_instance_without_gateway_is_ignored if {
	count(run(config(7554, 7554, {
		"lpar1": lpar1,
		"lpar2": object.union(lpar2, {"components": {"gateway": {"enabled": false, "port": 17554}}}),
	}))) == 0
}

test_without_ha_instances_the_shared_values_are_checked if {
	report := run({"zowe": {"externalPort": 443}, "components": {"gateway": {"enabled": true, "port": 7554}}})
	{v.path | some v in report} == {["zowe", "externalPort"]}
}

test_containers_are_not_checked if {
	count(external_port_matches_gateway.report) == 0 with input as {"zowe": [{
		"config": {"zowe": {"externalPort": 443}, "components": {"gateway": {"enabled": true, "port": 7554}}},
		"container": true,
	}]}
}

test_wrong_types_get_a_type_message if {
	report := run(config([7554], 7554, {"lpar1": lpar1, "lpar2": object.union(lpar2, {"zowe": {"externalPort": null}})}))
	{v.path | some v in report} == {["zowe", "externalPort"], ["haInstances", "lpar2", "zowe", "externalPort"]}
	some v in report
	v.message == "zowe.externalPort must be a port number, not array [7554]"
	some w in report
	w.message == "zowe.externalPort of instance lpar2 must be a port number, not null"
}

test_templated_ports_stay_silent if {
	count(run(config("${{ components.gateway.port }}", 7554, {"lpar1": lpar1, "lpar2": lpar2}))) == 0
}
