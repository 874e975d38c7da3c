# METADATA
# title: configmgr is on when the configuration uses templates
# description: |
#   Templates (`${{ ... }}`), configurations split over several files (FILE(...) and PARMLIB(...)
#   lists) and the merge of Zowe's defaults are features of configmgr. With
#   `zowe.useConfigmgr: false` zwe passes template text on as it is, so instances start with
#   unresolved values.
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/configmgr-using.md
#     description: "Zowe docs, Using the configuration manager: templates, multiple configuration files and defaults are configmgr features"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/common.sh
#     description: "zwe check_configmgr_enabled: configmgr is used unless zowe.useConfigmgr is false"
# custom:
#   id: ZWE-HA-093
#   severity: info
#   confidence: documented
#   remediation: |
#     Remove `zowe.useConfigmgr: false` (configmgr is the default), or replace the templates with
#     literal values.
package zowe_ha.rules.zowe.configmgr_enabled

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

report contains zowe.at(i, ["zowe", "useConfigmgr"], message) if {
	some i, config in zowe.sysplex_configs
	_off(zc.base(i, ["zowe", "useConfigmgr"]))
	templates := {concat(".", [zowe.show(key) | some key in path]) |
		[path, value] := walk(config)
		zowe.templated(value)
		not _setup(path)
	}
	count(templates) > 0
	shown := array.slice(sort(templates), 0, 3)
	message := concat("", ["zowe.useConfigmgr is false, but the configuration uses templates (", concat(", ", shown), _more(templates), "); without configmgr zwe does not evaluate them"])
}

_off(value) if value == false

_off(value) if zc.norm(value) == "false"

# zowe.setup is read by zwe init only (and holds templates of Zowe's own defaults).
_setup(path) if {
	path[0] == "zowe"
	path[1] == "setup"
}

_more(templates) := "" if count(templates) <= 3

_more(templates) := concat("", [" and ", format_int(count(templates) - 3, 10), " more"]) if count(templates) > 3
