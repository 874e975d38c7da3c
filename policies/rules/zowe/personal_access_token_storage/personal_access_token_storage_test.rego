package zowe_ha.rules.zowe.personal_access_token_storage_test

import data.zowe_ha.rules.zowe.personal_access_token_storage as rule

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

cfg(pat, mode, instances) := {
	"zowe": {},
	"components": {
		"gateway": {"enabled": true, "apiml": {"security": {"personalAccessToken": {"enabled": pat}}}},
		"caching-service": {"enabled": true, "storage": {"mode": mode}},
	},
	"haInstances": instances,
}

test_infinispan_or_no_tokens_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, "infinispan", two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, " Infinispan", two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(false, "VSAM", two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true, "${{ process.env.MODE }}", two)}]}
}

test_shared_vsam_fails_once if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "storage", "mode"],
		"message": "the Caching Service stores its data in VSAM (components.caching-service.storage.mode), but Personal Access Tokens are enabled (on instance(s) lpar1, lpar2): Zowe documents Infinispan as the required Caching Service storage for Personal Access Tokens; set components.caching-service.storage.mode: infinispan",
	}} with input as {"zowe": [{"config": cfg(true, "VSAM", two)}]}
}

test_one_instance_with_another_mode_fails_there if {
	report := rule.report with input as {"zowe": [{"config": cfg("true", "infinispan", {
		"lpar1": {"hostname": "a", "sysname": "A", "components": {"gateway": {"enabled": false}}},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"caching-service": {"storage": {"mode": "inMemory"}}}},
	})}]}
	count(report) == 1
	some v in report
	v.instance == "lpar2"
	startswith(v.message, "instance lpar2's Caching Service stores its data in inMemory (components.caching-service.storage.mode), but Personal Access Tokens are enabled (on instance(s) lpar2)")
}

test_empty_mode_falls_back_to_in_memory if {
	some v in rule.report with input as {"zowe": [{"config": cfg(true, "", two)}]}
	contains(v.message, "stores its data in inMemory (components.caching-service.storage.mode is not set or empty")
}

test_tokens_on_an_instance_only_count if {
	count(rule.report) == 1 with input as {"zowe": [{"config": cfg(false, "VSAM", {
		"lpar1": {"hostname": "a", "sysname": "A", "components": {"gateway": {"apiml": {"security": {"personalAccessToken": {"enabled": true}}}}}},
		"lpar2": {"hostname": "b", "sysname": "B"},
	})}]}
}

test_disabled_caching_service_is_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": object.union(cfg(true, "VSAM", two), {"components": {"caching-service": {"enabled": false}}})}]}
}

test_single_instance_and_containers if {
	single := object.remove(cfg(true, "redis", two), ["haInstances"])
	some v in rule.report with input as {"zowe": [{"config": single}]}
	v.path == ["components", "caching-service", "storage", "mode"]
	count(rule.report) == 1 with input as {"zowe": [{"config": single, "container": true}]}
}
