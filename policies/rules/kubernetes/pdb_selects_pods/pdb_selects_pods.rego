# METADATA
# title: Each PodDisruptionBudget selects pods
# description: |
#   A PodDisruptionBudget protects only the pods its selector matches in its own namespace. One
#   whose selector matches no pod template (a typo in a label, another namespace, a missing
#   selector, or an empty selector under policy/v1beta1) protects nothing, while it looks as if the
#   component were covered.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/tree/v3.x/master/containers/kubernetes/samples/pod-disruption-budget
#     description: "Zowe's sample PDBs select the pods by app.kubernetes.io/name, instance and component labels in namespace zowe"
#   - ref: https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/pod-disruption-budget-v1/
#     description: "Kubernetes API: a null selector selects no pods; an empty selector selects all pods of the namespace (policy/v1)"
# custom:
#   id: ZWE-HA-K08
#   severity: warning
#   confidence: documented
#   remediation: |
#     Make `spec.selector.matchLabels` match the pod template labels of the workload it protects
#     (e.g. `app.kubernetes.io/component: gateway`) and put the PDB in the workload's namespace.
package zowe_ha.rules.kubernetes.pdb_selects_pods

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

report contains k8s.at(p, ["spec", "selector"], message) if {
	some p, selected in k8s.pdb_selects
	count(selected) == 0
	o := input.kubernetes[p]
	k8s.object_in_scope(o)
	message := concat("", [k8s.describe(p), " ", _why(p, o), ": it protects nothing; make its selector match the pod template labels of the workload"])
}

_why(p, o) := "has no spec.selector, which selects no pod" if {
	not is_object(object.get(o, ["spec", "selector"], null))
} else := "has an empty selector, which selects no pod in policy/v1beta1" if {
	k8s.empty_selector(o.spec.selector)
} else := concat("", ["selects no pod template in namespace ", k8s.namespaces[p], " (selector ", zowe.show(o.spec.selector), ")"])
