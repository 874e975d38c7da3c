package zowe_ha.rules.zowe.gateway_on_two_lpars_test

import data.zowe_ha.rules.zowe.gateway_on_two_lpars

lpar1 := {"hostname": "lpar1.example.com", "sysname": "LPAR1"}

lpar2 := {"hostname": "lpar2.example.com", "sysname": "LPAR2"}

off := {"components": {"gateway": {"enabled": false}}}

run(gateway, instances) := report if {
	report := gateway_on_two_lpars.report with input as {"zowe": [{"config": {
		"zowe": {},
		"components": {"gateway": gateway},
		"haInstances": instances,
	}}]}
}

test_gateway_on_both_lpars_passes if {
	count(run({"enabled": true}, {"lpar1": lpar1, "lpar2": lpar2})) == 0
}

test_one_gateway_per_lpar_is_enough if {
	count(run({"enabled": true}, {
		"lpar1": lpar1,
		"lpar2a": lpar2,
		"lpar2b": object.union(lpar2, off),
	})) == 0
}

test_single_service_apiml_counts_as_gateway if {
	count(run({"enabled": false}, {
		"lpar1": object.union(lpar1, {"components": {"apiml": {"enabled": true}}}),
		"lpar2": object.union(lpar2, {"components": {"apiml": {"enabled": true}}}),
	})) == 0
}

test_instance_override_is_reported_at_the_override if {
	report := run({"enabled": true}, {"lpar1": lpar1, "lpar2": object.union(lpar2, off)})
	count(report) == 1
	some v in report
	v.instance == "lpar2"
	v.path == ["components", "gateway", "enabled"]
	contains(v.message, "the Gateway runs on 1 of the 2 LPARs (LPAR1 of LPAR1, LPAR2)")
	contains(v.message, "instance lpar2 on LPAR LPAR2 sets components.gateway.enabled to false")
}

test_shared_setting_is_reported_once_at_the_top_level if {
	report := run({"enabled": false}, {"lpar1": lpar1, "lpar2": lpar2, "lpar3": object.union(lpar1, {"sysname": "LPAR3"})})
	count(report) == 1
	some v in report
	not v.instance
	v.path == ["components", "gateway", "enabled"]
	contains(v.message, "runs on 0 of the 3 LPARs (none of LPAR1, LPAR2, LPAR3)")
}

test_first_instance_of_an_lpar_is_reported if {
	report := run({"enabled": true}, {
		"lpar1": lpar1,
		"lpar2b": object.union(lpar2, off),
		"lpar2a": object.union(lpar2, off),
	})
	{v.instance | some v in report} == {"lpar2a"}
}

test_wrong_type_is_named if {
	some v in run({"enabled": "true"}, {"lpar1": lpar1, "lpar2": lpar2})
	contains(v.message, "components.gateway.enabled is string \"true\", which is not a boolean")
}

test_templated_enabled_stays_silent if {
	count(run({"enabled": "${{ zowe.gatewayOn }}"}, {"lpar1": lpar1, "lpar2": lpar2})) == 0
}

test_one_lpar_or_unknown_lpars_are_left_to_other_rules if {
	count(run({"enabled": false}, {"lpar1": lpar1, "lpar1b": lpar1})) == 0
	count(run({"enabled": false}, {"lpar1": lpar1, "lpar2": {"hostname": "lpar2.example.com"}})) == 0
}

test_unset_enabled_counts_as_the_default_true if {
	count(run({"port": 7554}, {"lpar1": lpar1, "lpar2": lpar2})) == 0
}
