# METADATA
# title: Security settings are the same on all instances
# description: |
#   Behind the DVIPA the HA instances must behave as one Zowe: a client's next request may reach
#   another LPAR. Certificate verification, the authentication cookie name
#   (`apimlAuthenticationToken` plus `zowe.cookieIdentifier`, or a unique cookie), the RBAC profile
#   identifier and the authentication provider must therefore not differ per instance (an
#   inference from how requests are distributed).
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/api-mediation/configuration-unique-cookie-name-for-multiple-zowe-instances.md
#     description: "Zowe docs, unique cookie name for multiple Zowe instances: the cookie name is apimlAuthenticationToken with the cookie identifier appended"
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: verifyCertificates, cookieIdentifier and rbacProfileIdentifier are Zowe-wide settings"
# custom:
#   id: ZWE-HA-082
#   severity: warning
#   confidence: inference
#   remediation: |
#     Remove `zowe.verifyCertificates`, `zowe.cookieIdentifier`, `zowe.rbacProfileIdentifier` and
#     `components.gateway.apiml.security.auth.*` (provider, uniqueCookie) from the `haInstances`
#     entries and set them once at the top level.
package zowe_ha.rules.zowe.security_settings_consistent

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_paths := [
	["zowe", "verifyCertificates"],
	["zowe", "cookieIdentifier"],
	["zowe", "rbacProfileIdentifier"],
	["components", "gateway", "apiml", "security", "auth", "uniqueCookie"],
	["components", "gateway", "apiml", "security", "auth", "provider"],
]

report contains zowe.at(i, array.concat(["haInstances", id], path), message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	some path in _paths
	value := zc.own(i, id, path)
	value != zc.absent
	shared := zc.base(i, path)
	value != shared
	not zowe.templated(value)
	not zowe.templated(shared)
	message := concat("", ["instance ", id, " sets ", concat(".", path), " to ", zowe.show(value), " (shared value: ", _text(shared), "); a client's next request may reach another instance, so all instances need the same value (inference)"])
}

_text(value) := "not set" if value == zc.absent

_text(value) := zowe.show(value) if value != zc.absent
