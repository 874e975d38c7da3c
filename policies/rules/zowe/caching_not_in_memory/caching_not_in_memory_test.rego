package zowe_ha.rules.zowe.caching_not_in_memory_test

import data.zowe_ha.rules.zowe.caching_not_in_memory as rule

cfg(storage, instances) := {
	"zowe": {},
	"components": {"caching-service": {"enabled": true, "storage": storage}},
	"haInstances": instances,
}

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

test_infinispan_and_vsam_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"mode": "infinispan"}, two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"mode": "VSAM"}, two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"mode": "${{ process.env.MODE }}"}, two)}]}
}

test_shared_in_memory_fails_once if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "storage", "mode"],
		"message": "Caching Service storage mode inMemory keeps each instance's data in its own memory, unshared and lost on restart; use infinispan in HA",
	}} with input as {"zowe": [{"config": cfg({"mode": "inMemory"}, two)}]}
}

test_instance_in_memory_fails_at_override if {
	report := rule.report with input as {"zowe": [{"config": cfg({"mode": "infinispan"}, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"caching-service": {"storage": {"mode": "inmemory"}}}},
	})}]}
	count(report) == 1
	some v in report
	v.instance == "lpar2"
	contains(v.message, "instance lpar2 uses Caching Service storage mode inMemory")
}

test_disabled_caching_is_ignored if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {
		"zowe": {},
		"components": {"caching-service": {"enabled": false, "storage": {"mode": "inMemory"}}},
		"haInstances": two,
	}}]}
}

test_empty_mode_warns if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"mode": null}, two)}]}
	v.severity == "warning"
	contains(v.message, "storage.mode is empty")
	some w in rule.report with input as {"zowe": [{"config": cfg(["x"], two)}]}
	w.severity == "warning"
	contains(w.message, "is not set")
}
