package zowe_ha.rules.zowe.security_settings_consistent_test

import data.zowe_ha.rules.zowe.security_settings_consistent as rule

cfg(instances) := {"zowe": {"verifyCertificates": "STRICT", "cookieIdentifier": "1"}, "haInstances": instances}

test_same_values_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"verifyCertificates": "STRICT"}},
	})}]}
}

test_other_verification_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "zowe", "verifyCertificates"],
		"message": "instance lpar2 sets zowe.verifyCertificates to DISABLED (shared value: STRICT); a client's next request may reach another instance, so all instances need the same value (inference)",
	}} with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"verifyCertificates": "DISABLED"}},
	})}]}
}

test_provider_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"lpar1": {"hostname": "a", "sysname": "A", "components": {"gateway": {"apiml": {"security": {"auth": {"provider": "saf"}}}}}}})}]}
	v.path == ["haInstances", "lpar1", "components", "gateway", "apiml", "security", "auth", "provider"]
	contains(v.message, "(shared value: not set)")
}
