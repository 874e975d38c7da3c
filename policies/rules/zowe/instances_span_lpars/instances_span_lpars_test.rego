package zowe_ha.rules.zowe.instances_span_lpars_test

import data.zowe_ha.rules.zowe.instances_span_lpars

run(instances) := report if {
	report := instances_span_lpars.report with input as {"zowe": [{"config": {"zowe": {}, "haInstances": instances}}]}
}

test_two_lpars_pass if {
	count(run({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})) == 0
}

test_one_instance_is_left_to_zwe_ha_001 if {
	count(run({"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"}})) == 0
}

test_all_on_one_lpar_fails_once if {
	report := run({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "LPAR1.example.com", "sysname": "lpar1"},
	})
	count(report) == 1
	some v in report
	v.path == ["haInstances"]
	contains(v.message, "all 2 instances (lpar1, lpar2) run on LPAR LPAR1")
}

test_same_host_different_sysnames_fails if {
	some v in run({
		"a": {"hostname": "h.example.com", "sysname": "SYSA"},
		"b": {"hostname": "h.example.com", "sysname": "SYSB"},
	})
	v.path == ["haInstances"]
	contains(v.message, "use hostname h.example.com although their sysnames differ (SYSA, SYSB)")
}

test_unknown_sysname_stays_silent if {
	count(run({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "lpar2.example.com"},
	})) == 0
	count(run({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "${{ zos.getSysname() }}"},
	})) == 0
}

test_wrong_types_stay_silent if {
	count(run({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": ["lpar1.example.com"], "sysname": 7},
	})) == 0
}
