package zowe_ha.rules.zowe.external_domain_is_dvipa_test

import data.zowe_ha.rules.zowe.external_domain_is_dvipa

lpar1 := {"hostname": "lpar1.example.com", "sysname": "LPAR1"}

lpar2 := {"hostname": "lpar2.example.com", "sysname": "LPAR2"}

run(domains) := report if {
	report := external_domain_is_dvipa.report with input as {"zowe": [{"config": {
		"zowe": {"externalDomains": domains},
		"haInstances": {"lpar1": lpar1, "lpar2": lpar2},
	}}]}
}

test_dvipa_first_passes if {
	count(run(["zowe.plex.example.com", "lpar1.example.com"])) == 0
}

test_lpar_host_first_fails if {
	report := run(["LPAR1.example.com", "zowe.plex.example.com"])
	count(report) == 1
	some v in report
	v.path == ["zowe", "externalDomains", 0]
	startswith(v.message, "zowe.externalDomains[0] is lpar1.example.com, the hostname of instance lpar1")
	contains(v.message, "likely an LPAR's host")
}

test_localhost_first_fails_without_instances_too if {
	some v in external_domain_is_dvipa.report with input as {"zowe": [{"config": {"zowe": {"externalDomains": ["127.0.0.1"]}}}]}
	v.path == ["zowe", "externalDomains", 0]
	contains(v.message, "is 127.0.0.1, a local address")
}

test_hostname_not_named_after_the_instance_is_left_to_zwe_ha_007 if {
	count(external_domain_is_dvipa.report) == 0 with input as {"zowe": [{"config": {
		"zowe": {"externalDomains": ["zowe.plex.example.com"]},
		"haInstances": {"lpar1": {"hostname": "zowe.plex.example.com", "sysname": "LPAR1"}, "lpar2": lpar2},
	}}]}
}

test_wrong_types_and_templates_stay_silent if {
	count(run("lpar1.example.com")) == 0
	count(run([7, "lpar1.example.com"])) == 0
	count(run(["${{ os.hostname }}"])) == 0
	count(run([])) == 0
}

test_containers_are_not_checked if {
	count(external_domain_is_dvipa.report) == 0 with input as {"zowe": [{"config": {"zowe": {"externalDomains": ["localhost"]}}, "container": true}]}
}

test_host_of_two_instances_is_reported_once if {
	report := external_domain_is_dvipa.report with input as {"zowe": [{"config": {
		"zowe": {"externalDomains": ["lpar2.example.com"]},
		"haInstances": {"lpar1": lpar1, "lpar2b": lpar2, "lpar2a": lpar2},
	}}]}
	count(report) == 1
	some v in report
	contains(v.message, "the hostname of instance lpar2a")
}
