package zowe_ha.rules.zowe.certificate_san_test

import data.zowe_ha.rules.zowe.certificate_san as rule

two := {"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"}, "lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"}}

cfg(zowe) := {"zowe": object.union({"externalDomains": ["zowe.plex.example.com"]}, zowe), "haInstances": two}

pkcs12(san) := {"setup": {"certificate": {"type": "PKCS12", "san": san}}}

keyring(certificate) := {"setup": {"certificate": object.union({"type": "JCERACFKS", "keyring": {"name": "ZoweKeyring"}}, certificate)}}

test_full_san_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(pkcs12(["zowe.plex.example.com", "LPAR1.example.com", "lpar2.example.com"]))}]}
}

test_wildcard_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(pkcs12(["zowe.plex.example.com", "*.example.com"]))}]}
}

test_pkcs12_lacking_instance_hosts_warns if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "setup", "certificate", "san"],
		"message": "the PKCS12 certificate zwe init certificate generates (SAN from zowe.setup.certificate.san) lacks lpar1.example.com, lpar2.example.com: with zowe.verifyCertificates STRICT, API ML rejects a certificate that does not name the host it calls (the instances call each other by their hostname), and clients check the external domains; add them to zowe.setup.certificate.san (a wildcard such as *.example.com covers one label) and generate the certificate again",
	}} with input as {"zowe": [{"config": cfg(pkcs12(["zowe.plex.example.com"]))}]}
}

test_wildcard_matches_one_label_only if {
	some v in rule.report with input as {"zowe": [{"config": cfg(pkcs12(["zowe.plex.example.com", "*.com"]))}]}
	contains(v.message, "lacks lpar1.example.com, lpar2.example.com")
}

test_without_san_uses_external_domains if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"setup": {"certificate": {"type": "PKCS12"}}})}]}
	not v.severity
	v.path == ["zowe", "setup", "certificate", "san"]
	contains(v.message, "(SAN from zowe.externalDomains, which zwe init certificate uses when zowe.setup.certificate.san is not set) lacks lpar1.example.com, lpar2.example.com")
}

# Example-zowe.yaml scenario 3: one domain name and one IP address is what a key ring takes.
test_key_ring_with_one_domain_and_one_ip_and_nonstrict_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(object.union(keyring({"san": ["zowe.plex.example.com", "12.34.56.78"]}), {"verifyCertificates": "NONSTRICT"}))}]}
}

test_key_ring_with_more_names_is_an_error if {
	report := rule.report with input as {"zowe": [{"config": cfg(object.union(keyring({"san": ["zowe.plex.example.com", "12.34.56.78", "lpar1.example.com", "lpar2.example.com", "12.34.56.79"]}), {"verifyCertificates": "NONSTRICT"}))}]}
	report == {{
		"zowe": 0,
		"path": ["zowe", "setup", "certificate", "san"],
		"severity": "error",
		"message": "the key-ring certificate zwe init certificate generates holds one domain name and one IP address (RACDCERT): of zowe.setup.certificate.san it takes zowe.plex.example.com and 12.34.56.78 and leaves out 12.34.56.79, lpar1.example.com, lpar2.example.com; give zowe.setup.certificate.san exactly one domain name (the DVIPA) and one IP address",
	}}
}

test_key_ring_lacking_instance_hosts_warns_with_key_ring_fixes if {
	report := rule.report with input as {"zowe": [{"config": cfg(keyring({"san": ["zowe.plex.example.com", "12.34.56.78"]}))}]}
	count(report) == 1
	some v in report
	not v.severity
	contains(v.message, "the key-ring certificate zwe init certificate generates (SAN from zowe.setup.certificate.san) lacks lpar1.example.com, lpar2.example.com")
	contains(v.message, "connect a certificate signed by your CA with all these names to the key ring (zowe.setup.certificate.keyring.connect), or set zowe.verifyCertificates: NONSTRICT")
}

test_key_ring_from_several_external_domains_is_an_error if {
	some v in rule.report with input as {"zowe": [{"config": {"zowe": object.union({"externalDomains": ["zowe.plex.example.com", "zowe2.plex.example.com"]}, keyring({})), "haInstances": two}}]}
	v.severity == "error"
	contains(v.message, "of zowe.externalDomains, which zwe init certificate uses when zowe.setup.certificate.san is not set it takes zowe.plex.example.com and leaves out zowe2.plex.example.com")
}

test_imported_or_connected_certificates_are_not_checked if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(keyring({"san": ["a.example.com", "b.example.com"], "keyring": {"connect": {"user": "IBMUSER", "label": "zowe"}}}))}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(keyring({"keyring": {"import": {"dsName": "IBMUSER.CERT.P12"}}}))}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"setup": {"certificate": {"type": "PKCS12", "pkcs12": {"import": {"keystore": "/global/ks.p12"}}}}})}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({})}]}
}

# The placeholder of example-zowe.yaml (ZWE-HA-014's finding) is not asked for in the SAN.
test_placeholder_domain_is_not_a_missing_name if {
	report := rule.report with input as {"zowe": [{"config": {
		"zowe": {"externalDomains": ["sample-domain.com", "zowe.plex.example.com"], "setup": {"certificate": {"type": "PKCS12", "san": ["zowe.plex.example.com", "*.example.com"]}}},
		"haInstances": two,
	}}]}
	count(report) == 0
}

test_nonstrict_and_templates_are_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(object.union(pkcs12(["zowe.plex.example.com"]), {"verifyCertificates": "NONSTRICT"}))}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(pkcs12(["${{ zowe.externalDomains[0] }}"]))}]}
}
