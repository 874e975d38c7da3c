# METADATA
# title: The distributed load-balancer cache has a Caching Service
# description: |
#   With `components.gateway.apiml.loadBalancer.distribute: true` the Gateways share their
#   load-balancer cache through the Caching Service, which must therefore be running. (The
#   Gateways must also present the same certificate DN; see ZWE-HA-081.)
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/api-mediation/configuration-distributed-load-balancer-cache/
#     description: "Zowe docs, Distributing the load balancer cache: the Caching Service must be running; Gateways need the same certificate DN"
# custom:
#   id: ZWE-HA-084
#   severity: warning
#   confidence: documented
#   remediation: |
#     Enable `components.caching-service` on the instances (at least two LPARs), or remove
#     `components.gateway.apiml.loadBalancer.distribute: true`.
package zowe_ha.rules.zowe.distributed_lb_caching

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "gateway", "apiml", "loadBalancer", "distribute"]

report contains zowe.at_effective(i, id, _path, instance_message, shared_message) if {
	some i, instances in zowe.ha_instances
	count(zc.lpars_running(i, ["caching-service", "apiml"])) == 0
	not zc.any_unknown_enabled(i, ["caching-service", "apiml"])
	some id, _ in instances
	zowe.enabled(i, id, "gateway")
	_true(zc.get(i, id, _path))
	instance_message := concat("", ["instance ", id, " distributes the Gateway load-balancer cache, but no instance runs a Caching Service to hold it"])
	shared_message := "components.gateway.apiml.loadBalancer.distribute is true, but no instance runs a Caching Service to hold the distributed load-balancer cache"
}

_true(value) if value == true

_true(value) if zc.norm(value) == "true"
