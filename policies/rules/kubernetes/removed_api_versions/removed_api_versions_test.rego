package zowe_ha.rules.kubernetes.removed_api_versions_test

import data.zowe_ha.rules.kubernetes.removed_api_versions

zowe := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway"}

gateway := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "gateway", "namespace": "zowe"},
	"spec": {"template": {"metadata": {"labels": zowe}}},
}

pdb(api) := {
	"apiVersion": api,
	"kind": "PodDisruptionBudget",
	"metadata": {"name": "gateway-pdb", "namespace": "zowe", "labels": {"app.kubernetes.io/name": "zowe"}},
	"spec": {"minAvailable": 1, "selector": {"matchLabels": zowe}},
}

hpa(api) := {
	"apiVersion": api,
	"kind": "HorizontalPodAutoscaler",
	"metadata": {"name": "gateway-hpa", "namespace": "zowe"},
	"spec": {"scaleTargetRef": {"kind": "Deployment", "name": "gateway"}, "minReplicas": 2, "maxReplicas": 3},
}

test_v1beta1_pdb if {
	report := removed_api_versions.report with input as {"kubernetes": [gateway, pdb("policy/v1beta1")]}
	report == {{
		"object": 1,
		"path": ["apiVersion"],
		"message": "PodDisruptionBudget zowe/gateway-pdb uses apiVersion policy/v1beta1, which Kubernetes 1.25 and later no longer serve: the cluster rejects it, so no disruption budget protects the pods; use apiVersion policy/v1",
	}}
}

test_served_versions_pass if {
	count(removed_api_versions.report) == 0 with input as {"kubernetes": [gateway, pdb("policy/v1"), hpa("autoscaling/v2"), hpa("autoscaling/v1")]}
}

test_beta_hpas_of_a_zowe_workload_even_without_labels if {
	report := removed_api_versions.report with input as {"kubernetes": [gateway, hpa("autoscaling/v2beta2")]}
	some f in report
	contains(f.message, "autoscaling/v2beta2, which Kubernetes 1.26 and later")
	report1 := removed_api_versions.report with input as {"kubernetes": [gateway, hpa("autoscaling/v2beta1")]}
	some g in report1
	contains(g.message, "autoscaling/v2beta1, which Kubernetes 1.25 and later")
}

test_old_workload_versions if {
	old := object.union(gateway, {"apiVersion": "extensions/v1beta1"})
	report := removed_api_versions.report with input as {"kubernetes": [old]}
	some f in report
	contains(f.message, "Deployment zowe/gateway uses apiVersion extensions/v1beta1, which Kubernetes 1.16")
	contains(f.message, "use apiVersion apps/v1")
}

test_unrelated_objects_only_with_scope_all if {
	ingress := {"apiVersion": "networking.k8s.io/v1beta1", "kind": "Ingress", "metadata": {"name": "web"}}
	count(removed_api_versions.report) == 0 with input as {"kubernetes": [ingress]}
	count(removed_api_versions.report) == 1 with input as {"kubernetes": [ingress], "options": {"kubernetes": {"scope": "all"}}}
}

test_unlabelled_pdb_selecting_zowe_pods_is_in_scope if {
	p := json.remove(pdb("policy/v1beta1"), ["metadata/labels"])
	count(removed_api_versions.report) == 1 with input as {"kubernetes": [gateway, p]}
}
