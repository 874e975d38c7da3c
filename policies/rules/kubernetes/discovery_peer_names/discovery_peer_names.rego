# METADATA
# title: The Discovery StatefulSet has the pod names Zowe's peer list expects
# description: |
#   In Kubernetes zwe does not read the Discovery peers from the configuration: it generates
#   https://discovery-<i>.discovery-service.<namespace>.svc.<cluster>:<port>/eureka/ for each replica.
#   Those DNS names exist only for the pods of a StatefulSet named discovery whose serviceName is
#   discovery-service. Under another name, or as a Deployment (random pod names), the Discovery
#   replicas cannot reach each other and no other component can register with them.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/container.ts
#     description: "zwe in containers: ZWE_DISCOVERY_SERVICES_LIST = https://discovery-<i>.discovery-service.<namespace>.svc.<cluster>:<port>/eureka/"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/containers/kubernetes/workloads/discovery-statefulset.yaml
#     description: "Zowe's Discovery workload: StatefulSet discovery with serviceName discovery-service"
#   - ref: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id
#     description: "Kubernetes docs: StatefulSet pods are named <statefulset>-<ordinal> with DNS names under the governing service"
# custom:
#   id: ZWE-HA-K13
#   severity: error
#   confidence: documented
#   remediation: |
#     Run Discovery as `kind: StatefulSet` with `metadata.name: discovery` and
#     `spec.serviceName: discovery-service`, with a Service `discovery-service` selecting its pods
#     in the same namespace, as in Zowe's workloads/discovery-statefulset.yaml.
package zowe_ha.rules.kubernetes.discovery_peer_names

import data.zowe_ha.lib.kubernetes as k8s

_discovery contains j if {
	some j, component in k8s.components
	component == "discovery"
}

report contains k8s.at(j, ["kind"], message) if {
	some j in _discovery
	k8s.kinds[j] == "Deployment"
	message := concat("", [
		k8s.describe(j), " runs Discovery as a Deployment: its pods get random names, while every Zowe pod ",
		"looks for discovery-0, discovery-1, ... of discovery-service; use a StatefulSet named discovery ",
		"with serviceName: discovery-service",
	])
}

report contains k8s.at(j, ["metadata", "name"], message) if {
	some j in _discovery
	k8s.kinds[j] == "StatefulSet"
	k8s.names[j] != "discovery"
	message := concat("", [
		k8s.describe(j), " names its pods ", k8s.names[j], "-0, ", k8s.names[j], "-1, ..., but every Zowe pod ",
		"looks for the Discovery peers discovery-0, discovery-1, ...: rename the StatefulSet to discovery",
	])
}

report contains k8s.at(j, ["spec", "serviceName"], message) if {
	some j in _discovery
	k8s.kinds[j] == "StatefulSet"
	service := object.get(input.kubernetes[j], ["spec", "serviceName"], null)
	service != "discovery-service"
	message := concat("", [
		k8s.describe(j), " has ", _service(service), ", but every Zowe pod looks for its Discovery peers as ",
		"discovery-<i>.discovery-service.", k8s.namespaces[j], ".svc: set spec.serviceName: discovery-service",
	])
}

_service(service) := concat("", ["serviceName: ", service]) if is_string(service)

else := "no serviceName"
