package zowe_ha.rules.zowe.ports_unique_per_host_test

import data.zowe_ha.rules.zowe.ports_unique_per_host as rule

base := {
	"zowe": {},
	"components": {
		"gateway": {"enabled": true, "port": 7554},
		"discovery": {"enabled": true, "port": 7553},
		"zaas": {"enabled": true, "port": 7558},
		"jobs-api": {"enabled": false, "port": 7558},
	},
}

cfg(instances) := object.union(base, {"haInstances": instances})

test_example_layout_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"discovery": {"port": 17553}}},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {
			"gateway": {"enabled": false},
			"zaas": {"enabled": false},
			"discovery": {"enabled": true},
		}},
	})}]}
}

test_same_discovery_port_on_shared_host_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2b", "components", "discovery", "port"],
		"message": "port 7553 on host lpar2.example.com is used by discovery of instance lpar2a and also by discovery of instance lpar2b: instances on one host need a port of their own for each component",
	}} with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2a": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"gateway": {"enabled": false}, "zaas": {"enabled": false}}},
		"lpar2b": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"gateway": {"port": 8554}, "zaas": {"port": 8558}}},
	})}]}
}

test_string_and_number_ports_collide if {
	some v in rule.report with input as {"zowe": [{"config": cfg({
		"a": {"hostname": "h", "sysname": "A", "components": {"gateway": {"port": 9000}, "zaas": {"port": "9000"}}},
	})}]}
	v.message == "zaas and gateway of instance a both use port 9000 on host h"
	v.instance == "a"
}

# Many instances on one host: one finding per port, naming the others, not one per pair.
test_clash_group_is_reported_once if {
	instances := {id: {"hostname": "h", "sysname": "S"} | some n in numbers.range(10, 19); id := concat("", ["i", format_int(n, 10)])}
	report := rule.report with input as {"zowe": [{"config": {"zowe": {}, "components": {"discovery": {"enabled": true, "port": 7553}}, "haInstances": instances}}]}
	report == {{
		"zowe": 0,
		"path": ["haInstances", "i11", "components", "discovery", "port"],
		"message": "port 7553 on host h is used by discovery of instance i10 and also by discovery of instances i11, i12, i13 and 6 more: instances on one host need a port of their own for each component",
	}}
}

test_mixed_components_are_named_each if {
	report := rule.report with input as {"zowe": [{"config": {"zowe": {}, "components": {"zss": {"enabled": true, "port": 7557}}, "haInstances": {
		"a": {"hostname": "h", "sysname": "S"},
		"b": {"hostname": "h", "sysname": "S", "components": {"zss": {"enabled": false}, "x": {"enabled": true, "port": 7557}}},
		"c": {"hostname": "h", "sysname": "S"},
	}}}]}
	some v in report
	v.message == "port 7557 on host h is used by zss of instance a and also by x of instance b, zss of instance c: instances on one host need a port of their own for each component"
}

test_offset_ports_are_reported_as_unchecked if {
	report := rule.report with input as {"zowe": [{"config": {"zowe": {}, "components": {"zss": {"enabled": true, "port": "+3"}, "discovery": {"enabled": true, "port": "+1"}}, "haInstances": {
		"a": {"hostname": "h", "sysname": "S"},
		"b": {"hostname": "g", "sysname": "T"},
	}}}]}
	report == {{
		"zowe": 0,
		"path": ["components", "zss", "port"],
		"severity": "warning",
		"message": "components.zss.port is the offset +3 from the Gateway port: the zowe.yaml reference documents offsets, but zwe does not resolve them, so this port cannot be checked for clashes; write the port number",
	}}
}

test_clash_within_the_shared_config_is_reported_once if {
	report := rule.report with input as {"zowe": [{"config": object.union(
		cfg({
			"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
			"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"},
		}),
		{"components": {"jobs-api": {"enabled": true}}},
	)}]}
	report == {{
		"zowe": 0,
		"path": ["components", "zaas", "port"],
		"message": "zaas and jobs-api both use port 7558 on every instance that runs both",
	}}
}

test_wrong_types_are_ignored if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"a": {"hostname": "h", "sysname": "A", "components": {"gateway": {"port": "${{ 7553 }}"}, "zaas": {"port": null}, "discovery": "x"}},
		"b": {"sysname": "B"},
	})}]}
}
