# METADATA
# title: Replicas are spread over nodes or zones
# description: |
#   Replicas help only if they do not fail together. Without pod anti-affinity or topology spread
#   constraints the scheduler may place every replica of a component on the same node, which a
#   single node failure or drain then takes down. Zowe's workload files define neither.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/tree/v3.x/master/containers/kubernetes/workloads
#     description: "Zowe's workload manifests: no affinity and no topologySpreadConstraints"
#   - ref: https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/
#     description: "Kubernetes docs: topology spread constraints spread pods across failure domains such as nodes and zones"
#   - ref: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity
#     description: "Kubernetes docs: pod anti-affinity keeps pods matching a label selector off the same topology domain"
# custom:
#   id: ZWE-HA-K09
#   severity: warning
#   confidence: inference
#   remediation: |
#     Add to the pod template either `topologySpreadConstraints` with `topologyKey:
#     kubernetes.io/hostname` (or `topology.kubernetes.io/zone`) and a `labelSelector` on the
#     component label, or `affinity.podAntiAffinity` (required or preferred) with the same topology
#     key and label selector.
package zowe_ha.rules.kubernetes.replicas_spread

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

report contains k8s.at(j, path, message) if {
	some j in k8s.in_scope
	replicas := k8s.replicas_max[j]
	replicas >= 2
	count(k8s.spread_keys(j)) == 0
	path := array.concat(k8s.template_path(k8s.kinds[j]), ["spec", _field(k8s.pod_specs[j])])
	message := concat("", [
		k8s.describe(j), " runs up to ", zowe.show(replicas), " pods with neither pod anti-affinity nor ",
		"topologySpreadConstraints on kubernetes.io/hostname or topology.kubernetes.io/zone selecting its ",
		"own pods: all replicas may land on one node and fail together; add a topologySpreadConstraint ",
		"(topologyKey: kubernetes.io/hostname, labelSelector on ", _label(j), ") (inference: the scheduler is free to do so)",
	])
}

# Where the finding points: the constraints or affinity written (but not spreading), else the
# pod spec, where topologySpreadConstraints belongs.
_field(spec) := "topologySpreadConstraints" if {
	spec.topologySpreadConstraints
} else := "affinity" if {
	spec.affinity
} else := "topologySpreadConstraints"

_label(j) := concat("", ["app.kubernetes.io/component: ", k8s.pod_labels[j]["app.kubernetes.io/component"]]) if {
	is_string(k8s.pod_labels[j]["app.kubernetes.io/component"])
} else := "its pod labels"
