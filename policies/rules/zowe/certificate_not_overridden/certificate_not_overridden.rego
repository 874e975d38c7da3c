# METADATA
# title: Gateway and ZAAS certificates are not overridden per instance
# description: |
#   All Gateways behind the DVIPA act as one server: the distributed load-balancer cache requires
#   the same certificate DN on every Gateway, and the tokens one instance signs with its key must
#   be accepted by the others. A per-instance `zowe.certificate` or
#   `components.gateway|zaas.certificate` with other values breaks this (the token part is an
#   inference).
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/api-mediation/configuration-distributed-load-balancer-cache/
#     description: "Zowe docs, Distributing the load balancer cache: Gateway instances must have the same DN on the server certificate"
#   - ref: https://docs.zowe.org/stable/getting-started/zowe-security-authentication
#     description: "Zowe docs, Zowe authentication: API ML signs JWTs with the key from the Zowe keystore or key ring"
# custom:
#   id: ZWE-HA-081
#   severity: warning
#   confidence: inference
#   remediation: |
#     Remove `zowe.certificate`, `components.gateway.certificate` and
#     `components.zaas.certificate` from the `haInstances` entries and use one certificate (same
#     DN and key) for all instances, on the shared file system or in a key ring.
package zowe_ha.rules.zowe.certificate_not_overridden

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_paths := [
	["zowe", "certificate"],
	["components", "gateway", "certificate"],
	["components", "zaas", "certificate"],
]

report contains zowe.at(i, array.concat(["haInstances", id], path), message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	some path in _paths
	zc.own(i, id, path) != zc.absent
	zc.get(i, id, path) != zc.base(i, path)
	message := concat("", ["instance ", id, " uses its own ", concat(".", path), "; all Gateways behind the DVIPA need the same certificate DN, and tokens signed on one instance must verify on the others (inference)"])
}
