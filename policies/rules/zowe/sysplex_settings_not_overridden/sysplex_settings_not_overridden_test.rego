package zowe_ha.rules.zowe.sysplex_settings_not_overridden_test

import data.zowe_ha.rules.zowe.sysplex_settings_not_overridden

lpar1 := {"hostname": "lpar1.example.com", "sysname": "LPAR1"}

lpar2 := {"hostname": "lpar2.example.com", "sysname": "LPAR2"}

run(instances) := report if {
	report := sysplex_settings_not_overridden.report with input as {"zowe": [{"config": {
		"zowe": {"externalDomains": ["zowe.plex.example.com"], "externalPort": 7554},
		"haInstances": instances,
	}}]}
}

test_no_override_passes if {
	count(run({"lpar1": lpar1, "lpar2": object.union(lpar2, {"zowe": {"job": {"name": "ZWE2SV"}}})})) == 0
}

test_other_domains_fail_at_the_override if {
	report := run({"lpar1": lpar1, "lpar2": object.union(lpar2, {"zowe": {"externalDomains": ["lpar2.example.com"]}})})
	count(report) == 1
	some v in report
	v.path == ["haInstances", "lpar2", "zowe", "externalDomains"]
	startswith(v.message, "instance lpar2 overrides zowe.externalDomains with [\"lpar2.example.com\"] (shared: [\"zowe.plex.example.com\"])")
}

test_repeated_port_is_reported_as_a_repetition if {
	some v in run({"lpar1": object.union(lpar1, {"zowe": {"externalPort": 7554}}), "lpar2": lpar2})
	v.path == ["haInstances", "lpar1", "zowe", "externalPort"]
	startswith(v.message, "instance lpar1 repeats zowe.externalPort (7554)")
}

test_null_override_is_an_override if {
	some v in run({"lpar1": object.union(lpar1, {"zowe": {"externalPort": null}}), "lpar2": lpar2})
	contains(v.message, "overrides zowe.externalPort with null (shared: 7554)")
}

test_non_mapping_zowe_section_is_ignored if {
	count(run({"lpar1": object.union(lpar1, {"zowe": "x"}), "lpar2": null})) == 0
}
