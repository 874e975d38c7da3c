# METADATA
# title: HA instances span at least two LPARs
# description: |
#   High availability in a Sysplex means a Zowe instance started on every LPAR, so that the
#   instances on the other LPARs keep serving when one LPAR fails. Instances that all have the
#   same system name, or all the same host, run on one LPAR and go down together. Zowe allows
#   several instances on one LPAR (the Caching Service HA page names both layouts), so that they
#   do not survive an LPAR outage is an inference: a warning.
# related_resources:
#   - ref: https://docs.zowe.org/stable/getting-started/zowe-high-availability
#     description: "Zowe docs, High Availability: Zowe installed on every LPAR of a Parallel Sysplex and the instance on every LPAR started"
#   - ref: https://docs.zowe.org/v3.0.x/user-guide/configure-caching-service-ha
#     description: "Zowe docs (v3.0), Configuring the Caching Service for HA: the instances can be on the same LPAR or on different LPARs connected through Sysplex Distributor"
#   - ref: https://docs.zowe.org/stable/user-guide/configure-sysplex
#     description: "Zowe docs, Configuring Sysplex for high availability: Sysplex Distributor routes to the instances on several systems"
# custom:
#   id: ZWE-HA-004
#   severity: warning
#   confidence: inference
#   remediation: |
#     Define the `haInstances` entries on different LPARs: each with the `sysname` and `hostname` of
#     its own LPAR, at least two LPARs in all.
package zowe_ha.rules.zowe.instances_span_lpars

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

# The instances' system names and host names, where every instance has a usable one
# (ZWE-HA-002 reports missing ones; a template cannot be compared).
_names := {i: {"sysname": sysnames, "hostname": hostnames} |
	some i, instances in zowe.ha_instances
	count(instances) >= 2
	sysnames := {id: name | some id, _ in instances; name := _name(i, id, "sysname")}
	hostnames := {id: name | some id, _ in instances; name := _name(i, id, "hostname")}
}

_name(i, id, "sysname") := name if {
	not zowe.templated(zowe.ha_instances[i][id].sysname)
	name := zowe.sysname(i, id)
	name != ""
}

_name(i, id, "hostname") := name if {
	not zowe.templated(zowe.ha_instances[i][id].hostname)
	name := zowe.hostname(i, id)
	name != ""
}

# All instances are known to run on the one value of kind ("sysname" or "hostname").
_single(i, kind) := value if {
	by_id := _names[i][kind]
	count(by_id) == count(zowe.ha_instances[i])
	values := {v | some v in by_id}
	count(values) == 1
	some value in values
}

report contains zowe.at(i, ["haInstances"], message) if {
	some i, _ in _names
	lpar := _single(i, "sysname")
	instances := zowe.ha_instances[i]
	message := concat("", [
		"all ", format_int(count(instances), 10), " instances (", zc.few(object.keys(instances)),
		") run on LPAR ", lpar, ": an outage of that LPAR would stop every Zowe instance; ",
		"define instances on at least two LPARs of the Sysplex (inference: Zowe allows instances on one LPAR, but they fail together)",
	])
}

report contains zowe.at(i, ["haInstances"], message) if {
	some i, names in _names
	not _single(i, "sysname")
	host := _single(i, "hostname")
	instances := zowe.ha_instances[i]
	message := concat("", [
		"all ", format_int(count(instances), 10), " instances (", zc.few(object.keys(instances)),
		") use hostname ", host, _sysnames_note(names.sysname), ": they likely run on one host, ",
		"so an outage of it would stop every Zowe instance; give each instance the host name of its own LPAR (inference)",
	])
}

_sysnames_note(sysnames) := concat("", [" although their sysnames differ (", zc.few({s | some s in sysnames}), ")"]) if {
	count({s | some s in sysnames}) > 1
} else := ""
