# METADATA
# title: zOSMF.host is the Sysplex-wide z/OSMF address
# description: |
#   In a Sysplex, z/OSMF runs in hot-standby behind its own DVIPA: every z/OSMF server uses the
#   DVIPA as HOSTNAME and the same HTTPS port. Zowe should reach z/OSMF through that DVIPA; a
#   `zOSMF.host` that names one LPAR's host (or localhost) makes every Gateway depend on that LPAR
#   for z/OSMF authentication. When the Gateway authenticates with z/OSMF (the default provider),
#   `zOSMF.host` and `zOSMF.port` must be set (documented for zwe init). Whether a name is a DVIPA
#   cannot be seen in zowe.yaml, so the host check is a heuristic, and all findings are warnings.
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/systemrequirements-zosmf-ha.md
#     description: "Zowe docs, z/OSMF HA requirements: hot-standby behind a DVIPA; HOSTNAME is the DVIPA for all instances, same HTTP_SSL_PORT"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: zOSMF.host is dvipa.my-company.com"
#   - ref: https://docs.zowe.org/v3.0.x/appendix/zwe_server_command_reference/zwe/init/zwe-init-certificate
#     description: "Zowe docs (v3.0), zwe init certificate: zOSMF.host and zOSMF.port are required if z/OSMF is the authentication service"
# custom:
#   id: ZWE-HA-070
#   severity: warning
#   confidence: heuristic
#   remediation: |
#     Set `zOSMF.host` to the host name of the z/OSMF DVIPA and `zOSMF.port` to the HTTPS port all
#     z/OSMF servers share (for example 443).
package zowe_ha.rules.zowe.zosmf_host_dvipa

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_local := {"localhost", "127.0.0.1", "::1", "0.0.0.0"}

_hint := " (heuristic: zowe.yaml cannot show which name is a DVIPA)"

report contains zowe.at(i, ["zOSMF", "host"], message) if {
	some i, _ in zowe.ha_instances
	host := _host(i)
	host in _local
	message := concat("", ["zOSMF.host ", host, " is the local host: each instance would use the z/OSMF of its own LPAR instead of the z/OSMF DVIPA"])
}

report contains zowe.at(i, ["zOSMF", "host"], message) if {
	some i, instances in zowe.ha_instances
	host := _host(i)
	owners := {id | some id, _ in instances; _same_host(host, zc.host(i, id))}
	count(owners) > 0
	message := concat("", ["zOSMF.host ", host, " is the host of instance(s) ", zc.few(owners), ": when that LPAR fails, z/OSMF authentication fails on every instance; use the z/OSMF DVIPA", _hint])
}

report contains zowe.at(i, ["zOSMF", key], message) if {
	some i, _ in zowe.ha_instances
	_zosmf_provider(i)
	some key in ["host", "port"]
	not zc.given(zc.base(i, ["zOSMF", key]))
	message := concat("", ["zOSMF.", key, " is not set, but the Gateway authenticates with z/OSMF; set it to the z/OSMF DVIPA ", key])
}

_host(i) := zc.norm(value) if {
	value := zc.base(i, ["zOSMF", "host"])
	zc.given(value)
	not zowe.templated(value)
}

_same_host(a, b) if a == b

# A short name and a fully qualified name of the same host.
_same_host(a, b) if {
	not contains(a, ".")
	a == split(b, ".")[0]
}

_same_host(a, b) if {
	not contains(b, ".")
	b == split(a, ".")[0]
}

_zosmf_provider(i) if zc.norm(zc.base(i, _provider)) == "zosmf"

_zosmf_provider(i) if zc.base(i, _provider) == zc.absent

_provider := ["components", "gateway", "apiml", "security", "auth", "provider"]
