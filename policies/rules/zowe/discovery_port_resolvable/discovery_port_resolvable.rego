# METADATA
# title: The Discovery port of every instance that runs Discovery is a port number
# description: |
#   zwe builds the Discovery peer list from each Discovery instance's hostname and
#   `components.discovery.port`, and stops with "Missing configuration of discovery port" when an
#   instance has none (error); a value that is no port number at all cannot be used either
#   (error). The v3.0 zowe.yaml reference allows an offset from the Gateway port ("+1"), but zwe
#   puts the value into the peer URL as it is and no code of zwe resolves such offsets: a warning.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "zwe getDiscoveryServiceUrlHa: exits when an instance that enables Discovery has no discovery port"
#   - ref: https://github.com/zowe/api-layer/blob/v3.x.x/schemas/discovery-schema.json
#     description: "Discovery component schema: port is an integer"
#   - ref: https://docs.zowe.org/v3.0.x/appendix/zowe-yaml-configuration/
#     description: "Zowe docs (v3.0), zowe.yaml reference: components.discovery.port may be a port number or an offset \"+{offset}\" from the Gateway port"
# custom:
#   id: ZWE-HA-041
#   severity: error
#   other_severities:
#     warning: "when the port is a string of digits, or an offset from the Gateway port (\"+1\") that the v3.0 zowe.yaml reference documents but zwe does not resolve"
#   confidence: documented
#   remediation: |
#     Set `components.discovery.port` (and any `haInstances.<id>.components.discovery.port`) to an
#     integer port number, for example `7553`.
package zowe_ha.rules.zowe.discovery_port_resolvable

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "discovery", "port"]

report contains zc.with_severity(zowe.at_effective(i, id, _path, instance_message, shared_message), severity) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.enabled(i, id, "discovery")
	value := zc.get(i, id, _path)
	not zowe.templated(value)
	[severity, problem] := _problem(value)
	instance_message := concat("", ["instance ", id, " runs Discovery, but its components.discovery.port ", problem])
	shared_message := concat("", ["components.discovery.port ", problem])
}

_problem(value) := ["error", "is not set: zwe stops with \"Missing configuration of discovery port\""] if {
	not zc.given(value)
} else := ["warning", concat("", ["is the offset ", trim_space(value), " from the Gateway port: the zowe.yaml reference documents offsets, but zwe puts the value into the Discovery peer URLs as it is and resolves no offset, and the port cannot be checked for clashes; write the port number"])] if {
	zc.port_offset(value)
} else := ["error", concat("", [zowe.show(value), " is not a port number (1-65535)"])] if {
	not _valid(value)
} else := ["warning", concat("", ["is the string \"", trim_space(value), "\"; the Discovery schema requires an integer"])] if {
	is_string(value)
}

_valid(value) if {
	port := zc.port_number(value)
	port >= 1
	port <= 65535
}
