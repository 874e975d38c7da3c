# METADATA
# title: AT-TLS is set the same way on all instances
# description: |
#   With AT-TLS the component start scripts switch the Discovery and service URLs to `http://` and
#   leave TLS to the TCP/IP stack. Instances that disagree on `zowe.network.server.tls.attls` or
#   `zowe.network.client.tls.attls` call each other with the wrong scheme, and registration and
#   routing between LPARs fail (an inference from the start scripts).
# related_resources:
#   - ref: https://github.com/zowe/api-layer/blob/v3.x.x/gateway-package/src/main/resources/bin/start.sh
#     description: "API ML start scripts: with AT-TLS enabled the Discovery and service URLs use http://"
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: zowe.network.server.tls.attls and zowe.network.client.tls.attls"
# custom:
#   id: ZWE-HA-083
#   severity: warning
#   confidence: inference
#   remediation: |
#     Set `zowe.network.server.tls.attls` and `zowe.network.client.tls.attls` once at the top level
#     and remove them from the `haInstances` entries, with an AT-TLS policy on every LPAR when true.
package zowe_ha.rules.zowe.attls_consistent

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_paths := [
	["zowe", "network", "server", "tls", "attls"],
	["zowe", "network", "client", "tls", "attls"],
]

report contains zowe.at(i, array.concat(["haInstances", id], path), message) if {
	some i, instances in zowe.ha_instances
	some path in _paths
	not zowe.templated(zc.base(i, path))
	shared := _on(zc.base(i, path))
	values := {id: _on(value) |
		some id, _ in instances
		value := zc.get(i, id, path)
		not zowe.templated(value)
	}

	# the instances disagree, so some of them use the shared value
	count({on | some on in values}) > 1
	some id, on in values
	on != shared
	others := {j | some j, other in values; other == shared}
	message := concat("", ["instance ", id, " sets ", concat(".", path), " to ", _text(on), " while ", _others(others), " ", _text(shared), "; instances that disagree on AT-TLS call each other with the wrong scheme (inference)"])
}

_on(value) if {
	value == true
} else if {
	zc.norm(value) == "true"
} else := false

_text(true) := "true"

_text(false) := "false"

_others(ids) := concat("", ["instance(s) ", zc.few(ids), " use"])
