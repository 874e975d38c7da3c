# METADATA
# title: The configuration passes Zowe's own schemas
# description: |
#   With `zowe.schemas` in .zowe-ha-policy.yaml (for example a Zowe runtime's `schemas/` folder,
#   and components' schema folders), every configuration is validated against Zowe's own JSON
#   schemas the way configmgr validates it when zwe starts: the base schema always, a component's
#   schema while the component is enabled. A configuration that fails does not start. Problems the
#   bundled rules already report (ZWE-HA-100 to ZWE-HA-102, and the keys other rules judge) are
#   not repeated.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/configmgr-using
#     description: "Zowe docs, Using the configuration manager: validation against the JSON schemas of Zowe and of each component"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "getConfig: a configuration that fails schema validation stops zwe (exit 1)"
# custom:
#   id: ZWE-HA-103
#   severity: error
#   other_severities:
#     warning: "for a component's schema while the component is not enabled, and with zowe.useConfigmgr: false"
#   confidence: documented
#   remediation: |
#     Change the value or key the message names as the schema requires.
package zowe_ha.rules.zowe.zowe_schemas

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_validation as zv

report contains zv.finding(i, problem, message) if {
	some [i, problem] in zv.problems
	problem.kind == "schema"
	not _reported_elsewhere(i, problem.path)
	message := concat("", [zv.text(problem.path), " ", problem.message, " (Zowe's schema ", problem.file, "): ", zv.consequence(i, problem)])
}

# A bundled rule already reports a problem at this key.
_reported_elsewhere(i, path) if {
	some [j, other] in zv.problems
	j == i
	other.kind != "schema"
	other.path == path
}

# A required key missing because of a misspelling, which ZWE-HA-101 reports.
_reported_elsewhere(i, path) if zowe.misspelled(i, path)

# Keys other rules judge: HA instances' hostname and sysname (ZWE-HA-002), zowe.externalDomains
# (ZWE-HA-014) and zowe.workspaceDirectory (ZWE-HA-020).
_reported_elsewhere(i, ["haInstances", _, key]) if {
	not input.zowe[i].container
	key in {"hostname", "sysname"}
}

_reported_elsewhere(_, path) if array.slice(path, 0, 2) == ["zowe", "externalDomains"]

_reported_elsewhere(i, ["zowe", "workspaceDirectory"]) if not input.zowe[i].container
