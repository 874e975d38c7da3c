package zowe_ha.rules.zowe.instance_id_format_test

import data.zowe_ha.rules.zowe.instance_id_format

host := {"hostname": "lpar1.example.com", "sysname": "LPAR1"}

run(instances) := report if {
	report := instance_id_format.report with input as {"zowe": [{"config": {"zowe": {}, "haInstances": instances}}]}
}

test_lower_case_ids_pass if {
	count(run({"lpar1": host, "lpar_2": host, "sys3": host})) == 0
}

test_upper_case_and_dash_fail if {
	report := run({"LPAR-1": host, "lpar2": host})
	count(report) == 1
	some v in report
	v.path == ["haInstances", "LPAR-1"]
	contains(v.message, "looks up haInstances.lpar_1, which does not exist")
	contains(v.message, "rename the key to lpar_1")
}

test_id_shadowed_by_its_sanitised_form if {
	some v in run({"LPAR1": host, "lpar1": host})
	v.path == ["haInstances", "LPAR1"]
	contains(v.message, "selects haInstances.lpar1 instead")
}

test_empty_id_fails if {
	some v in run({"": host, "lpar1": host})
	v.path == ["haInstances", ""]
	startswith(v.message, "an empty instance id")
}

test_container_config_is_exempt if {
	count(instance_id_format.report) == 0 with input as {"zowe": [{"config": {"zowe": {}, "haInstances": {"LPAR1": {}}}, "container": true}]}
}
