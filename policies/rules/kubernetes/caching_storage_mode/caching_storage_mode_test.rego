package zowe_ha.rules.kubernetes.caching_storage_mode_test

import data.zowe_ha.rules.kubernetes.caching_storage_mode

labels := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "caching"}

caching(replicas) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "caching", "namespace": "zowe", "labels": labels},
	"spec": {"replicas": replicas, "template": {
		"metadata": {"labels": labels},
		"spec": {"volumes": [{"name": "zowe-config", "configMap": {"name": "zowe-config"}}]},
	}},
}

configmap := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "zowe-config", "namespace": "zowe"}}

model(objects, caching_config) := {
	"kubernetes": array.concat([configmap], objects),
	"zowe": [{"container": true, "configMap": 0, "config": {"components": {"caching-service": caching_config}}}],
}

findings(objects, caching_config) := report if {
	report := caching_storage_mode.report with input as model(objects, caching_config)
}

path := ["components", "caching-service", "storage", "mode"]

test_empty_mode_with_one_pod_is_a_warning if {
	findings([caching(1)], {"enabled": true, "storage": {"mode": ""}}) == {{
		"zowe": 0,
		"path": path,
		"severity": "warning",
		"message": "components.caching-service.storage.mode is not set in the zowe.yaml of ConfigMap zowe/zowe-config: each caching pod keeps its own data in memory and loses it on restart; set it to redis (with storage.redis) or infinispan (an empty mode makes the Caching Service start script fall back to inMemory)",
	}}
}

test_in_memory_with_several_pods_is_an_error if {
	findings([caching(3)], {"enabled": true, "storage": {"mode": "inMemory"}}) == {{
		"zowe": 0,
		"path": path,
		"severity": "error",
		"message": "components.caching-service.storage.mode is inMemory in the zowe.yaml of ConfigMap zowe/zowe-config: each caching pod keeps its own data in memory and loses it on restart, and up to 3 caching pods answer with different data; set it to redis (with storage.redis) or infinispan",
	}}
}

test_null_or_missing_mode if {
	count(findings([], {"enabled": true, "storage": {"mode": null}})) == 1
	report := findings([], {"enabled": true})
	some f in report
	f.path == path
	f.severity == "warning"
}

test_vsam_is_an_error_even_with_one_pod if {
	report := findings([caching(1)], {"storage": {"mode": "VSAM", "vsam": {"name": "ZWE.CACHE"}}})
	{[f.path, f.severity] | some f in report} == {[path, "error"]}
	some f in report
	contains(f.message, "cannot be reached from a container")
}

test_shared_storage_passes if {
	count(findings([caching(3)], {"storage": {"mode": "redis"}})) == 0
	count(findings([caching(3)], {"storage": {"mode": "infinispan"}})) == 0
}

test_disabled_or_templated_is_not_checked if {
	count(findings([], {"enabled": false, "storage": {"mode": ""}})) == 0
	count(findings([], {"storage": {"mode": "${{ zowe.environments.CACHE_MODE }}"}})) == 0
}

test_zos_configs_are_not_checked if {
	report := caching_storage_mode.report with input as {"zowe": [{"container": false, "config": {"components": {"caching-service": {"storage": {"mode": "inMemory"}}}}}]}
	count(report) == 0
}
