# METADATA
# title: Instance sysname is a z/OS system name
# description: |
#   `zwe start` and `zwe stop` route the instance's operator command to its system with
#   `RO <sysname>`. A z/OS system name (&SYSNAME) is 1 to 8 characters A-Z, 0-9, @, # or $; a host
#   name or a longer value cannot name a system, so the command likely fails or runs on the wrong
#   LPAR.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/start/index.ts
#     description: "zwe start routes the start command with RO <haInstances.<id>.sysname>"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/stop/index.ts
#     description: "zwe stop routes the stop command to the instance's sysname"
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: sysname is the system name of the LPAR the instance runs on"
# custom:
#   id: ZWE-HA-006
#   severity: warning
#   confidence: inference
#   remediation: |
#     Set `haInstances.<id>.sysname` to the LPAR's system name (the value of &SYSNAME, for example
#     `LPAR1`), not its host name.
package zowe_ha.rules.zowe.sysname_valid

import data.zowe_ha.lib.zowe

report contains zowe.at(i, ["haInstances", id, "sysname"], message) if {
	some i, instances in zowe.ha_instances
	some id, instance in instances
	value := instance.sysname
	is_string(value)
	not zowe.templated(value)
	trim_space(value) != "" # empty: ZWE-HA-002
	not regex.match(`^[A-Z0-9@#$]{1,8}$`, upper(trim_space(value)))
	message := concat("", [
		"sysname ", value, " of instance ", id,
		" is likely not a z/OS system name (1 to 8 characters A-Z, 0-9, @, # or $): zwe routes the instance's start command with RO ",
		value, "; set it to the LPAR's &SYSNAME (inference: a system name has that form)",
	])
}
