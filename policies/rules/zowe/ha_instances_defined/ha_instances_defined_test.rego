package zowe_ha.rules.zowe.ha_instances_defined_test

import data.zowe_ha.rules.zowe.ha_instances_defined

two := {"lpar1": {"hostname": "a.example.com", "sysname": "A"}, "lpar2": {"hostname": "b.example.com", "sysname": "B"}}

test_two_instances_pass if {
	count(ha_instances_defined.report) == 0 with input as {"zowe": [{"config": {"zowe": {}, "haInstances": two}}]}
}

test_missing_section_fails if {
	ha_instances_defined.report == {{"zowe": 0, "path": ["haInstances"], "message": "haInstances is not defined: Zowe runs as a single instance"}} with input as {"zowe": [{"config": {"zowe": {}}}]}
}

test_one_instance_fails if {
	some v in ha_instances_defined.report with input as {"zowe": [{"config": {"haInstances": {"lpar1": two.lpar1}}}]}
	v.path == ["haInstances"]
	contains(v.message, "1 instance(s)")
}

test_not_a_mapping_fails if {
	some v in ha_instances_defined.report with input as {"zowe": [{"config": {"haInstances": ["lpar1"]}}]}
	contains(v.message, "not array")
}

test_container_config_is_exempt if {
	count(ha_instances_defined.report) == 0 with input as {"zowe": [{"config": {"zowe": {}}, "container": true}]}
}

test_misspelt_section_is_reported_as_the_misspelling_only if {
	count(ha_instances_defined.report) == 0 with input as {"zowe": [{
		"config": {"zowe": {}, "haInstance": two},
		"validation": [{"kind": "unknown-key", "path": ["haInstance"], "suggestion": "haInstances", "missing": true}],
	}]}
}
