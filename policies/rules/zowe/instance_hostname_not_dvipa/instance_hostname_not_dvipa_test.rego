package zowe_ha.rules.zowe.instance_hostname_not_dvipa_test

import data.zowe_ha.rules.zowe.instance_hostname_not_dvipa

config(instances) := {
	"zowe": {"externalDomains": ["Zowe.Plex.example.com", "zowe2.plex.example.com"]},
	"haInstances": instances,
}

run(instances) := report if {
	report := instance_hostname_not_dvipa.report with input as {"zowe": [{"config": config(instances)}]}
}

lpar2 := {"hostname": "lpar2.example.com", "sysname": "LPAR2"}

test_lpar_hosts_pass if {
	count(run({"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"}, "lpar2": lpar2})) == 0
}

test_dvipa_as_hostname_fails if {
	report := run({"lpar1": {"hostname": "zowe.plex.example.com", "sysname": "LPAR1"}, "lpar2": lpar2})
	count(report) == 1
	some v in report
	v.path == ["haInstances", "lpar1", "hostname"]
	contains(v.message, "instance lpar1 has hostname zowe.plex.example.com, which zowe.externalDomains lists")
}

test_second_dvipa_name_fails if {
	some v in run({"lpar1": {"hostname": "zowe2.plex.example.com", "sysname": "LPAR1"}, "lpar2": lpar2})
	v.path == ["haInstances", "lpar1", "hostname"]
}

test_localhost_fails if {
	report := run({"lpar1": {"hostname": "LOCALHOST", "sysname": "LPAR1"}, "lpar2": lpar2})
	count(report) == 1
	some v in report
	v.path == ["haInstances", "lpar1", "hostname"]
	contains(v.message, "hostname localhost, a local address")
}

test_lpar_host_listed_as_external_domain_is_left_to_zwe_ha_016 if {
	count(instance_hostname_not_dvipa.report) == 0 with input as {"zowe": [{"config": {
		"zowe": {"externalDomains": ["lpar1.example.com"]},
		"haInstances": {"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"}, "lpar2": lpar2},
	}}]}
}

test_wrong_types_stay_silent if {
	count(instance_hostname_not_dvipa.report) == 0 with input as {"zowe": [{"config": {
		"zowe": {"externalDomains": "zowe.plex.example.com"},
		"haInstances": {"lpar1": {"hostname": "zowe.plex.example.com", "sysname": "LPAR1"}, "lpar2": {"hostname": 5}},
	}}]}
}

test_host_named_after_the_sysname_is_left_to_zwe_ha_016 if {
	count(instance_hostname_not_dvipa.report) == 0 with input as {"zowe": [{"config": {
		"zowe": {"externalDomains": ["sysa.example.com"]},
		"haInstances": {"one": {"hostname": "sysa.example.com", "sysname": "SYSA"}, "two": {"hostname": "sysb.example.com", "sysname": 1}},
	}}]}
}
