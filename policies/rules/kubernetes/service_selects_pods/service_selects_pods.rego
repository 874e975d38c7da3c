# METADATA
# title: Each Service selects the pods of a workload
# description: |
#   A Service routes only to the pods its selector matches in its own namespace. Zowe's components
#   reach each other and users reach the Gateway through Services (gateway-service,
#   discovery-service, api-catalog-service) that select pods by the component labels; a selector
#   that matches no pod template leaves the Service without endpoints, however many replicas run.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring (Kubernetes): the gateway-service, discovery-service and api-catalog-service Services the deployment expects"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/containers/kubernetes/samples/gateway-service-lb.yaml
#     description: "Zowe's gateway-service: selector on app.kubernetes.io/name, instance and component labels"
#   - ref: https://kubernetes.io/docs/concepts/services-networking/service/
#     description: "Kubernetes docs: a Service's selector determines the set of pods it targets"
# custom:
#   id: ZWE-HA-K12
#   severity: warning
#   confidence: documented
#   remediation: |
#     Make `spec.selector` equal to (a subset of) the pod template labels of the component's
#     workload in the Service's namespace, e.g. `app.kubernetes.io/component: gateway`.
package zowe_ha.rules.kubernetes.service_selects_pods

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

report contains k8s.at(s, ["spec", "selector"], message) if {
	some s, selected in k8s.service_selects
	count(selected) == 0
	o := input.kubernetes[s]
	k8s.object_in_scope(o)
	message := concat("", [
		k8s.describe(s), " selects no pod template in namespace ", k8s.namespaces[s], " (selector ",
		zowe.show(o.spec.selector), "): it has no endpoints; make its selector match the pod template ",
		"labels of the workload it serves",
	])
}
