# METADATA
# title: Workspace, runtime and extension directories are not overridden per instance
# description: |
#   Zowe's documentation says an HA configuration has only one workspace directory, on a shared
#   file system, and that all instances share it: a different `zowe.workspaceDirectory` in a
#   `haInstances` entry is an error. zwe also reads `zowe.runtimeDirectory` and
#   `zowe.extensionDirectory` from the shared configuration when it prepares an instance, so a
#   different value there is at best partly applied: an inference from zwe's code, so a warning.
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/installandconfig.md
#     description: "Zowe docs, Planning the installation: in HA there is only one workspace directory, on a shared file system that all LPARs in the Sysplex can access"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/internal/start/prepare/index.ts
#     description: "zwe start prepare reads the workspace, runtime and extension directories from the shared zowe section"
# custom:
#   id: ZWE-HA-021
#   severity: error
#   other_severities:
#     warning: "for zowe.runtimeDirectory and zowe.extensionDirectory (inference from zwe's code: only the single shared workspace directory is documented)"
#   confidence: documented
#   remediation: |
#     Remove `zowe.workspaceDirectory`, `zowe.runtimeDirectory` and `zowe.extensionDirectory` from
#     the `haInstances` entries and set them once at the top level, on the shared file system.
package zowe_ha.rules.zowe.shared_directories_not_overridden

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_why := {
	"workspaceDirectory": "an HA configuration has exactly one workspace directory, shared by all instances, and zwe start reads it from the shared configuration",
	"runtimeDirectory": "zwe start reads the runtime directory from the shared configuration, so the override is at best partly applied (inference from zwe's code)",
	"extensionDirectory": "zwe start reads the extension directory from the shared configuration, so the override is at best partly applied (inference from zwe's code)",
}

report contains zc.with_severity(zowe.at(i, ["haInstances", id, "zowe", key], message), _severity[key]) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	some key, why in _why
	value := zc.own(i, id, ["zowe", key])
	value != zc.absent
	shared := zc.base(i, ["zowe", key])
	not _same(value, shared)
	not zowe.templated(value)
	not zowe.templated(shared)
	message := concat("", ["instance ", id, " sets its own zowe.", key, " ", zowe.show(value), " (shared value: ", _text(shared), "); ", why])
}

_severity := {"workspaceDirectory": "error", "runtimeDirectory": "warning", "extensionDirectory": "warning"}

_same(a, b) if a == b

_same(a, b) if {
	is_string(a)
	is_string(b)
	trim_suffix(trim_space(a), "/") == trim_suffix(trim_space(b), "/")
}

_text(value) := "not set" if value == zc.absent

_text(value) := zowe.show(value) if value != zc.absent
