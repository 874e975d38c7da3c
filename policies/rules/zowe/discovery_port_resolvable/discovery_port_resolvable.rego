# METADATA
# title: The Discovery port of every instance that runs Discovery is a port number
# description: |
#   zwe builds the Discovery peer list from each Discovery instance's hostname and
#   `components.discovery.port`, and stops with "Missing configuration of discovery port" when an
#   instance has none. The API ML schemas require an integer; port offsets such as "+1" appear in
#   the documentation but no resolver for them was found in zwe, so they are reported too.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "zwe getDiscoveryServiceUrlHa: exits when an instance that enables Discovery has no discovery port"
#   - ref: https://github.com/zowe/api-layer/blob/v3.x.x/schemas/discovery-schema.json
#     description: "Discovery component schema: port is an integer"
# custom:
#   id: ZWE-HA-041
#   severity: error
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
} else := ["error", concat("", ["is the offset ", trim_space(value), ": no resolver for port offsets was found in zwe (uncertain), so use the port number"])] if {
	is_string(value)
	regex.match(`^\s*[+-][0-9]+\s*$`, value)
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
