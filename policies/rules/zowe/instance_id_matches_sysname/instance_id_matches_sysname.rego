# METADATA
# title: The only instance on an LPAR is named after the system
# description: |
#   When Zowe is started without an HA instance name (`zwe start` without `--ha-instance`, or
#   ZWESLSTC started without HAINST), zwe uses the system name of the LPAR, lower-cased, as the
#   instance id. Naming the only instance of an LPAR after its system name lets it start with its
#   own configuration either way; under any other name it must always be started with HAINST.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/config.ts
#     description: "config.ts sanitizeHaInstanceId: without HAINST the instance id is the system name, lower-cased"
#   - ref: https://docs.zowe.org/stable/user-guide/start-zowe-zos
#     description: "Zowe docs, Starting Zowe: the HA instance to start is given with --ha-instance / HAINST"
# custom:
#   id: ZWE-HA-008
#   severity: info
#   confidence: documented
#   remediation: |
#     Rename the instance to its LPAR's system name in lower case (for example `lpar1` for
#     `sysname: LPAR1`), or always start it with `--ha-instance <id>` (HAINST=<id>).
package zowe_ha.rules.zowe.instance_id_matches_sysname

import data.zowe_ha.lib.zowe

# _on_lpar[i][sysname]: the instances on each LPAR, for those with a usable sysname.
_on_lpar[i][sysname] contains id if {
	some i, instances in zowe.ha_instances
	some id, instance in instances
	not zowe.templated(instance.sysname)
	sysname := zowe.sysname(i, id)
	sysname != ""
}

report contains zowe.at(i, ["haInstances", id], message) if {
	some i, lpars in _on_lpar
	some sysname, ids in lpars
	count(ids) == 1
	some id in ids
	regex.match(`^[a-z0-9_]+$`, id) # otherwise ZWE-HA-003 reports the id
	regex.match(`^[A-Z0-9@#$]{1,8}$`, sysname) # otherwise ZWE-HA-006 reports the sysname
	expected := zowe.instance_id(sysname)
	id != expected
	message := concat("", [
		"instance ", id, " is the only instance on LPAR ", sysname, " but is not named ", expected,
		": started there without HAINST (zwe start without --ha-instance), zwe looks up haInstances.", expected,
		" instead; name the instance ", expected, " or always start it with HAINST=", id,
	])
}
