# METADATA
# title: zowe.job.name is not overridden per instance
# description: |
#   `zwe start` starts every instance with the shared `zowe.job.name` (JOBNAME=), while `zwe stop`
#   stops `haInstances.<id>.zowe.job.name` when an instance sets one. With a per-instance job name
#   the two commands disagree: the instance runs under the shared name, and `zwe stop` looks for
#   a job that does not exist, unless the operator always starts the instance with an explicit
#   JOBNAME=. This is an inference from the zwe commands' code. Instances that share an LPAR need
#   a job name each (ZWE-HA-091) and are started with JOBNAME=, as in Zowe's manual HA example:
#   their overrides are not reported here.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/start/index.ts
#     description: "zwe start: passes JOBNAME= from the shared zowe.job.name"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/stop/index.ts
#     description: "zwe stop: uses haInstances.<id>.zowe.job.name when set"
#   - ref: https://docs.zowe.org/stable/appendix/zwe_server_command_reference/zwe/zwe-start
#     description: "Zowe docs, zwe start: zowe.job.name is the job name passed to the START command"
# custom:
#   id: ZWE-HA-090
#   severity: warning
#   confidence: inference
#   remediation: |
#     Remove `zowe.job.name` from the `haInstances` entry of an instance that is alone on its LPAR,
#     or always start it with an explicit `JOBNAME=` (for example
#     `S ZWESLSTC,HAINST=lpar2,JOBNAME=ZWE2SV`).
package zowe_ha.rules.zowe.job_name_not_overridden

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["zowe", "job", "name"]

report contains zowe.at(i, array.concat(["haInstances", id], _path), message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	value := zc.own(i, id, _path)
	value != zc.absent
	not zc.shares_lpar(i, id)
	shared := zc.base(i, _path)
	value != shared
	not zowe.templated(value)
	not zowe.templated(shared)
	message := concat("", ["instance ", id, " sets zowe.job.name ", zowe.show(value), ", but zwe start uses the shared job name (", _text(shared), ") while zwe stop uses ", zowe.show(value), "; alone on its LPAR it needs no job name of its own: remove the override, or always start it with JOBNAME=", zowe.show(value), " (inference from zwe's code)"])
}

_text(value) := "default ZWE1SV" if value == zc.absent

_text(value) := zowe.show(value) if value != zc.absent
