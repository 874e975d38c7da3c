# METADATA
# title: haInstances has no effect in a zowe.yaml for Kubernetes
# description: |
#   In Kubernetes the replicas of each component come from its Deployment or StatefulSet, and each
#   pod takes its own DNS name as its instance host. A haInstances section in the zowe.yaml of the
#   ConfigMap is not used for high availability there (`zwe migrate for kubernetes` deletes it), so
#   it suggests an HA setup that does not exist.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/migrate/for/kubernetes/index.sh
#     description: "zwe migrate for kubernetes removes haInstances from the zowe.yaml it turns into ConfigMap zowe-config"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/container.ts
#     description: "zwe in containers sets the instance hostname from the pod's own DNS name"
# custom:
#   id: ZWE-HA-K14
#   severity: info
#   confidence: documented
#   remediation: |
#     Remove `haInstances` from the zowe.yaml in the ConfigMap and get high availability from the
#     workloads: `spec.replicas` (or an HPA `minReplicas`) of 2 or more for each component.
package zowe_ha.rules.kubernetes.ha_instances_in_configmap

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

report contains zowe.at(i, ["haInstances"], message) if {
	some i, entry in input.zowe
	entry.container == true
	"haInstances" in object.keys(entry.config)
	message := concat("", [
		"haInstances in the zowe.yaml of ", k8s.describe(entry.configMap), " has no effect in Kubernetes: ",
		"replicas of the Deployments and StatefulSets make Zowe highly available there; remove it",
	])
}
