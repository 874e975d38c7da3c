# METADATA
# title: Every App Server has a ZSS on its own instance
# description: |
#   The App Server reaches its agent, ZSS, at the instance's own hostname
#   (`haInstances.<id>.hostname`) and `components.zss.port`. An instance that runs the App Server
#   without ZSS has no agent to talk to. Zowe's example disables the App Server and ZSS together.
# related_resources:
#   - ref: https://github.com/zowe/zlux-app-server/blob/v3.x/staging/defaults/serverConfig/defaults.yaml
#     description: "App Server defaults: the agent host is ZWE_haInstance_hostname and its port components.zss.port"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: app-server and zss are enabled or disabled together"
# custom:
#   id: ZWE-HA-062
#   severity: warning
#   confidence: documented
#   remediation: |
#     Enable `components.zss` on every instance that enables `components.app-server`, or disable
#     both there.
package zowe_ha.rules.zowe.app_server_local_zss

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "zss", "enabled"]

report contains zowe.at_effective(i, id, _path, instance_message, shared_message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.enabled(i, id, "app-server")
	not zowe.enabled(i, id, "zss")
	not zc.unknown_enabled(i, id, "zss")
	instance_message := concat("", ["instance ", id, " runs the App Server without ZSS; the App Server looks for ZSS at its own instance's hostname and components.zss.port"])
	shared_message := "the App Server runs without ZSS; the App Server looks for ZSS at its own instance's hostname and components.zss.port"
}
