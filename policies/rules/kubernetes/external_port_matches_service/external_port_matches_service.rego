# METADATA
# title: zowe.externalPort is the port clients reach the Gateway Service on
# description: |
#   Zowe builds the URLs it hands out (API Catalog, Desktop, redirects) from `zowe.externalPort`.
#   In Kubernetes, Zowe's documentation says it must be the port exposed to the users: the port of
#   a LoadBalancer `gateway-service`, or the `nodePort` of a NodePort one when clients use it
#   directly. A LoadBalancer port other than `zowe.externalPort` is an error. With a NodePort
#   Service it is a warning, because clients may reach the Gateway through port forwarding on
#   another port, which the manifests cannot show. The Gateway Services are those of the
#   ConfigMap's namespace that select the gateway workload, and `gateway-service`; a ClusterIP
#   Service behind an Ingress or a Route is not checked (the port is the ingress controller's).
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring Zowe containers: zowe.externalPort must be the port exposed to end users; with a LoadBalancer gateway-service 7554, with a NodePort one used directly spec.ports[0].nodePort (default 32554), through port forwarding the forwarded port"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/containers/kubernetes/samples/gateway-service-np.yaml
#     description: "Zowe's NodePort gateway-service: port 7554, nodePort 32554"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: externalPort is the port used to access the Gateway, which in containers can differ from components.gateway.port"
# custom:
#   id: ZWE-HA-K15
#   severity: error
#   other_severities:
#     warning: "when the Gateway is exposed by a NodePort Service only (clients may use port forwarding)"
#   confidence: documented
#   remediation: |
#     Set `zowe.externalPort` in the zowe.yaml of ConfigMap `zowe-config` to the port clients use:
#     the `port` of a LoadBalancer `gateway-service`, or the `nodePort` of a NodePort one (32554 in
#     Zowe's sample), or change the Service's port to `zowe.externalPort`.
package zowe_ha.rules.kubernetes.external_port_matches_service

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

_path := ["zowe", "externalPort"]

# The ports each Gateway Service exposes to clients: [port, Service type, Service].
_exposed := {i: {[port, type, s] |
	some s in ss
	spec := input.kubernetes[s].spec
	type := spec.type
	field := _exposed_field[type]
	some p in spec.ports
	port := p[field]
	is_number(port)
} |
	some i, ss in k8s.gateway_services
}

report contains object.union(zowe.at(i, _path, message), {"severity": _severity(exposed)}) if {
	some i, exposed in _exposed
	count(exposed) > 0
	external := _number(object.get(input.zowe[i].config, _path, null))
	not _reached(external, exposed)
	message := concat("", [
		"zowe.externalPort is ", zowe.show(external), " in the zowe.yaml of ", k8s.describe(input.zowe[i].configMap),
		", but clients reach the Gateway on ", _ports_text(exposed), ": Zowe builds the URLs it hands out with ",
		"zowe.externalPort, so set it to the port clients use", _forwarding(exposed, external),
	])
}

_reached(external, exposed) if {
	some [port, _, _] in exposed
	port == external
}

# A port number from an integer or a string of digits; templates and other values are not checked.
_number(value) := value if {
	is_number(value)
	value == floor(value)
}

_number(value) := to_number(trim_space(value)) if {
	is_string(value)
	regex.match(`^\s*[0-9]{1,5}\s*$`, value)
}

_exposed_field := {"LoadBalancer": "port", "NodePort": "nodePort"}

_how := {"LoadBalancer": "the load balancer port", "NodePort": "the nodePort"}

_severity(exposed) := "error" if {
	some e in exposed
	e[1] == "LoadBalancer"
} else := "warning"

_ports_text(exposed) := concat(", ", sort([concat("", [zowe.show(port), " (", _how[type], " of ", k8s.describe(s), ")"]) | some [port, type, s] in exposed]))

_forwarding(exposed, external) := concat("", [" (unless clients reach it through port forwarding on port ", zowe.show(external), ")"]) if {
	_severity(exposed) == "warning"
} else := ""
