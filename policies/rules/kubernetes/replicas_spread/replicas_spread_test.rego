package zowe_ha.rules.kubernetes.replicas_spread_test

import data.zowe_ha.rules.kubernetes.replicas_spread

labels := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway"}

gateway(replicas, pod_spec) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "gateway", "namespace": "zowe"},
	"spec": {"replicas": replicas, "template": {"metadata": {"labels": labels}, "spec": object.union({"containers": [{"name": "gateway"}]}, pod_spec)}},
}

findings(replicas, pod_spec) := report if {
	report := replicas_spread.report with input as {"kubernetes": [gateway(replicas, pod_spec)]}
}

component_selector := {"matchLabels": {"app.kubernetes.io/component": "gateway"}}

test_no_spreading_is_reported_at_the_pod_spec_field if {
	findings(2, {}) == {{
		"object": 0,
		"path": ["spec", "template", "spec", "topologySpreadConstraints"],
		"message": "Deployment zowe/gateway runs up to 2 pods with neither pod anti-affinity nor topologySpreadConstraints on kubernetes.io/hostname or topology.kubernetes.io/zone selecting its own pods: all replicas may land on one node and fail together; add a topologySpreadConstraint (topologyKey: kubernetes.io/hostname, labelSelector on app.kubernetes.io/component: gateway) (inference: the scheduler is free to do so)",
	}}
}

test_single_replica_is_not_reported if {
	count(findings(1, {})) == 0
}

test_topology_spread_on_hostname_or_zone_passes if {
	count(findings(3, {"topologySpreadConstraints": [{"maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "ScheduleAnyway", "labelSelector": component_selector}]})) == 0
	count(findings(3, {"topologySpreadConstraints": [{"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "DoNotSchedule", "labelSelector": component_selector}]})) == 0
}

test_topology_spread_on_another_key_or_other_pods_fails if {
	report := findings(3, {"topologySpreadConstraints": [{"topologyKey": "example.com/rack", "labelSelector": component_selector}]})
	{f.path | some f in report} == {["spec", "template", "spec", "topologySpreadConstraints"]}
	count(findings(3, {"topologySpreadConstraints": [{"topologyKey": "kubernetes.io/hostname", "labelSelector": {"matchLabels": {"app.kubernetes.io/component": "zaas"}}}]})) == 1
	count(findings(3, {"topologySpreadConstraints": [{"topologyKey": "kubernetes.io/hostname"}]})) == 1
}

test_required_anti_affinity_passes if {
	affinity := {"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{"topologyKey": "kubernetes.io/hostname", "labelSelector": component_selector}]}}
	count(findings(2, {"affinity": affinity})) == 0
}

test_preferred_anti_affinity_passes if {
	affinity := {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 100, "podAffinityTerm": {"topologyKey": "topology.kubernetes.io/zone", "labelSelector": {"matchExpressions": [{"key": "app.kubernetes.io/component", "operator": "In", "values": ["gateway"]}]}}}]}}
	count(findings(2, {"affinity": affinity})) == 0
}

test_node_affinity_only_is_reported_at_affinity if {
	affinity := {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": []}}}
	report := findings(2, {"affinity": affinity})
	{f.path | some f in report} == {["spec", "template", "spec", "affinity"]}
}

test_pod_affinity_is_not_anti_affinity if {
	affinity := {"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [{"topologyKey": "kubernetes.io/hostname", "labelSelector": component_selector}]}}
	count(findings(2, {"affinity": affinity})) == 1
}
