package zowe_ha.rules.kubernetes.pdb_allows_disruption_test

import data.zowe_ha.rules.kubernetes.pdb_allows_disruption

deployment(name, replicas) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": name, "namespace": "zowe"},
	"spec": {"replicas": replicas, "template": {"metadata": {"labels": {"app.kubernetes.io/component": name, "app.kubernetes.io/name": "zowe"}}}},
}

pdb(spec) := {
	"apiVersion": "policy/v1",
	"kind": "PodDisruptionBudget",
	"metadata": {"name": "gateway-pdb", "namespace": "zowe"},
	"spec": _with_selector(spec),
}

_with_selector(spec) := spec if {
	spec.selector
} else := object.union(spec, {"selector": {"matchLabels": {"app.kubernetes.io/component": "gateway"}}})

findings(replicas, spec) := report if {
	report := pdb_allows_disruption.report with input as {"kubernetes": [deployment("gateway", replicas), pdb(spec)]}
}

test_upstream_min_available_one_on_one_pod_is_a_warning if {
	findings(1, {"minAvailable": 1}) == {{
		"object": 1,
		"path": ["spec", "minAvailable"],
		"severity": "warning",
		"message": "PodDisruptionBudget zowe/gateway-pdb (minAvailable: 1) allows no disruption of Deployment zowe/gateway, which runs 1 pod(s) at the least: node drains and cluster upgrades block on it; run 2 or more replicas so that one pod can be evicted (ZWE-HA-K02)",
	}}
}

test_min_available_equal_to_replicas_is_an_error if {
	report := findings(3, {"minAvailable": 3})
	{[f.path, f.severity] | some f in report} == {[["spec", "minAvailable"], "error"]}
	some f in report
	contains(f.message, "set maxUnavailable: 1, or minAvailable below 3")
}

test_min_available_below_replicas_passes if {
	count(findings(3, {"minAvailable": 2})) == 0
	count(findings(2, {"minAvailable": 1})) == 0
}

test_max_unavailable_zero_blocks if {
	report := findings(3, {"maxUnavailable": 0})
	{f.path | some f in report} == {["spec", "maxUnavailable"]}
	count(findings(3, {"maxUnavailable": 1})) == 0
}

test_percentages_round_up if {
	# 50% of 3 = 1.5 -> 2 must stay: 1 may go
	count(findings(3, {"minAvailable": "50%"})) == 0
	count(findings(2, {"minAvailable": "100%"})) == 1
	count(findings(2, {"minAvailable": "51%"})) == 1 # ceil(1.02) = 2
	count(findings(3, {"maxUnavailable": "10%"})) == 0 # ceil(0.3) = 1
	count(findings(3, {"maxUnavailable": "0%"})) == 1
}

test_hpa_floor_counts if {
	hpa := {"kind": "HorizontalPodAutoscaler", "metadata": {"name": "h", "namespace": "zowe"}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "gateway"}, "minReplicas": 2, "maxReplicas": 5}}
	report := pdb_allows_disruption.report with input as {"kubernetes": [deployment("gateway", 1), pdb({"minAvailable": 2}), hpa]}
	{f.severity | some f in report} == {"error"}
}

test_pods_of_several_workloads_add_up if {
	selector := {"matchLabels": {"app.kubernetes.io/name": "zowe"}}
	report := pdb_allows_disruption.report with input as {"kubernetes": [deployment("gateway", 1), deployment("zaas", 1), pdb({"selector": selector, "minAvailable": 2})]}
	some f in report
	contains(f.message, "Deployment zowe/gateway, Deployment zowe/zaas, which run together 2 pod(s)")
	count(pdb_allows_disruption.report) == 0 with input as {"kubernetes": [deployment("gateway", 1), deployment("zaas", 1), pdb({"selector": selector, "minAvailable": 1})]}
}

test_both_fields_are_rejected if {
	report := findings(3, {"minAvailable": 1, "maxUnavailable": 1})
	{[f.path, f.severity] | some f in report} == {[["spec", "maxUnavailable"], "error"]}
}

test_pdb_selecting_nothing_is_left_to_the_selector_rule if {
	report := pdb_allows_disruption.report with input as {"kubernetes": [pdb({"minAvailable": 1})]}
	count(report) == 0
}

test_an_object_written_twice_counts_once if {
	# a base and an overlay of the same Deployment: 2 pods, not 4; named once
	report := pdb_allows_disruption.report with input as {"kubernetes": [deployment("gateway", 2), deployment("gateway", 2), pdb({"minAvailable": 2})]}
	some f in report
	contains(f.message, "allows no disruption of Deployment zowe/gateway, which runs 2 pod(s) at the least")
	count(pdb_allows_disruption.report) == 0 with input as {"kubernetes": [deployment("gateway", 3), deployment("gateway", 2), pdb({"minAvailable": 2})]}
}
