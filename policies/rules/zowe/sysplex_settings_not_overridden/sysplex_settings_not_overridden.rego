# METADATA
# title: External domains and port are not overridden per instance
# description: |
#   `zowe.externalDomains` and `zowe.externalPort` describe the one entry point of the Sysplex:
#   the Sysplex Distributor DVIPA name and port shared by all instances. An instance that sets its
#   own values advertises other external URLs than the rest (the Gateway and API Catalog build
#   them from these keys), so clients are sent past the DVIPA or to a port that is not distributed.
#   Zowe's documentation describes these keys for the whole Sysplex, not per instance: that an
#   override is wrong is an inference.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/configure-sysplex
#     description: "Zowe docs, Configuring Sysplex for high availability: one DVIPA and one distributed port, equal to zowe.externalPort, for all instances"
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: in a Sysplex, externalDomains and externalPort are the DVIPA name and port defined in Sysplex Distributor"
# custom:
#   id: ZWE-HA-015
#   severity: warning
#   confidence: inference
#   remediation: |
#     Remove `zowe.externalDomains` and `zowe.externalPort` from the `haInstances` entries and set
#     them once at the top level.
package zowe_ha.rules.zowe.sysplex_settings_not_overridden

import data.zowe_ha.lib.zowe

report contains zowe.at(i, ["haInstances", id, "zowe", key], message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	some key in ["externalDomains", "externalPort"]
	zowe.overrides(i, id, ["zowe", key])
	value := instances[id].zowe[key]
	shared := object.get(zowe.sysplex_configs[i], ["zowe", key], null)
	message := _message(id, key, value, shared)
}

_message(id, key, value, shared) := concat("", [
	"instance ", id, " overrides zowe.", key, " with ", json.marshal(value), " (shared: ", json.marshal(shared),
	"): the external domains and port are the one Sysplex Distributor entry point of all instances, ",
	"and this instance would advertise other external URLs; remove the override (inference)",
]) if {
	value != shared
}

_message(id, key, value, shared) := concat("", [
	"instance ", id, " repeats zowe.", key, " (", json.marshal(value),
	"): the external domains and port are the one Sysplex Distributor entry point of all instances; ",
	"remove the override so that the instances cannot drift apart (inference)",
]) if {
	value == shared
}
