package zowe_ha.rules.zowe.zosmf_host_dvipa_test

import data.zowe_ha.rules.zowe.zosmf_host_dvipa as rule

two := {"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"}, "lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"}}

cfg(zosmf) := {"zowe": {}, "zOSMF": zosmf, "haInstances": two}

test_dvipa_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"host": "zosmf.plex.example.com", "port": 443})}]}
}

test_lpar_host_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["zOSMF", "host"],
		"message": "zOSMF.host lpar1.example.com is the host of instance(s) lpar1: when that LPAR fails, z/OSMF authentication fails on every instance; use the z/OSMF DVIPA (heuristic: zowe.yaml cannot show which name is a DVIPA)",
	}} with input as {"zowe": [{"config": cfg({"host": "LPAR1.example.com", "port": 443})}]}
}

test_short_lpar_name_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"host": "lpar2", "port": 443})}]}
	contains(v.message, "host of instance(s) lpar2")
}

test_localhost_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"host": "localhost", "port": 443})}]}
	contains(v.message, "is the local host")
}

test_missing_host_with_zosmf_provider_fails if {
	report := rule.report with input as {"zowe": [{"config": cfg({"port": 443})}]}
	{v.path | some v in report} == {["zOSMF", "host"]}
}

test_missing_zosmf_with_saf_provider_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {
		"zowe": {},
		"components": {"gateway": {"apiml": {"security": {"auth": {"provider": "saf"}}}}},
		"haInstances": two,
	}}]}
}

test_template_and_wrong_type_are_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"host": "${{ process.env.ZOSMF }}", "port": 443})}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"host": ["lpar1.example.com"], "port": 443})}]}
}
