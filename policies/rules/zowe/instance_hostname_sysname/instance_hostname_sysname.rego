# METADATA
# title: Every HA instance has a hostname and a sysname
# description: |
#   Each `haInstances` entry names the LPAR it runs on: `hostname` is that LPAR's host for
#   internal communication (Discovery peers, service registration, Infinispan members) and
#   `sysname` its system name, to which `zwe start` routes the start command. The schema requires
#   both, and zwe refuses to start an HA configuration of several instances without a hostname.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/schemas/zowe-yaml-schema.json
#     description: "zowe.yaml schema: every haInstances entry requires hostname and sysname (strings)"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "configmgr.ts builds the Discovery peer list from each instance's hostname and exits when it is missing"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/start/index.ts
#     description: "zwe start routes the start command to the instance's system with RO <sysname>"
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: hostname and sysname of each HA instance"
# custom:
#   id: ZWE-HA-002
#   severity: error
#   confidence: documented
#   remediation: |
#     Give every `haInstances.<id>` entry a `hostname` (the host name of its LPAR, for example
#     `lpar1.example.com`) and a `sysname` (the LPAR's system name, for example `LPAR1`), both as
#     non-empty strings.
package zowe_ha.rules.zowe.instance_hostname_sysname

import data.zowe_ha.lib.zowe

_why := {
	"hostname": "the other instances reach this instance's services through it (Discovery peers, Infinispan members)",
	"sysname": "zwe start routes the instance's start command to this system (RO <sysname>)",
}

report contains zowe.at(i, ["haInstances", id], message) if {
	some i, instances in zowe.ha_instances
	some id, instance in instances
	not is_object(instance)
	message := concat("", [
		"haInstances.", id, " must be a mapping with hostname and sysname, not ",
		_describe(instance),
	])
}

report contains zowe.at(i, ["haInstances", id, key], message) if {
	some i, instances in zowe.ha_instances
	some id, instance in instances
	is_object(instance)
	some key, why in _why
	not key in object.keys(instance)
	not zowe.misspelled(i, ["haInstances", id, key]) # ZWE-HA-101 reports the misspelt key instead
	message := concat("", ["instance ", id, " has no ", key, ": ", why])
}

report contains zowe.at(i, ["haInstances", id, key], message) if {
	some i, instances in zowe.ha_instances
	some id, instance in instances
	is_object(instance)
	some key, why in _why
	key in object.keys(instance)
	problem := _problem(instance[key])
	message := concat("", [key, " of instance ", id, " ", problem, ": ", why])
}

_problem(value) := "is empty" if {
	is_string(value)
	trim_space(value) == ""
}

_problem(value) := "is empty (null)" if is_null(value)

_problem(value) := concat("", ["must be a string, not ", _describe(value)]) if {
	not is_string(value)
	not is_null(value)
}

_describe(value) := "null" if is_null(value)

_describe(value) := concat(" ", [type_name(value), json.marshal(value)]) if not is_null(value)
