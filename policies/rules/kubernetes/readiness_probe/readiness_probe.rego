# METADATA
# title: Zowe component containers have a readiness probe
# description: |
#   A Service sends traffic to every pod that Kubernetes considers ready. Without a readinessProbe a
#   pod counts as ready as soon as its container has started (or its startupProbe has passed once),
#   so a replica that stops answering keeps receiving requests until its livenessProbe restarts it.
#   Zowe's workload files define startup and liveness probes (tcpSocket on the service port) but
#   no readiness probe.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/containers/kubernetes/workloads/gateway-deployment.yaml
#     description: "Zowe's gateway Deployment: startupProbe and livenessProbe, tcpSocket on port 7554; no readinessProbe"
#   - ref: https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/
#     description: "Kubernetes docs: a pod whose readiness probe fails is removed from the endpoints of its Services"
# custom:
#   id: ZWE-HA-K10
#   severity: warning
#   confidence: documented
#   remediation: |
#     Add a `readinessProbe` to each container, e.g. `tcpSocket: {port: 7554}` for the gateway
#     (the component's service port), with `periodSeconds` and `failureThreshold` small enough that
#     a stuck replica leaves the Service endpoints quickly.
package zowe_ha.rules.kubernetes.readiness_probe

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

report contains k8s.at(j, path, message) if {
	some j in k8s.in_scope
	some [k, container] in k8s.containers(j)
	not is_object(object.get(container, "readinessProbe", null))
	path := array.concat(k8s.template_path(k8s.kinds[j]), ["spec", "containers", k, "readinessProbe"])
	message := concat("", [
		"container ", _name(container), " of ", k8s.describe(j), " has no readinessProbe", _startup(container),
		": a replica that stops answering keeps receiving traffic from its Services; add a readinessProbe",
		_example(container),
	])
}

_name(container) := container.name if is_string(container.name)

else := "(unnamed)"

_startup(container) := " (its startupProbe only holds traffic back until the first start)" if {
	is_object(container.startupProbe)
} else := ""

_example(container) := concat("", [" (e.g. tcpSocket on port ", zowe.show(port), ")"]) if {
	port := container.ports[0].containerPort
} else := ""
