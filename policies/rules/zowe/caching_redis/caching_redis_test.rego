package zowe_ha.rules.zowe.caching_redis_test

import data.zowe_ha.rules.zowe.caching_redis as rule

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

caching(storage) := {"caching-service": {"enabled": true, "storage": storage}}

test_infinispan_on_zos_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {}, "components": caching({"mode": "infinispan"}), "haInstances": two}}]}
}

test_redis_on_zos_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "storage", "mode"],
		"message": "Redis storage is not available when the Caching Service runs on z/OS (USS); use infinispan",
	}} with input as {"zowe": [{"config": {"zowe": {}, "components": caching({"mode": "redis", "redis": {"masterNodeUri": "r:6379"}}), "haInstances": two}}]}
}

test_redis_on_one_instance_fails_there if {
	some v in rule.report with input as {"zowe": [{"config": {"zowe": {}, "components": caching({"mode": "infinispan"}), "haInstances": {
		"lpar1": {"hostname": "a", "sysname": "A", "components": {"caching-service": {"storage": {"mode": "Redis"}}}},
		"lpar2": {"hostname": "b", "sysname": "B"},
	}}}]}
	v.instance == "lpar1"
	startswith(v.message, "instance lpar1: Redis storage is not available")
}

test_redis_without_ha_instances_fails if {
	some v in rule.report with input as {"zowe": [{"config": {"zowe": {}, "components": caching({"mode": "redis"})}}]}
	v.path == ["components", "caching-service", "storage", "mode"]
}

test_container_with_master_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"container": true, "config": {"zowe": {}, "components": caching({"mode": "redis", "redis": {"masterNodeUri": "default:pw@redis1:6379"}})}}]}
}

test_container_with_sentinel_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"container": true, "config": {"zowe": {}, "components": caching({"mode": "redis", "redis": {"sentinel": {"enabled": true, "masterInstance": "redismaster", "nodes": "s1:26379"}}})}}]}
}

test_container_without_server_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "storage", "redis", "masterNodeUri"],
		"message": "storage.mode is redis but neither storage.redis.masterNodeUri nor storage.redis.sentinel is configured: the Caching Service has no Redis server",
	}} with input as {"zowe": [{"container": true, "config": {"zowe": {}, "components": caching({"mode": "redis"})}}]}
}

test_container_incomplete_sentinel_fails if {
	report := rule.report with input as {"zowe": [{"container": true, "config": {"zowe": {}, "components": caching({"mode": "redis", "redis": {"sentinel": {"enabled": true, "nodes": ""}}})}}]}
	{v.path | some v in report} == {
		["components", "caching-service", "storage", "redis", "sentinel", "masterInstance"],
		["components", "caching-service", "storage", "redis", "sentinel", "nodes"],
	}
}

test_wrong_types_do_not_crash if {
	count(rule.report) == 0 with input as {"zowe": [{"container": true, "config": {"zowe": {}, "components": {"caching-service": ["x"]}}}]}
	some v in rule.report with input as {"zowe": [{"container": true, "config": {"zowe": {}, "components": caching({"mode": "redis", "redis": "r:6379"})}}]}
	v.path[4] == "masterNodeUri"
}
