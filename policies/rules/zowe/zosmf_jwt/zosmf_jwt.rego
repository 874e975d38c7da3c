# METADATA
# title: JWT with z/OSMF in HA
# description: |
#   When the Gateway authenticates with z/OSMF, tokens must stay valid when the z/OSMF DVIPA
#   moves to the backup server. That works with JWT enabled on all z/OSMF servers with the same
#   key alias; LTPA tokens (`jwtAutoconfiguration: ltpa`) are not the recommended HA setup. Zowe v3
#   defaults to `jwt`.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/wiki/Enable-JWT-function-on-zOSMF-HA-servers
#     description: "Zowe wiki, Enable JWT function on z/OSMF HA servers: enable JWT on all z/OSMF servers with the same key alias"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/files/defaults.yaml
#     description: "Zowe defaults (v3): components.gateway.apiml.security.auth.zosmf.jwtAutoconfiguration is jwt"
# custom:
#   id: ZWE-HA-072
#   severity: info
#   confidence: documented
#   remediation: |
#     Enable JWT on every z/OSMF server of the Sysplex with the same key alias and set
#     `components.gateway.apiml.security.auth.zosmf.jwtAutoconfiguration: jwt` (or `auto`).
package zowe_ha.rules.zowe.zosmf_jwt

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_auth := ["components", "gateway", "apiml", "security", "auth"]

_path := array.concat(_auth, ["zosmf", "jwtAutoconfiguration"])

report contains zowe.at_effective(i, id, _path, instance_message, shared_message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.enabled(i, id, "gateway")
	_zosmf_provider(i, id)
	zc.norm(zc.get(i, id, _path)) == "ltpa"
	instance_message := concat("", ["instance ", id, " uses LTPA tokens from z/OSMF; in HA enable JWT on all z/OSMF servers with the same key alias and set jwtAutoconfiguration to jwt"])
	shared_message := "the Gateway uses LTPA tokens from z/OSMF; in HA enable JWT on all z/OSMF servers with the same key alias and set jwtAutoconfiguration to jwt"
}

_zosmf_provider(i, id) if zc.norm(zc.get(i, id, array.concat(_auth, ["provider"]))) == "zosmf"

_zosmf_provider(i, id) if zc.get(i, id, array.concat(_auth, ["provider"])) == zc.absent
