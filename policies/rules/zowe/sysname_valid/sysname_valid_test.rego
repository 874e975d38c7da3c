package zowe_ha.rules.zowe.sysname_valid_test

import data.zowe_ha.rules.zowe.sysname_valid

run(instances) := report if {
	report := sysname_valid.report with input as {"zowe": [{"config": {"zowe": {}, "haInstances": instances}}]}
}

test_system_names_pass if {
	count(run({
		"a": {"hostname": "a.example.com", "sysname": "LPAR1"},
		"b": {"hostname": "b.example.com", "sysname": "sys$#@2"},
		"c": {"hostname": "c.example.com", "sysname": "${{ zos.getSysname() }}"},
	})) == 0
}

test_host_name_as_sysname_fails if {
	report := run({"lpar1": {"hostname": "lpar1.example.com", "sysname": "lpar1.example.com"}})
	count(report) == 1
	some v in report
	v.path == ["haInstances", "lpar1", "sysname"]
	startswith(v.message, "sysname lpar1.example.com of instance lpar1 is likely not a z/OS system name")
}

test_too_long_fails if {
	some v in run({"a": {"hostname": "a.example.com", "sysname": "LPARSYS01"}})
	v.path == ["haInstances", "a", "sysname"]
}

test_missing_empty_or_wrong_type_is_left_to_zwe_ha_002 if {
	count(run({
		"a": {"hostname": "a.example.com"},
		"b": {"hostname": "b.example.com", "sysname": ""},
		"c": {"hostname": "c.example.com", "sysname": 12345678901},
		"d": null,
	})) == 0
}
