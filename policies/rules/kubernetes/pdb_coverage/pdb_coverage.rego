# METADATA
# title: A PodDisruptionBudget protects each multi-replica Zowe workload
# description: |
#   Without a PodDisruptionBudget, a node drain or cluster upgrade may evict every replica of a
#   component at the same time, and the component is down although it runs several pods. Zowe
#   ships one PodDisruptionBudget per component and recommends applying them.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, Configuring high availability: a PodDisruptionBudget is recommended so that Kubernetes handles disruptions like upgrades"
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring (Kubernetes), PodDisruptionBudget: optional but recommended, provides high availability during upgrades"
#   - ref: https://github.com/zowe/zowe-install-packaging/tree/v3.x/master/containers/kubernetes/samples/pod-disruption-budget
#     description: "Zowe's sample PDBs: one per component, selector on app.kubernetes.io/component"
# custom:
#   id: ZWE-HA-K06
#   severity: warning
#   other_severities:
#     error: "with `kubernetes.ha: true` (the deployment is declared highly available)"
#   confidence: documented
#   remediation: |
#     Add a `policy/v1` PodDisruptionBudget in the workload's namespace whose `spec.selector`
#     matches the pod template labels (e.g. `app.kubernetes.io/component: gateway`), with
#     `maxUnavailable: 1` or a `minAvailable` below the replica count. With
#     `options.kubernetes.ha: true` this finding is an error.
package zowe_ha.rules.kubernetes.pdb_coverage

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

report contains k8s.at_ha(j, ["metadata", "name"], message) if {
	some j in k8s.in_scope
	replicas := k8s.replicas_max[j]
	replicas >= 2
	not k8s.pdbs_by_template[j]
	message := concat("", [
		k8s.describe(j), " runs up to ", zowe.show(replicas), " pods but no PodDisruptionBudget in namespace ",
		k8s.namespaces[j], " selects them: a node drain or upgrade may evict all of them at once; add a ",
		"PodDisruptionBudget selecting its pod labels with maxUnavailable: 1",
	])
}
