package zowe_ha.rules.zowe.certificate_not_overridden_test

import data.zowe_ha.rules.zowe.certificate_not_overridden as rule

cert := {"keystore": {"type": "PKCS12", "file": "/global/zowe/keystore/k.p12", "alias": "localhost"}}

cfg(instances) := {"zowe": {"certificate": cert}, "haInstances": instances}

test_shared_certificate_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"certificate": {"keystore": {"alias": "localhost"}}}},
	})}]}
}

test_own_keystore_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "zowe", "certificate"],
		"message": "instance lpar2 uses its own zowe.certificate; all Gateways behind the DVIPA need the same certificate DN, and tokens signed on one instance must verify on the others (inference)",
	}} with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"certificate": {"keystore": {"alias": "lpar2"}}}},
	})}]}
}

test_gateway_certificate_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"lpar1": {"hostname": "a", "sysname": "A", "components": {"gateway": {"certificate": {"keystore": {"alias": "gw1"}}}}}})}]}
	v.path == ["haInstances", "lpar1", "components", "gateway", "certificate"]
}
