# METADATA
# title: Instances on one LPAR have distinct job names and prefixes
# description: |
#   `zwe stop` stops an instance with `P <job name>` routed to its LPAR, which stops every job of
#   that name there, and TCP/IP port reservations and operator commands address Zowe's address
#   spaces by job name (`zowe.job.prefix` plus a component suffix). Two instances on one LPAR with
#   the same `zowe.job.name` or `zowe.job.prefix` cannot be told apart; Zowe's manual start example
#   uses a job name per instance. This is an inference from the zwe commands and the docs. As
#   `zwe start` passes the shared job name, an instance with a job name of its own is started with
#   JOBNAME=<its job name>, as in that example (ZWE-HA-090 does not report these overrides).
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/start-zowe-zos.md
#     description: "Zowe docs, Starting Zowe: the manual HA example starts each instance with its own JOBNAME"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/stop/index.ts
#     description: "zwe stop: issues P <job name> routed to the instance's system"
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/address-network-requirements.md
#     description: "Zowe docs, Addressing network requirements: TCP/IP PORT reservations by job name (zowe.job.prefix plus component suffix)"
# custom:
#   id: ZWE-HA-091
#   severity: warning
#   confidence: inference
#   remediation: |
#     Give each instance that shares an LPAR its own `haInstances.<id>.zowe.job.name` and
#     `zowe.job.prefix`, and start it with `JOBNAME=<its job name>`.
package zowe_ha.rules.zowe.job_names_per_lpar

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_defaults := {"name": "ZWE1SV", "prefix": "ZWE1"}

report contains zowe.at(i, ["haInstances", id, "zowe", "job", key], message) if {
	some [i, lpar, key, value], ids in _sharing
	count(ids) > 1
	first := min(ids)
	some id in ids
	id != first
	message := concat("", ["instances ", first, " and ", id, " on LPAR ", lpar, " both use zowe.job.", key, " ", value, "; stopping or addressing one of them by job name also hits the other: ", _fix(key, id), " (inference)"])
}

_fix("name", id) := concat("", [
	"give ", id, " its own haInstances.", id, ".zowe.job.name and start it with JOBNAME=<that name>, ",
	"since zwe start passes the shared job name",
])

_fix("prefix", id) := concat("", ["give ", id, " its own haInstances.", id, ".zowe.job.prefix"])

# _sharing[[i, lpar, key, value]]: the instances of configuration i on the LPAR whose job name
# (key "name") or prefix is value. Grouped in one pass: comparing every pair of instances made
# 1,000 instances take seconds.
_sharing[[i, lpar, key, value]] contains id if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	lpar := zc.lpar(i, id)
	some key, fallback in _defaults
	value := _job(i, id, key, fallback)
}

# The job name or prefix, upper-cased; the Zowe default when not set.
_job(i, id, key, fallback) := upper(trim_space(value)) if {
	value := zc.get(i, id, ["zowe", "job", key])
	is_string(value)
	zc.given(value)
	not zowe.templated(value)
} else := fallback if {
	not zc.given(zc.get(i, id, ["zowe", "job", key]))
}
