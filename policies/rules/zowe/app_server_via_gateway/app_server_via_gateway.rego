# METADATA
# title: The App Server is reached through the Gateway
# description: |
#   In HA the App Server (Desktop) must be reached through the Gateway at
#   `https://<DVIPA domain>:<external port>/zlux/ui/v1`, so that Sysplex Distributor and the
#   Gateways can route around a failed LPAR. The App Server registers with Discovery only when
#   `components.app-server.node.mediationLayer.enabled` is true, which ZLUX derives from the Gateway
#   and Discovery being enabled.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, HA overview: the App Server should be accessed through the Gateway with https://<dvipa-domain>:<external-port>/zlux/ui/v1"
#   - ref: https://github.com/zowe/zlux-app-server/blob/v3.x/staging/defaults/serverConfig/defaults.yaml
#     description: "App Server defaults: node.mediationLayer.enabled is components.gateway.enabled && components.discovery.enabled"
# custom:
#   id: ZWE-HA-060
#   severity: warning
#   confidence: documented
#   remediation: |
#     Remove `components.app-server.node.mediationLayer.enabled: false`; on an instance that runs
#     the App Server without Gateway or Discovery, set
#     `haInstances.<id>.components.app-server.node.mediationLayer.enabled: true` so that it
#     registers with the Discovery services of the other instances.
package zowe_ha.rules.zowe.app_server_via_gateway

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "app-server", "node", "mediationLayer", "enabled"]

_effect := "the App Server does not register with Discovery, so the Gateway cannot route /zlux/ui/v1 to it"

# Set to false.
report contains zowe.at_effective(i, id, _path, instance_message, shared_message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.enabled(i, id, "app-server")
	_false(zc.get(i, id, _path))
	instance_message := concat("", ["instance ", id, " sets components.app-server.node.mediationLayer.enabled to false: ", _effect])
	shared_message := concat("", ["components.app-server.node.mediationLayer.enabled is false: ", _effect])
}

# Not set, and derived false because the instance runs no Gateway or no Discovery.
report contains zowe.at(i, array.concat(["haInstances", id], _path), message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.enabled(i, id, "app-server")
	not zc.given(zc.get(i, id, _path))
	missing := {c |
		some c in ["gateway", "discovery"]
		not zowe.enabled(i, id, c)
		not zc.unknown_enabled(i, id, c)
	}
	count(missing) > 0
	message := concat("", ["instance ", id, " runs the App Server without ", concat(" and ", sort(missing)), ", so ZLUX derives node.mediationLayer.enabled false: ", _effect])
}

_false(value) if value == false

_false(value) if zc.norm(value) == "false"
