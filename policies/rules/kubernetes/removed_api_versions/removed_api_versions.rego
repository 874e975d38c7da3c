# METADATA
# title: No API versions that current Kubernetes no longer serves
# description: |
#   Kubernetes stops serving beta API versions: a cluster at or above the version that removed them
#   rejects the object, so the protection it describes silently does not exist. Zowe's sample
#   PodDisruptionBudgets use policy/v1beta1 (removed in 1.25) and its sample
#   HorizontalPodAutoscalers autoscaling/v2beta2 (removed in 1.26).
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/using-api/deprecation-guide/
#     description: "Kubernetes Deprecated API Migration Guide: removed versions and their replacements"
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring (Kubernetes), Kubernetes v1.21+: change policy/v1beta1 to policy/v1 and batch/v1beta1 to batch/v1; the old versions stop working in 1.25"
#   - ref: https://github.com/zowe/zowe-install-packaging/tree/v3.x/master/containers/kubernetes/samples/horizontal-pod-autoscaler
#     description: "Zowe's sample HPAs use apiVersion autoscaling/v2beta2"
# custom:
#   id: ZWE-HA-K11
#   severity: error
#   confidence: documented
#   remediation: |
#     Change `apiVersion` to the served version: `policy/v1` for PodDisruptionBudget,
#     `autoscaling/v2` for HorizontalPodAutoscaler (its `metrics` use `target:` in v2), `batch/v1`
#     for CronJob, `apps/v1` for Deployment, StatefulSet, DaemonSet and ReplicaSet (which then need
#     `spec.selector`), `networking.k8s.io/v1` for Ingress.
package zowe_ha.rules.kubernetes.removed_api_versions

import data.zowe_ha.lib.kubernetes as k8s

# kind -> removed apiVersion -> [Kubernetes release that removed it, the version to use].
_removed := {
	"PodDisruptionBudget": {"policy/v1beta1": ["1.25", "policy/v1"]},
	"HorizontalPodAutoscaler": {
		"autoscaling/v2beta1": ["1.25", "autoscaling/v2"],
		"autoscaling/v2beta2": ["1.26", "autoscaling/v2"],
	},
	"CronJob": {"batch/v1beta1": ["1.25", "batch/v1"]},
	"Deployment": {
		"extensions/v1beta1": ["1.16", "apps/v1"],
		"apps/v1beta1": ["1.16", "apps/v1"],
		"apps/v1beta2": ["1.16", "apps/v1"],
	},
	"StatefulSet": {
		"apps/v1beta1": ["1.16", "apps/v1"],
		"apps/v1beta2": ["1.16", "apps/v1"],
	},
	"DaemonSet": {
		"extensions/v1beta1": ["1.16", "apps/v1"],
		"apps/v1beta2": ["1.16", "apps/v1"],
	},
	"ReplicaSet": {
		"extensions/v1beta1": ["1.16", "apps/v1"],
		"apps/v1beta1": ["1.16", "apps/v1"],
		"apps/v1beta2": ["1.16", "apps/v1"],
	},
	"Ingress": {
		"extensions/v1beta1": ["1.22", "networking.k8s.io/v1"],
		"networking.k8s.io/v1beta1": ["1.22", "networking.k8s.io/v1"],
	},
}

report contains k8s.at(j, ["apiVersion"], message) if {
	some j, kind in k8s.kinds
	o := input.kubernetes[j]
	[release, replacement] := _removed[kind][o.apiVersion]
	_in_scope(j, o)
	message := concat("", [
		k8s.describe(j), " uses apiVersion ", o.apiVersion, ", which Kubernetes ", release,
		" and later no longer serve: the cluster rejects it",
		_consequence[kind], "; use apiVersion ", replacement,
	])
}

_consequence := {
	"PodDisruptionBudget": ", so no disruption budget protects the pods",
	"HorizontalPodAutoscaler": ", so nothing scales the workload or keeps its minReplicas",
	"CronJob": ", so the job never runs",
	"Deployment": ", so the workload does not run",
	"StatefulSet": ", so the workload does not run",
	"DaemonSet": ", so the workload does not run",
	"ReplicaSet": ", so the workload does not run",
	"Ingress": ", so the service is not exposed through it",
}

# With scope "zowe": Zowe objects, and HPAs and PDBs that act on Zowe workloads.
_in_scope(_, o) if k8s.object_in_scope(o)

_in_scope(j, _) if k8s.in_scope[j]

_in_scope(j, _) if _in_scope_keys[k8s.hpa_target(j)]

_in_scope_keys := {k8s.keys[j] | some j in k8s.in_scope}

_in_scope(j, _) if {
	some t in k8s.pdb_selects[j]
	k8s.in_scope[t]
}
