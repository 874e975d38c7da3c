package zowe_ha.rules.zowe.listen_address_not_lpar_specific_test

import data.zowe_ha.rules.zowe.listen_address_not_lpar_specific as rule

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

cfg(server, instances) := {"zowe": {"network": {"server": server}}, "haInstances": instances}

test_default_and_any_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({}, two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"listenAddresses": ["0.0.0.0"]}, two)}]}
}

test_shared_address_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "network", "server", "listenAddresses"],
		"message": "zowe.network.server.listenAddresses [\"10.1.1.1\"] applies to instance(s) lpar1, lpar2 on every LPAR, but an address belongs to one LPAR's TCP/IP stack; set it per instance in haInstances (inference)",
	}} with input as {"zowe": [{"config": cfg({"listenAddresses": ["10.1.1.1"]}, two)}]}
}

test_vipa_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"vipaIp": "10.1.1.100"}, two)}]}
	v.path == ["zowe", "network", "server", "vipaIp"]
}

test_overridden_everywhere_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"listenAddresses": ["10.1.1.1"]}, {
		"lpar1": {"hostname": "a", "sysname": "A", "zowe": {"network": {"server": {"listenAddresses": ["10.1.1.1"]}}}},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"network": {"server": {"listenAddresses": ["10.1.2.1"]}}}},
	})}]}
}
