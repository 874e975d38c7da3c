# METADATA
# title: The workspace directory looks like a shared, absolute path
# description: |
#   All HA instances use one workspace directory, which must be on a zFS that every LPAR of the
#   Sysplex mounts. A relative path, a path under a per-system directory of the Sysplex shared
#   file system (/tmp, /var, /etc, /dev) or a path built from the system name gives each LPAR a
#   directory of its own. Whether a path is really shared cannot be seen in zowe.yaml, so this
#   check is a heuristic.
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/installandconfig.md
#     description: "Zowe docs, Planning the installation: the single HA workspace directory must be on a shared file system (zFS) that all LPARs in the Sysplex can access"
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/configure-sysplex.md
#     description: "Zowe docs, Configuring Sysplex for high availability: a USS shared file system is required"
# custom:
#   id: ZWE-HA-022
#   severity: warning
#   confidence: heuristic
#   remediation: |
#     Set `zowe.workspaceDirectory` to an absolute path on a zFS mounted by all LPARs, for
#     example `/global/zowe/workspace`, not under /tmp, /var, /etc or /dev and without system
#     symbols.
package zowe_ha.rules.zowe.workspace_path_shared

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

report contains zowe.at(i, ["zowe", "workspaceDirectory"], message) if {
	some i, _ in zowe.ha_instances
	path := zc.base(i, ["zowe", "workspaceDirectory"])
	some problem in zc.local_path_problems(path)
	message := concat("", ["zowe.workspaceDirectory ", trim_space(path), " ", problem, "; all HA instances need the same workspace directory on a zFS shared by every LPAR (heuristic: zowe.yaml cannot show whether a path is shared)"])
}
