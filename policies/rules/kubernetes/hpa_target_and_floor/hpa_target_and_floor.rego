# METADATA
# title: HorizontalPodAutoscalers scale an existing workload and keep at least two replicas
# description: |
#   Zowe recommends a HorizontalPodAutoscaler per component, but its samples set minReplicas: 1,
#   so the autoscaler may scale a component down to a single pod (a missing minReplicas also means
#   1). An HPA whose scaleTargetRef names no Deployment or StatefulSet of its namespace scales
#   nothing, and one whose minReplicas exceeds maxReplicas is rejected by the API server.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring (Kubernetes), HorizontalPodAutoscaler: each workload has a minimum of 1 replica and a maximum of 3 to 5 by default"
#   - ref: https://github.com/zowe/zowe-install-packaging/tree/v3.x/master/containers/kubernetes/samples/horizontal-pod-autoscaler
#     description: "Zowe's sample HPAs: scaleTargetRef Deployment/StatefulSet by name, minReplicas: 1"
#   - ref: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/horizontal-pod-autoscaler-v2/
#     description: "Kubernetes API: minReplicas defaults to 1; maxReplicas is required and cannot be less than minReplicas"
# custom:
#   id: ZWE-HA-K05
#   severity: warning
#   other_severities:
#     error: "with `kubernetes.ha: true` for a floor below 2, and when the API server rejects the HPA (no numeric maxReplicas, or minReplicas above it)"
#   confidence: documented
#   remediation: |
#     Set `spec.minReplicas: 2` (or more) and `spec.maxReplicas` at least as high; point
#     `spec.scaleTargetRef` (kind and name) at the Deployment or StatefulSet of the HPA's namespace.
#     With `options.kubernetes.ha: true` a floor below 2 is an error.
package zowe_ha.rules.kubernetes.hpa_target_and_floor

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

_built_in := {"Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"}

# The floor of an HA workload: minReplicas missing or below 2.
report contains k8s.at_ha(h, ["spec", "minReplicas"], message) if {
	some j in k8s.in_scope
	some h in k8s.workload_hpas[j]
	min := k8s.hpa_min[h]
	min < 2
	message := concat("", [
		k8s.describe(h), " lets ", k8s.describe(j), " scale down to ", zowe.show(min), " pod (",
		_written(h), "): at the floor the component is a single point of failure; set minReplicas: 2 or more",
	])
}

_written(h) := concat("", ["minReplicas: ", zowe.show(input.kubernetes[h].spec.minReplicas)]) if {
	is_number(input.kubernetes[h].spec.minReplicas)
} else := "minReplicas is not set and defaults to 1"

# The target does not exist in the HPA's namespace.
report contains k8s.at(h, ["spec", "scaleTargetRef", "name"], message) if {
	some h in k8s.hpas
	ref := input.kubernetes[h].spec.scaleTargetRef
	ref.kind in _built_in
	target := k8s.hpa_target(h)
	not k8s.key_set[target]
	message := concat("", [
		k8s.describe(h), " scales ", ref.kind, " ", ref.name, ", which is not defined in namespace ",
		k8s.namespaces[h], ": the autoscaler scales nothing; point scaleTargetRef at the workload (same namespace, kind and name)",
	])
}

report contains k8s.at(h, ["spec", "scaleTargetRef"], message) if {
	some h in k8s.hpas
	not k8s.hpa_target(h)
	message := concat("", [k8s.describe(h), " has no complete scaleTargetRef (kind and name): the autoscaler scales nothing"])
}

# maxReplicas is required, and not below minReplicas.
report contains object.union(k8s.at(h, ["spec", "maxReplicas"], message), {"severity": "error"}) if {
	some h in k8s.hpas
	not k8s.hpa_max[h]
	message := concat("", [k8s.describe(h), " has no numeric maxReplicas (required): the API server rejects it; set maxReplicas to at least minReplicas"])
}

report contains object.union(k8s.at(h, ["spec", "minReplicas"], message), {"severity": "error"}) if {
	some h, max in k8s.hpa_max
	min := k8s.hpa_min[h]
	min > max
	message := concat("", [
		k8s.describe(h), " has minReplicas: ", zowe.show(min), " above maxReplicas: ", zowe.show(max),
		": the API server rejects it; raise maxReplicas to at least minReplicas",
	])
}
