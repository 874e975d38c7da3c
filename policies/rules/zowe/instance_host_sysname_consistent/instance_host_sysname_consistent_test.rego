package zowe_ha.rules.zowe.instance_host_sysname_consistent_test

import data.zowe_ha.rules.zowe.instance_host_sysname_consistent

run(instances) := report if {
	report := instance_host_sysname_consistent.report with input as {"zowe": [{"config": {"zowe": {}, "haInstances": instances}}]}
}

test_consistent_instances_pass if {
	count(run({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "LPAR2.example.com", "sysname": "lpar2"},
	})) == 0
}

test_same_sysname_different_hosts_fails_on_the_second if {
	report := run({
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "lpar3.example.com", "sysname": "LPAR2"},
	})
	count(report) == 1
	some v in report
	v.path == ["haInstances", "lpar2b", "hostname"]
	contains(v.message, "has sysname LPAR2 like instance lpar2a, but hostname lpar3.example.com instead of lpar2.example.com")
}

test_same_host_different_sysnames_fails_at_sysname if {
	report := run({
		"a": {"hostname": "h.example.com", "sysname": "SYSA"},
		"b": {"hostname": "h.example.com", "sysname": "SYSB"},
	})
	{v.path | some v in report} == {["haInstances", "b", "sysname"]}
	some v in report
	contains(v.message, "has hostname h.example.com like instance a, but sysname SYSB instead of SYSA")
}

test_missing_or_templated_values_stay_silent if {
	count(run({
		"a": {"hostname": "h.example.com", "sysname": "SYSA"},
		"b": {"hostname": "h.example.com"},
		"c": {"hostname": "h.example.com", "sysname": "${{ zos.getSysname() }}"},
	})) == 0
}
