package zowe_ha.rules.zowe.external_domains_defined_test

import data.zowe_ha.rules.zowe.external_domains_defined

run(zowe) := report if {
	report := external_domains_defined.report with input as {"zowe": [{"config": {"zowe": zowe}}]}
}

test_dvipa_list_passes if {
	count(run({"externalDomains": ["zowe.plex.example.com", "zowe2.plex.example.com"]})) == 0
}

test_templates_pass if {
	count(run({"externalDomains": "${{ process.env.DOMAINS }}"})) == 0
	count(run({"externalDomains": ["${{ os.hostname }}", "${{ os.hostname }}"]})) == 0
}

test_missing_list_fails if {
	report := run({"externalPort": 7554})
	count(report) == 1
	some v in report
	v.path == ["zowe", "externalDomains"]
	startswith(v.message, "zowe.externalDomains is not set")
}

test_missing_zowe_section_fails if {
	some v in external_domains_defined.report with input as {"zowe": [{"config": {"zowe": null}}]}
	v.path == ["zowe", "externalDomains"]
}

test_empty_list_fails if {
	some v in run({"externalDomains": []})
	startswith(v.message, "zowe.externalDomains is an empty list")
}

test_string_instead_of_list_fails if {
	some v in run({"externalDomains": "zowe.plex.example.com"})
	v.message == "zowe.externalDomains must be a list of host names, not a string: write externalDomains: [zowe.plex.example.com]"
}

test_bad_entries_fail_at_the_entry if {
	report := run({"externalDomains": ["zowe.plex.example.com", "", null, 7]})
	{v.path | some v in report} == {["zowe", "externalDomains", 1], ["zowe", "externalDomains", 2], ["zowe", "externalDomains", 3]}
	some v in report
	v.message == "zowe.externalDomains[3] must be a host name, not number 7"
}

test_repeated_entry_fails_at_the_repetition if {
	report := run({"externalDomains": ["zowe.plex.example.com", "lpar1.example.com", "Zowe.Plex.example.com"]})
	count(report) == 1
	some v in report
	v.path == ["zowe", "externalDomains", 2]
	startswith(v.message, "zowe.externalDomains lists zowe.plex.example.com again (first as entry 0)")
}

test_containers_are_checked_too if {
	some v in external_domains_defined.report with input as {"zowe": [{"config": {"zowe": {}}, "container": true}]}
	v.path == ["zowe", "externalDomains"]
}

test_placeholder_of_the_example_is_a_warning if {
	report := run({"externalDomains": ["Sample-Domain.com", "zowe.plex.example.com"]})
	report == {{
		"zowe": 0,
		"path": ["zowe", "externalDomains", 0],
		"severity": "warning",
		"message": "zowe.externalDomains[0] is sample-domain.com, the placeholder of Zowe's example-zowe.yaml, from which Zowe builds its external URL: replace it by the domain clients use; if it comes from example-zowe.yaml as a lower configuration layer, remove it there (lists of the layers are concatenated, lower layers first)",
	}}
}
