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
		"message": "discovery of instance lpar2b and discovery of instance lpar2a both use port 7553 on host lpar2.example.com",
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
