package zowe_ha.rules.kubernetes.pdb_coverage_test

import data.zowe_ha.rules.kubernetes.pdb_coverage

labels(component) := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": component}

deployment(name, replicas) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": name, "namespace": "zowe"},
	"spec": {"replicas": replicas, "template": {"metadata": {"labels": labels(name)}}},
}

pdb(ns, selector) := {
	"apiVersion": "policy/v1",
	"kind": "PodDisruptionBudget",
	"metadata": {"name": "gateway-pdb", "namespace": ns},
	"spec": {"maxUnavailable": 1, "selector": selector},
}

test_multi_replica_workload_without_pdb if {
	report := pdb_coverage.report with input as {"kubernetes": [deployment("gateway", 3)]}
	report == {{
		"object": 0,
		"path": ["metadata", "name"],
		"message": "Deployment zowe/gateway runs up to 3 pods but no PodDisruptionBudget in namespace zowe selects them: a node drain or upgrade may evict all of them at once; add a PodDisruptionBudget selecting its pod labels with maxUnavailable: 1",
	}}
}

test_matching_pdb_passes if {
	count(pdb_coverage.report) == 0 with input as {"kubernetes": [deployment("gateway", 3), pdb("zowe", {"matchLabels": {"app.kubernetes.io/component": "gateway"}})]}
}

test_pdb_with_expressions_passes if {
	selector := {"matchExpressions": [{"key": "app.kubernetes.io/component", "operator": "In", "values": ["gateway", "zaas"]}]}
	count(pdb_coverage.report) == 0 with input as {"kubernetes": [deployment("gateway", 3), pdb("zowe", selector)]}
}

test_pdb_in_another_namespace_or_for_another_component_fails if {
	count(pdb_coverage.report) == 1 with input as {"kubernetes": [deployment("gateway", 3), pdb("other", {"matchLabels": {"app.kubernetes.io/component": "gateway"}})]}
	count(pdb_coverage.report) == 1 with input as {"kubernetes": [deployment("gateway", 3), pdb("zowe", {"matchLabels": {"app.kubernetes.io/component": "caching"}})]}
}

test_single_replica_is_left_to_the_replica_rule if {
	count(pdb_coverage.report) == 0 with input as {"kubernetes": [deployment("gateway", 1)]}
}

test_hpa_max_makes_it_multi_replica if {
	hpa := {"kind": "HorizontalPodAutoscaler", "metadata": {"name": "h", "namespace": "zowe"}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "gateway"}, "maxReplicas": 4}}
	report := pdb_coverage.report with input as {"kubernetes": [deployment("gateway", 1), hpa]}
	some f in report
	contains(f.message, "runs up to 4 pods")
}

test_declared_ha_makes_it_an_error if {
	report := pdb_coverage.report with input as {"kubernetes": [deployment("gateway", 2)], "options": {"kubernetes": {"ha": true}}}
	{f.severity | some f in report} == {"error"}
}
