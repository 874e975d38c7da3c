package zowe_ha.rules.zowe.keystore_path_shared_test

import data.zowe_ha.rules.zowe.keystore_path_shared as rule

cfg(certificate, instances) := {
	"zowe": {"workspaceDirectory": "/global/zowe/workspace", "certificate": certificate},
	"haInstances": instances,
}

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

test_shared_pkcs12_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(
		{
			"keystore": {"type": "PKCS12", "file": "/global/zowe/keystore/localhost/localhost.keystore.p12"},
			"truststore": {"type": "PKCS12", "file": "/global/zowe/keystore/localhost/localhost.truststore.p12"},
		},
		two,
	)}]}
}

test_keyring_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"keystore": {"type": "JCERACFKS", "file": "safkeyring://ZWESVUSR/ZoweKeyring"}}, two)}]}
}

test_local_keystore_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "certificate", "keystore", "file"],
		"message": "zowe.certificate.keystore.file /etc/zowe/keystore.p12 is under /etc, which is per-system in a Sysplex shared file system (a symbolic link to $SYSNAME/etc); every HA instance opens this PKCS12 file at the same path, so it must be on the file system shared by all LPARs (heuristic: zowe.yaml cannot show whether a path is shared)",
	}} with input as {"zowe": [{"config": cfg({"keystore": {"type": "pkcs12", "file": "/etc/zowe/keystore.p12"}}, two)}]}
}

test_relative_truststore_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"truststore": {"type": "PKCS12", "file": "keystore/truststore.p12"}}, two)}]}
	v.path == ["zowe", "certificate", "truststore", "file"]
	contains(v.message, "relative path")
}

test_every_instance_overrides_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"keystore": {"type": "PKCS12", "file": "/tmp/k.p12"}}, {
		"lpar1": {"hostname": "a", "sysname": "A", "zowe": {"certificate": {"keystore": {"file": "/global/k1.p12"}}}},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"certificate": {"keystore": {"file": "/global/k2.p12"}}}},
	})}]}
}

test_wrong_types_are_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"keystore": {"type": "PKCS12", "file": ["/tmp/a"]}}, two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg("PKCS12", two)}]}
}
