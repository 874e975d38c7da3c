package zowe_ha.rules.kubernetes.hpa_target_and_floor_test

import data.zowe_ha.rules.kubernetes.hpa_target_and_floor

labels(component) := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": component}

deployment(name) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": name, "namespace": "zowe"},
	"spec": {"template": {"metadata": {"labels": labels(name)}}},
}

hpa(spec) := {
	"apiVersion": "autoscaling/v2",
	"kind": "HorizontalPodAutoscaler",
	"metadata": {"name": "gateway-hpa", "namespace": "zowe"},
	"spec": object.union({"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "gateway"}, "maxReplicas": 5}, spec),
}

test_floor_of_one_is_reported_at_min_replicas if {
	report := hpa_target_and_floor.report with input as {"kubernetes": [deployment("gateway"), hpa({"minReplicas": 1})]}
	report == {{
		"object": 1,
		"path": ["spec", "minReplicas"],
		"message": "HorizontalPodAutoscaler zowe/gateway-hpa lets Deployment zowe/gateway scale down to 1 pod (minReplicas: 1): at the floor the component is a single point of failure; set minReplicas: 2 or more",
	}}
}

test_missing_floor_defaults_to_one if {
	report := hpa_target_and_floor.report with input as {"kubernetes": [deployment("gateway"), hpa({})]}
	some f in report
	f.path == ["spec", "minReplicas"]
	contains(f.message, "minReplicas is not set and defaults to 1")
}

test_floor_of_two_passes if {
	count(hpa_target_and_floor.report) == 0 with input as {"kubernetes": [deployment("gateway"), hpa({"minReplicas": 2})]}
}

test_floor_on_a_non_zowe_workload_only_with_scope_all if {
	web := {"kind": "Deployment", "metadata": {"name": "gateway", "namespace": "zowe"}, "spec": {"template": {"metadata": {"labels": {"app": "web"}}}}}
	count(hpa_target_and_floor.report) == 0 with input as {"kubernetes": [web, hpa({"minReplicas": 1})]}
	count(hpa_target_and_floor.report) == 1 with input as {"kubernetes": [web, hpa({"minReplicas": 1})], "options": {"kubernetes": {"scope": "all"}}}
}

test_missing_target_is_reported_at_its_name if {
	report := hpa_target_and_floor.report with input as {"kubernetes": [deployment("gateway"), hpa({"minReplicas": 2, "scaleTargetRef": {"kind": "StatefulSet", "name": "gateway"}})]}
	report == {{
		"object": 1,
		"path": ["spec", "scaleTargetRef", "name"],
		"message": "HorizontalPodAutoscaler zowe/gateway-hpa scales StatefulSet gateway, which is not defined in namespace zowe: the autoscaler scales nothing; point scaleTargetRef at the workload (same namespace, kind and name)",
	}}
}

test_target_in_another_namespace_is_missing if {
	d := object.union(deployment("gateway"), {"metadata": {"namespace": "zowe2"}})
	report := hpa_target_and_floor.report with input as {"kubernetes": [d, hpa({"minReplicas": 2})]}
	{f.path | some f in report} == {["spec", "scaleTargetRef", "name"]}
}

test_custom_target_kinds_are_not_checked if {
	count(hpa_target_and_floor.report) == 0 with input as {"kubernetes": [hpa({"minReplicas": 2, "scaleTargetRef": {"kind": "Rollout", "name": "gateway"}})]}
}

test_incomplete_target if {
	h := json.remove(hpa({"minReplicas": 2}), ["spec/scaleTargetRef/name"])
	report := hpa_target_and_floor.report with input as {"kubernetes": [h]}
	{f.path | some f in report} == {["spec", "scaleTargetRef"]}
}

test_min_above_max_is_an_error if {
	report := hpa_target_and_floor.report with input as {"kubernetes": [deployment("gateway"), hpa({"minReplicas": 3, "maxReplicas": 2})]}
	some f in report
	f.path == ["spec", "minReplicas"]
	f.severity == "error"
	contains(f.message, "minReplicas: 3 above maxReplicas: 2")
}

test_missing_max_is_an_error if {
	h := json.remove(hpa({"minReplicas": 2}), ["spec/maxReplicas"])
	report := hpa_target_and_floor.report with input as {"kubernetes": [deployment("gateway"), h]}
	{[f.path, f.severity] | some f in report} == {[["spec", "maxReplicas"], "error"]}
}

test_declared_ha_makes_the_floor_an_error if {
	report := hpa_target_and_floor.report with input as {"kubernetes": [deployment("gateway"), hpa({"minReplicas": 1})], "options": {"kubernetes": {"ha": true}}}
	{f.severity | some f in report} == {"error"}
}
