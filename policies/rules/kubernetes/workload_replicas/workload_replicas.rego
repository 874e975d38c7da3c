# METADATA
# title: Zowe workloads run at least two replicas
# description: |
#   Zowe reaches high availability in Kubernetes by running more than one replica of each
#   component. A Deployment or StatefulSet with a single pod is a single point of failure: while
#   that pod restarts, is rescheduled or its node is drained, the component is unavailable. Zowe's
#   own workload files set no replicas (so Kubernetes starts 1) and are meant as a starting point.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, Configuring high availability: in Kubernetes all components achieve high availability when more than one replica of each is enabled"
#   - ref: https://github.com/zowe/zowe-install-packaging/tree/v3.x/master/containers/kubernetes/workloads
#     description: "Zowe's workload manifests: the Deployments set no replicas, the discovery StatefulSet sets replicas: 1"
# custom:
#   id: ZWE-HA-K02
#   severity: warning
#   other_severities:
#     error: "with `kubernetes.ha: true` (the deployment is declared highly available)"
#   confidence: documented
#   remediation: |
#     Set `spec.replicas: 2` (or more) on the Deployment or StatefulSet, or scale it with a
#     HorizontalPodAutoscaler whose `spec.minReplicas` is 2 or more. For the discovery StatefulSet,
#     set `components.discovery.replicas` in the zowe.yaml of ConfigMap `zowe-config` to the same
#     value. With `options.kubernetes.ha: true` this finding is an error.
package zowe_ha.rules.kubernetes.workload_replicas

import data.zowe_ha.lib.kubernetes as k8s

# Workloads scaled by an HPA are checked on the HPA's minReplicas (ZWE-HA-K05); a workload
# scaled to 0 runs nothing on purpose.
report contains k8s.at_ha(j, ["spec", "replicas"], message) if {
	some j in k8s.in_scope
	not k8s.workload_hpas[j]
	k8s.declared_replicas[j] == 1
	message := concat("", [
		k8s.describe(j), " runs a single pod (", _written(j), "): the component is down whenever that pod ",
		"restarts or its node is drained; set spec.replicas: 2 or more, or scale it with a ",
		"HorizontalPodAutoscaler with minReplicas: 2", _discovery_note(j),
	])
}

_written(j) := "spec.replicas: 1" if {
	input.kubernetes[j].spec.replicas == 1
} else := "spec.replicas is not set and defaults to 1"

_discovery_note(j) := " (and components.discovery.replicas in zowe.yaml to the same value)" if {
	k8s.components[j] == "discovery"
} else := ""
