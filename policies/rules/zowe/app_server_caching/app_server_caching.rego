# METADATA
# title: The App Server keeps its state in the Caching Service
# description: |
#   The App Server stores session and storage-API data in the Caching Service only when
#   `node.mediationLayer.server.cachingService.enabled` is true, which ZLUX derives from the
#   mediation layer being enabled and `components.caching-service.enabled`. Otherwise the state
#   stays in the memory of one App Server and is lost when the client is routed to another LPAR.
# related_resources:
#   - ref: https://github.com/zowe/zlux-app-server/blob/v3.x/staging/defaults/serverConfig/defaults.yaml
#     description: "App Server defaults: cachingService.enabled is mediationLayer.enabled && components['caching-service'].enabled"
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, HA overview: the Caching Service is required to turn stateful components into stateless ones"
# custom:
#   id: ZWE-HA-061
#   severity: warning
#   confidence: documented
#   remediation: |
#     Remove `cachingService.enabled: false` from `components.app-server.node.mediationLayer`, and
#     run a Caching Service on the instances that run the App Server (or set
#     `haInstances.<id>.components.app-server.node.mediationLayer.server.cachingService.enabled: true`).
package zowe_ha.rules.zowe.app_server_caching

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_layer := ["components", "app-server", "node", "mediationLayer"]

_paths := [
	array.concat(_layer, ["server", "cachingService", "enabled"]),
	array.concat(_layer, ["cachingService", "enabled"]),
]

# Instances whose App Server registers with the mediation layer (ZWE-HA-060 reports the others).
_app_servers := {[i, id] |
	some i, instances in zowe.ha_instances
	count(zc.lpars_running(i, ["caching-service", "apiml"])) > 0
	some id, _ in instances
	zowe.enabled(i, id, "app-server")
	_mediation_layer(i, id)
}

_mediation_layer(i, id) if _true(zc.get(i, id, array.concat(_layer, ["enabled"])))

_mediation_layer(i, id) if {
	not zc.given(zc.get(i, id, array.concat(_layer, ["enabled"])))
	zowe.enabled(i, id, "gateway")
	zowe.enabled(i, id, "discovery")
}

# Set to false.
report contains zowe.at_effective(i, id, path, instance_message, shared_message) if {
	some [i, id] in _app_servers
	some path in _paths
	_false(zc.get(i, id, path))
	instance_message := concat("", ["instance ", id, " sets ", concat(".", path), " to false: its App Server keeps state in its own memory, which is lost when a client is routed to another LPAR"])
	shared_message := concat("", [concat(".", path), " is false: the App Servers keep state in their own memory, which is lost when a client is routed to another LPAR"])
}

# Not set, and derived false because the instance runs no Caching Service.
report contains zowe.at(i, array.concat(["haInstances", id], _paths[0]), message) if {
	some [i, id] in _app_servers
	every path in _paths {
		not zc.given(zc.get(i, id, path))
	}
	not zowe.enabled(i, id, "caching-service")
	not zc.unknown_enabled(i, id, "caching-service")
	not zc.modulith(i, id)
	message := concat("", ["instance ", id, " runs the App Server without a Caching Service, so ZLUX derives cachingService.enabled false: its state stays in its own memory and is lost when a client is routed to another LPAR"])
}

_true(value) if value == true

_true(value) if zc.norm(value) == "true"

_false(value) if value == false

_false(value) if zc.norm(value) == "false"
