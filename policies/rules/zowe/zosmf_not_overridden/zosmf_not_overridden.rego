# METADATA
# title: z/OSMF settings are not overridden per instance
# description: |
#   z/OSMF in a Sysplex is one service behind one DVIPA, with one HTTPS port and one SAF prefix
#   (APPLID) on all its servers. A `zOSMF` section with other values in a `haInstances` entry
#   makes that instance use a different z/OSMF endpoint or APPLID than the others, which defeats
#   the shared z/OSMF (an inference from the z/OSMF HA requirements).
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/systemrequirements-zosmf-ha.md
#     description: "Zowe docs, z/OSMF HA requirements: the DVIPA as HOSTNAME, the same HTTPS port and the same SAF_PREFIX on all z/OSMF servers"
# custom:
#   id: ZWE-HA-071
#   severity: warning
#   confidence: inference
#   remediation: |
#     Remove `zOSMF` from the `haInstances` entries and set `zOSMF.host` (the z/OSMF DVIPA),
#     `zOSMF.port` and `zOSMF.applId` once at the top level.
package zowe_ha.rules.zowe.zosmf_not_overridden

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_end := "; all instances should use the one z/OSMF DVIPA, port and APPLID (inference from the z/OSMF HA requirements)"

report contains zowe.at(i, ["haInstances", id, "zOSMF", key], message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	own := zc.own(i, id, ["zOSMF"])
	zc.mapping(own)
	some key, value in own
	shared := zc.base(i, ["zOSMF", key])
	value != shared
	not zowe.templated(value)
	not zowe.templated(shared)
	message := concat("", ["instance ", id, " sets zOSMF.", key, " ", zowe.show(value), " (shared value: ", _text(shared), ")", _end])
}

report contains zowe.at(i, ["haInstances", id, "zOSMF"], message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	own := zc.own(i, id, ["zOSMF"])
	own != zc.absent
	not is_object(own)
	message := concat("", ["instance ", id, " replaces the zOSMF section with ", zowe.show(own), _end])
}

_text(value) := "not set" if value == zc.absent

_text(value) := zowe.show(value) if value != zc.absent
