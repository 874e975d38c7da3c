package zowe_ha.rules.zowe.certificate_san_test

import data.zowe_ha.rules.zowe.certificate_san as rule

two := {"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"}, "lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"}}

cfg(zowe) := {"zowe": object.union({"externalDomains": ["zowe.plex.example.com"]}, zowe), "haInstances": two}

test_full_san_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"setup": {"certificate": {"type": "PKCS12", "san": ["zowe.plex.example.com", "LPAR1.example.com", "lpar2.example.com"]}}})}]}
}

test_wildcard_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"setup": {"certificate": {"san": ["zowe.plex.example.com", "*.example.com"]}}})}]}
}

test_dvipa_only_fails_as_error if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "setup", "certificate", "san"],
		"severity": "error",
		"message": "the certificate SAN (zowe.setup.certificate.san) lacks lpar1.example.com, lpar2.example.com; with zowe.verifyCertificates STRICT, clients of the DVIPA and services calling each other by instance hostname reject the certificate (inference for instance-to-instance traffic)",
	}} with input as {"zowe": [{"config": cfg({"setup": {"certificate": {"type": "PKCS12", "san": ["zowe.plex.example.com"]}}})}]}
}

test_wildcard_matches_one_label_only if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"setup": {"certificate": {"san": ["zowe.plex.example.com", "*.com"]}}})}]}
	contains(v.message, "lacks lpar1.example.com, lpar2.example.com")
}

test_without_san_uses_external_domains_and_warns if {
	some v in rule.report with input as {"zowe": [{"config": cfg({})}]}
	v.severity == "warning"
	v.path == ["zowe", "setup", "certificate", "san"]
	contains(v.message, "(zowe.externalDomains, which zwe init certificate uses when zowe.setup.certificate.san is not set) lacks lpar1.example.com, lpar2.example.com")
}

test_imported_certificate_warns if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"setup": {"certificate": {"san": ["zowe.plex.example.com"], "keyring": {"connect": {"user": "IBMUSER", "label": "zowe"}}}}})}]}
	v.severity == "warning"
}

test_nonstrict_and_templates_are_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"verifyCertificates": "NONSTRICT"})}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"setup": {"certificate": {"san": ["${{ zowe.externalDomains[0] }}"]}}})}]}
}
