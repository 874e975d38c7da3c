# METADATA
# title: HA instance ids are lower-case letters, digits and underscores
# description: |
#   zwe selects an instance by lower-casing the HA instance name (HAINST, or the system name when
#   none is given) and replacing every character other than a-z and 0-9 with `_`, then looking
#   up exactly that key under `haInstances`. A key with upper-case letters or other characters is
#   therefore never selected: the instance silently starts with the shared configuration only,
#   without its overrides. This follows from zwe's code (v2.18 and v3), not from a guess.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/config.ts
#     description: "config.ts sanitizeHaInstanceId: the instance name is lower-cased and sanitised (non-alphanumerics become _)"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "configmgr.ts makeHaConfig: the instance section is haInstances[<sanitised id>]; when there is none the shared configuration is used"
#   - ref: https://docs.zowe.org/stable/user-guide/start-zowe-zos
#     description: "Zowe docs, Starting Zowe: the HA instance name given with HAINST is case-insensitive"
# custom:
#   id: ZWE-HA-003
#   severity: error
#   confidence: documented
#   remediation: |
#     Rename the `haInstances` key to lower-case letters, digits and underscores, the form zwe looks
#     up (for example `LPAR-1` → `lpar_1`), and start the instance with that name.
package zowe_ha.rules.zowe.instance_id_format

import data.zowe_ha.lib.zowe

report contains zowe.at(i, ["haInstances", id], message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	not zowe.selectable(id)
	message := _message(id, zowe.instance_id(id), instances)
}

_message(id, _, _) := "an empty instance id can never be selected: zwe looks instances up by a non-empty HA instance name; give the instance a name of lower-case letters, digits and underscores" if {
	id == ""
}

_message(id, sanitized, instances) := concat("", [
	"instance id ", id, " is never used: zwe lower-cases the HA instance name and replaces characters other than a-z and 0-9 with _, ",
	"so HAINST=", id, " selects haInstances.", sanitized, " instead; merge this section into ", sanitized,
]) if {
	id != ""
	sanitized in object.keys(instances)
}

_message(id, sanitized, instances) := concat("", [
	"instance id ", id, " is never used: zwe lower-cases the HA instance name and replaces characters other than a-z and 0-9 with _, ",
	"so it looks up haInstances.", sanitized, ", which does not exist, and the instance starts with the shared configuration only; rename the key to ", sanitized,
]) if {
	id != ""
	not sanitized in object.keys(instances)
}
