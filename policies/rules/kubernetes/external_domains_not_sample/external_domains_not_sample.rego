# METADATA
# title: zowe.externalDomains names the host clients use, not the sample's localhost
# description: |
#   Zowe builds the URLs it hands out from the first of `zowe.externalDomains`, and Zowe's
#   documentation asks for the domains used to reach the Kubernetes cluster there. Zowe's sample
#   ConfigMap holds `localhost`, which fits a local cluster (Docker Desktop, port forwarding) only.
#   When the Gateway is exposed through a LoadBalancer Service, an Ingress or a Route, clients
#   reach it by another name, and URLs with localhost send them to their own machine. Whether the
#   cluster is a local one cannot be seen in the manifests, so this is a heuristic and a warning;
#   the host of an Ingress or Route is named in the message.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring Zowe containers: ZWE_EXTERNAL_HOSTS (zowe.externalDomains) should list the domains used to access the Kubernetes cluster; the Gateway is exposed by a LoadBalancer or NodePort Service, an Ingress or a Route"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/containers/kubernetes/samples/config-cm.yaml
#     description: "Zowe's sample ConfigMap zowe-config: externalDomains [localhost]"
#   - ref: https://github.com/zowe/zlux-app-server/blob/v3.x/master/defaults/serverConfig/defaults.yaml
#     description: "App Server defaults: the Gateway host is zowe.externalDomains[0]"
# custom:
#   id: ZWE-HA-K16
#   severity: warning
#   confidence: heuristic
#   remediation: |
#     Put the name clients use to reach the Gateway first in `zowe.externalDomains` of the
#     zowe.yaml in ConfigMap `zowe-config`: the host of the Ingress or Route, or the DNS name of
#     the load balancer (and add it to the certificate's SAN).
package zowe_ha.rules.kubernetes.external_domains_not_sample

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

_local := {"localhost", "localhost.localdomain", "127.0.0.1", "::1"}

# How clients reach the Gateway of each configuration, when not through a local address.
_exposure := {i: texts |
	some i, ss in k8s.gateway_services
	texts := {concat("", ["LoadBalancer ", k8s.describe(s)]) | some s in ss; input.kubernetes[s].spec.type == "LoadBalancer"} | {_route_text(r) | some r in object.get(k8s.gateway_routes, i, set())}
	count(texts) > 0
}

_route_text(r) := concat("", [k8s.describe(r), " (host ", concat(", ", sort(hosts)), ")"]) if {
	hosts := k8s.route_hosts(r)
	count(hosts) > 0
} else := k8s.describe(r)

report contains zowe.at(i, ["zowe", "externalDomains", n], message) if {
	some i, exposure in _exposure
	domains := input.zowe[i].config.zowe.externalDomains
	is_array(domains)
	some n, domain in domains
	is_string(domain)
	_local[lower(trim_space(domain))]
	message := concat("", [
		"zowe.externalDomains[", format_int(n, 10), "] is ", trim_space(domain), ", the value of Zowe's sample ConfigMap, in the zowe.yaml of ",
		k8s.describe(input.zowe[i].configMap), ", but the Gateway is exposed through ", concat(", ", sort(exposure)),
		": Zowe builds its URLs from the first external domain, so list the name clients use (heuristic: unless the cluster runs locally, ",
		"as on Docker Desktop)",
	])
}
