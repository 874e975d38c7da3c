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
			"path": ["haInstances", "lpar2b", "components", "caching-service", "storage", "infinispan", "jgroups", "port"],
			"message": "port 7600 on host lpar2.example.com is bound by the JGroups port of instance lpar2a and also by the JGroups port of instance lpar2b (inference: JGroups binds its ports on the instance's host)",
		},
		{
			"zowe": 0,
			"path": ["haInstances", "lpar2b", "components", "caching-service", "storage", "infinispan", "jgroups", "keyExchange", "port"],
			"message": "port 7601 on host lpar2.example.com is bound by the JGroups key exchange port of instance lpar2a and also by the JGroups key exchange port of instance lpar2b; the key exchange server then tries the next ports, which must be free (inference: JGroups binds its ports on the instance's host)",
		},
	}
}

# Many instances on one host: one finding per port, naming the others, not one per pair.
test_clash_group_is_reported_once if {
	instances := {id: {"hostname": "lpar2.example.com", "sysname": "LPAR2"} | some n in numbers.range(1, 9); id := concat("", ["i", format_int(n, 10)])}
	report := rule.report with input as {"zowe": [{"config": cfg(defaults, instances)}]}
	count(report) == 2
	some v in report
	v.path[1] == "i2"
	contains(v.message, "JGroups port of instances i2, i3, i4 and 5 more")
}

test_port_of_a_component_fails if {
	report := rule.report with input as {"zowe": [{"config": cfg(defaults, {
		"lpar1": object.union({"hostname": "lpar1.example.com", "sysname": "LPAR1"}, jg(7553, 7601)),
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})}]}
	report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar1", "components", "caching-service", "storage", "infinispan", "jgroups", "port"],
		"message": "port 7553 on host lpar1.example.com is the JGroups port of instance lpar1 and also the port of discovery of instance lpar1 (inference: JGroups binds its ports on the instance's host)",
	}}
}

test_same_instance_ports_equal_fails if {
	report := rule.report with input as {"zowe": [{"config": cfg({"port": 7600, "keyExchange": {"port": 7600}}, {
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
	})}]}
	report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "storage", "infinispan", "jgroups", "port"],
		"message": "JGroups key exchange port and JGroups port are both 7600 (inference: JGroups binds its ports on the instance's host)",
	}}
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
	every v in report {
		v.severity == "error"
	}
}

test_templates_and_disabled_are_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"port": "${{ 7600 }}", "keyExchange": {"port": null}}, {
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"caching-service": {"enabled": false}}},
	})}]}
}
