# METADATA
# title: zowe.workspaceDirectory is set
# description: |
#   Zowe keeps generated configuration and component state in the workspace directory, and in a
#   Sysplex all HA instances share this one directory. zwe refuses to start Zowe when
#   `zowe.workspaceDirectory` is missing or empty.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/internal/start/prepare/index.ts
#     description: "zwe start prepare stops with ZWEL0157E when zowe.workspaceDirectory is not defined"
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: zowe.workspaceDirectory is the path of the Zowe workspace directory"
# custom:
#   id: ZWE-HA-020
#   severity: error
#   confidence: documented
#   remediation: |
#     Set `zowe.workspaceDirectory` to an absolute path on the zFS that all LPARs of the Sysplex
#     share, for example `/global/zowe/workspace`.
package zowe_ha.rules.zowe.workspace_directory_set

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

report contains zowe.at(i, ["zowe", "workspaceDirectory"], message) if {
	some i, _ in zowe.sysplex_configs
	not zowe.misspelled(i, ["zowe", "workspaceDirectory"]) # ZWE-HA-101 reports the misspelt key instead
	problem := _problem(zc.base(i, ["zowe", "workspaceDirectory"]))
	message := concat("", ["zowe.workspaceDirectory ", problem, ": zwe start stops with ZWEL0157E, and all HA instances need one shared workspace directory"])
}

_problem(value) := "is not set" if {
	value == zc.absent
} else := "is empty" if {
	not zc.given(value)
} else := concat("", ["must be a path, not ", type_name(value)]) if {
	not is_string(value)
}
