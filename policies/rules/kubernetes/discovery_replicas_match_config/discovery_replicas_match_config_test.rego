package zowe_ha.rules.kubernetes.discovery_replicas_match_config_test

import data.zowe_ha.rules.kubernetes.discovery_replicas_match_config

labels := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "discovery"}

statefulset(spec) := {
	"apiVersion": "apps/v1",
	"kind": "StatefulSet",
	"metadata": {"name": "discovery", "namespace": "zowe", "labels": labels},
	"spec": object.union(
		{"serviceName": "discovery-service", "template": {
			"metadata": {"labels": labels},
			"spec": {"volumes": [{"name": "zowe-config", "configMap": {"name": "zowe-config"}}]},
		}},
		spec,
	),
}

configmap := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "zowe-config", "namespace": "zowe"}, "data": {"zowe.yaml": "..."}}

model(objects, replicas) := {
	"kubernetes": array.concat([configmap], objects),
	"zowe": [{"container": true, "configMap": 0, "config": {"components": {"discovery": {"enabled": true, "port": 7553, "replicas": replicas}}}}],
}

findings(objects, replicas) := report if {
	report := discovery_replicas_match_config.report with input as model(objects, replicas)
}

test_statefulset_above_config_is_an_error if {
	findings([statefulset({"replicas": 3})], 2) == {{
		"object": 1,
		"path": ["spec", "replicas"],
		"message": "StatefulSet zowe/discovery runs 3 pod(s) but components.discovery.replicas is 2 in the zowe.yaml of ConfigMap zowe/zowe-config: every Zowe pod lists 2 Discovery peer(s), so the extra Discovery pods are left out of the peer ring; set both to the same value (2 or more)",
	}}
}

test_statefulset_below_config if {
	report := findings([statefulset({})], 2)
	{f.path | some f in report} == {["spec", "replicas"]}
	some f in report
	contains(f.message, "runs 1 pod(s)")
	contains(f.message, "services try to register with Discovery peers that do not exist")
}

test_equal_and_two_or_more_passes if {
	count(findings([statefulset({"replicas": 2})], 2)) == 0
	count(findings([statefulset({"replicas": 3})], "3")) == 0
}

test_upstream_starter_warns_on_the_config_value if {
	report := findings([statefulset({"replicas": 1})], 1)
	report == {{
		"zowe": 0,
		"path": ["components", "discovery", "replicas"],
		"severity": "warning",
		"message": "components.discovery.replicas is 1 in the zowe.yaml of ConfigMap zowe/zowe-config: a single Discovery instance is a single point of failure of the API Mediation Layer; set it and spec.replicas of the discovery StatefulSet to 2 or more",
	}}
}

test_missing_config_value_means_one if {
	m := {
		"kubernetes": [configmap, statefulset({"replicas": 2})],
		"zowe": [{"container": true, "configMap": 0, "config": {"components": {"discovery": {"enabled": true}}}}],
	}
	report := discovery_replicas_match_config.report with input as m
	{f.path | some f in report} == {["spec", "replicas"], ["components", "discovery", "replicas"]}
	{f.message | some f in report} == {
		"StatefulSet zowe/discovery runs 2 pod(s) but components.discovery.replicas is not set (Zowe uses 1) in the zowe.yaml of ConfigMap zowe/zowe-config: every Zowe pod lists 1 Discovery peer(s), so the extra Discovery pods are left out of the peer ring; set both to the same value (2 or more)",
		"components.discovery.replicas is not set (Zowe uses 1) in the zowe.yaml of ConfigMap zowe/zowe-config: a single Discovery instance is a single point of failure of the API Mediation Layer; set it and spec.replicas of the discovery StatefulSet to 2 or more",
	}
}

test_single_instance_is_an_error_when_ha_is_declared if {
	report := discovery_replicas_match_config.report with input as object.union(model([statefulset({"replicas": 1})], 1), {"options": {"kubernetes": {"ha": true}}})
	{f.severity | some f in report} == {"error"}
}

test_templated_value_is_not_checked if {
	count(findings([statefulset({"replicas": 3})], "${{ zowe.environments.REPLICAS }}")) == 0
}

test_configmap_not_mounted_or_in_another_namespace_is_not_compared if {
	unmounted := json.remove(statefulset({"replicas": 3}), ["spec/template/spec/volumes"])
	count(findings([unmounted], 2)) == 0
	other := object.union(statefulset({"replicas": 3}), {"metadata": {"namespace": "zowe2"}})
	count(findings([other], 2)) == 0
}

test_hpa_range_must_match_the_peer_list if {
	hpa := {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "discovery-hpa", "namespace": "zowe"}, "spec": {"scaleTargetRef": {"kind": "StatefulSet", "name": "discovery"}, "minReplicas": 2, "maxReplicas": 3}}
	report := findings([statefulset({"replicas": 5}), hpa], 2)
	report == {{
		"object": 2,
		"path": ["spec", "maxReplicas"],
		"severity": "warning",
		"message": "HorizontalPodAutoscaler zowe/discovery-hpa scales StatefulSet zowe/discovery to maxReplicas: 3 pods, but the Discovery peer list follows components.discovery.replicas: 2 in the zowe.yaml of ConfigMap zowe/zowe-config; remove the HPA or set minReplicas and maxReplicas both to components.discovery.replicas",
	}}
	fixed := object.union(hpa, {"spec": {"maxReplicas": 2}})
	count(findings([statefulset({}), fixed], 2)) == 0
}
