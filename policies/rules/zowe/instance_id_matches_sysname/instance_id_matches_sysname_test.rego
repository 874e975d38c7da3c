package zowe_ha.rules.zowe.instance_id_matches_sysname_test

import data.zowe_ha.rules.zowe.instance_id_matches_sysname

run(instances) := report if {
	report := instance_id_matches_sysname.report with input as {"zowe": [{"config": {"zowe": {}, "haInstances": instances}}]}
}

test_ids_named_after_the_system_pass if {
	count(run({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"sys_2": {"hostname": "sys2.example.com", "sysname": "SYS$2"},
	})) == 0
}

test_shared_lpar_needs_no_particular_name if {
	count(run({
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})) == 0
}

test_other_name_is_reported if {
	report := run({
		"inst1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})
	count(report) == 1
	some v in report
	v.path == ["haInstances", "inst1"]
	contains(v.message, "instance inst1 is the only instance on LPAR LPAR1 but is not named lpar1")
	contains(v.message, "HAINST=inst1")
}

test_invalid_ids_and_unknown_sysnames_stay_silent if {
	count(run({
		"LPAR1": {"hostname": "lpar1.example.com", "sysname": "SYSX"},
		"inst2": {"hostname": "lpar2.example.com"},
		"inst3": {"hostname": "lpar3.example.com", "sysname": "${{ zos.getSysname() }}"},
		"inst4": {"hostname": "lpar4.example.com", "sysname": 4},
	})) == 0
}

test_invalid_sysname_is_left_to_zwe_ha_006 if {
	count(run({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "lpar1.example.com"},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})) == 0
}
