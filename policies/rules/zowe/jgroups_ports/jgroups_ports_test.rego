package zowe_ha.rules.zowe.jgroups_ports_test

import data.zowe_ha.rules.zowe.jgroups_ports as rule

cfg(jgroups, instances) := {
	"zowe": {},
	"components": {
		"discovery": {"enabled": true, "port": 7553},
		"caching-service": {"enabled": true, "port": 7555, "storage": {"mode": "infinispan", "infinispan": {"jgroups": jgroups}}},
	},
	"haInstances": instances,
}

defaults := {"port": 7600, "keyExchange": {"port": 7601}}

jg(port, key) := {"components": {"caching-service": {"storage": {"infinispan": {"jgroups": {"port": port, "keyExchange": {"port": key}}}}}}}

test_different_hosts_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(defaults, {
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})}]}
}

test_shared_host_with_own_ports_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(defaults, {
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": object.union({"hostname": "lpar2.example.com", "sysname": "LPAR2"}, jg(7610, "7611")),
	})}]}
}

test_shared_host_with_default_ports_fails if {
	report := rule.report with input as {"zowe": [{"config": cfg(defaults, {
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})}]}
	report == {
		{
			"zowe": 0,
			"path": ["components", "caching-service", "storage", "infinispan", "jgroups", "port"],
			"severity": "error",
			"message": "JGroups port of instance lpar2a and JGroups port of instance lpar2b both use port 7600 on host lpar2.example.com",
		},
		{
			"zowe": 0,
			"path": ["components", "caching-service", "storage", "infinispan", "jgroups", "keyExchange", "port"],
			"severity": "warning",
			"message": "JGroups key exchange port of instance lpar2a and JGroups key exchange port of instance lpar2b both use port 7601 on host lpar2.example.com",
		},
	}
}

test_port_of_a_component_fails if {
	report := rule.report with input as {"zowe": [{"config": cfg(defaults, {
		"lpar1": object.union({"hostname": "lpar1.example.com", "sysname": "LPAR1"}, jg(7553, 7601)),
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})}]}
	count(report) == 1
	some v in report
	v.instance == "lpar1"
	v.message == "JGroups port 7553 of instance lpar1 is also the port of discovery on instance lpar1 (host lpar1.example.com)"
}

test_same_instance_ports_equal_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"port": 7600, "keyExchange": {"port": 7600}}, {
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})}]}
	contains(v.message, "JGroups key exchange port of instance lpar1 and JGroups port of instance lpar1 both use port 7600")
	v.severity == "error"
}

test_invalid_port_fails if {
	report := rule.report with input as {"zowe": [{"config": cfg({"port": 80, "keyExchange": {"port": "x"}}, {
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})}]}
	{v.message | some v in report} == {
		"JGroups port 80 is not a port number between 1024 and 65535",
		"JGroups key exchange port x is not a port number between 1024 and 65535",
	}
}

test_templates_and_disabled_are_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"port": "${{ 7600 }}", "keyExchange": {"port": null}}, {
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"caching-service": {"enabled": false}}},
	})}]}
}
