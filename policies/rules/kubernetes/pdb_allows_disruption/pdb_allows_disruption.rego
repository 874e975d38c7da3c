# METADATA
# title: PodDisruptionBudgets allow at least one disruption
# description: |
#   A PodDisruptionBudget whose minAvailable is not lower than the number of pods it selects, or
#   whose maxUnavailable is 0, allows no voluntary eviction: every node drain and cluster upgrade
#   blocks on it. Zowe's sample budgets set minAvailable: 1 while its workloads run one pod, which
#   is that case until the workloads run two or more replicas.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring (Kubernetes), PodDisruptionBudget: minAvailable is 1 for all deployments; the listing shows 0 allowed disruptions"
#   - ref: https://kubernetes.io/docs/tasks/run-application/configure-pdb/
#     description: "Kubernetes docs: minAvailable 100% or maxUnavailable 0 prevents all voluntary evictions; percentages are rounded up; only one of minAvailable and maxUnavailable may be set"
# custom:
#   id: ZWE-HA-K07
#   severity: error
#   other_severities:
#     warning: "when the budget covers a single pod, which cannot be evicted anyway until the workload runs 2 or more replicas (ZWE-HA-K02)"
#   confidence: documented
#   remediation: |
#     Use `maxUnavailable: 1`, or a `minAvailable` lower than the replicas of the selected workloads
#     (for an HPA-scaled workload, lower than its `minReplicas`). A budget over a single pod cannot
#     allow a disruption: run 2 or more replicas first.
package zowe_ha.rules.kubernetes.pdb_allows_disruption

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

# The workloads a PDB selects and the fewest pods they run together.
_selected := {p: js |
	some p, selects in k8s.pdb_selects
	js := {j | some j in selects; _ = k8s.replicas_floor[j]}
	count(js) > 0
}

# An object written twice (a base and an overlay) counts once, with its larger replica count.
_pods := {p: k8s.sum_per_key([[k8s.keys[j], k8s.replicas_floor[j]] | some j in js]) | some p, js in _selected}

_set(spec, field) if object.get(spec, field, null) != null

report contains object.union(k8s.at(p, ["spec", "maxUnavailable"], message), {"severity": "error"}) if {
	some p in k8s.pdbs
	spec := input.kubernetes[p].spec
	_set(spec, "minAvailable")
	_set(spec, "maxUnavailable")
	message := concat("", [
		k8s.describe(p), " sets both minAvailable and maxUnavailable: the API server rejects it, so ",
		"nothing protects its pods; keep one of them (maxUnavailable: 1)",
	])
}

report contains object.union(k8s.at(p, ["spec", field], message), {"severity": _severity(pods)}) if {
	some p, pods in _pods
	pods > 0
	spec := input.kubernetes[p].spec
	some field in ["minAvailable", "maxUnavailable"]
	_set(spec, field)
	not _set(spec, _other[field])
	allowed := _allowed(field, spec[field], pods)
	allowed < 1
	message := concat("", [
		k8s.describe(p), " (", field, ": ", zowe.show(spec[field]), ") allows no disruption of ",
		_list(_selected[p]), ", which ", _run(_selected[p]), " ", zowe.show(pods), " pod(s) at the least: ",
		"node drains and cluster upgrades block on it; ", _fix(pods),
	])
}

_other := {"minAvailable": "maxUnavailable", "maxUnavailable": "minAvailable"}

_allowed("maxUnavailable", value, pods) := _scaled(value, pods)

_allowed("minAvailable", value, pods) := pods - _scaled(value, pods)

# An IntOrString of a PDB: a number, or a percentage of the pods rounded up.
_scaled(value, _) := value if is_number(value)

_scaled(value, pods) := ceil((to_number(trim_suffix(value, "%")) * pods) / 100) if {
	is_string(value)
	regex.match(`^[0-9]+%$`, value)
}

_severity(pods) := "error" if pods >= 2

else := "warning"

_fix(pods) := "run 2 or more replicas so that one pod can be evicted (ZWE-HA-K02)" if {
	pods < 2
} else := concat("", ["set maxUnavailable: 1, or minAvailable below ", zowe.show(pods)])

_list(js) := concat(", ", sort({k8s.describe(j) | some j in js}))

_run(js) := "runs" if count({k8s.keys[j] | some j in js}) == 1

else := "run together"
