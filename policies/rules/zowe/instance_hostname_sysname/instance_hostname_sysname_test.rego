package zowe_ha.rules.zowe.instance_hostname_sysname_test

import data.zowe_ha.rules.zowe.instance_hostname_sysname

lpar1 := {"hostname": "lpar1.example.com", "sysname": "LPAR1"}

lpar2 := {"hostname": "lpar2.example.com", "sysname": "LPAR2"}

run(instances) := report if {
	report := instance_hostname_sysname.report with input as {"zowe": [{"config": {"zowe": {}, "haInstances": instances}}]}
}

test_complete_instances_pass if {
	count(run({"lpar1": lpar1, "lpar2": lpar2})) == 0
}

test_templated_values_pass if {
	count(run({"lpar1": {"hostname": "${{ zowe.externalDomains[0] }}", "sysname": "LPAR1"}, "lpar2": lpar2})) == 0
}

test_missing_hostname_fails_at_the_instance if {
	report := run({"lpar1": {"sysname": "LPAR1"}, "lpar2": lpar2})
	count(report) == 1
	some v in report
	v.path == ["haInstances", "lpar1", "hostname"]
	startswith(v.message, "instance lpar1 has no hostname")
}

test_missing_both_fails_twice if {
	report := run({"lpar1": {"components": {}}, "lpar2": lpar2})
	{v.path | some v in report} == {["haInstances", "lpar1", "hostname"], ["haInstances", "lpar1", "sysname"]}
}

test_empty_sysname_fails if {
	some v in run({"lpar1": lpar1, "lpar2": {"hostname": "lpar2.example.com", "sysname": "  "}})
	v.path == ["haInstances", "lpar2", "sysname"]
	startswith(v.message, "sysname of instance lpar2 is empty")
}

test_null_hostname_fails if {
	some v in run({"lpar1": object.union(lpar1, {"hostname": null}), "lpar2": lpar2})
	v.path == ["haInstances", "lpar1", "hostname"]
	contains(v.message, "is empty (null)")
}

test_number_sysname_is_a_type_problem if {
	some v in run({"lpar1": object.union(lpar1, {"sysname": 1234}), "lpar2": lpar2})
	v.path == ["haInstances", "lpar1", "sysname"]
	contains(v.message, "must be a string, not number 1234")
}

test_instance_not_a_mapping_fails_once if {
	report := run({"lpar1": null, "lpar2": ["lpar2.example.com"]})
	{v.path | some v in report} == {["haInstances", "lpar1"], ["haInstances", "lpar2"]}
	some v in report
	v.path == ["haInstances", "lpar2"]
	contains(v.message, "not array [\"lpar2.example.com\"]")
}

test_container_config_is_exempt if {
	count(instance_hostname_sysname.report) == 0 with input as {"zowe": [{"config": {"zowe": {}, "haInstances": {"a": {}}}, "container": true}]}
}

test_misspelt_key_is_reported_as_the_misspelling_only if {
	report := instance_hostname_sysname.report with input as {"zowe": [{
		"config": {"zowe": {}, "haInstances": {"lpar1": {"hostname": "a.example.com", "sysName": "A"}, "lpar2": lpar2}},
		"validation": [{"kind": "unknown-key", "path": ["haInstances", "lpar1", "sysName"], "suggestion": "sysname", "missing": true}],
	}]}
	count(report) == 0
}
