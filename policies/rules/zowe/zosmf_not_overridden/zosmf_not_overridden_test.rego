package zowe_ha.rules.zowe.zosmf_not_overridden_test

import data.zowe_ha.rules.zowe.zosmf_not_overridden as rule

cfg(instances) := {"zowe": {}, "zOSMF": {"host": "zosmf.plex.example.com", "port": 443, "applId": "IZUDFLT"}, "haInstances": instances}

test_no_override_and_same_values_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zOSMF": {"port": 443}},
	})}]}
}

test_other_host_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "zOSMF", "host"],
		"message": "instance lpar2 sets zOSMF.host lpar2.example.com (shared value: zosmf.plex.example.com); all instances should use the one z/OSMF DVIPA, port and APPLID (inference from the z/OSMF HA requirements)",
	}} with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zOSMF": {"host": "lpar2.example.com", "port": 443}},
	})}]}
}

test_non_mapping_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"lpar1": {"hostname": "a", "sysname": "A", "zOSMF": null}})}]}
	v.path == ["haInstances", "lpar1", "zOSMF"]
	contains(v.message, "replaces the zOSMF section with null")
}

test_new_key_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"lpar1": {"hostname": "a", "sysname": "A", "zOSMF": {"scheme": "http"}}})}]}
	contains(v.message, "(shared value: not set)")
}
