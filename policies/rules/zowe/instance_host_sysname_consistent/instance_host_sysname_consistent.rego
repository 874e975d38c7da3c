# METADATA
# title: Instance hostnames and sysnames agree
# description: |
#   An instance's `hostname` is the host of its LPAR (used for internal traffic) and its `sysname`
#   that LPAR's system name (used to route its start command). Instances on the same LPAR share
#   both, as lpar2a and lpar2b do in Zowe's example; the same sysname with different hosts, or the
#   same host with different sysnames, means that start routing and addressing likely point at
#   different systems.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/schemas/zowe-yaml-schema.json
#     description: "zowe.yaml schema: hostname is the instance's host for internal communication, sysname the system it runs on"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: instances lpar2a and lpar2b on one LPAR share both hostname and sysname"
# custom:
#   id: ZWE-HA-005
#   severity: warning
#   confidence: inference
#   remediation: |
#     Give instances on the same LPAR the same `sysname` and `hostname`, and instances on
#     different LPARs different ones: correct whichever of the two values names the wrong system.
package zowe_ha.rules.zowe.instance_host_sysname_consistent

import data.zowe_ha.lib.zowe

# Instances with a usable sysname and hostname (ZWE-HA-002 reports the others).
_named := {i: {id: {"sysname": s, "hostname": h} |
	some id, instance in instances
	s := zowe.sysname(i, id)
	h := zowe.hostname(i, id)
	s != ""
	h != ""
	not zowe.templated(instance.sysname)
	not zowe.templated(instance.hostname)
} |
	some i, instances in zowe.ha_instances
}

# _groups[i][kind][value]: the instances whose kind ("sysname" or "hostname") is value.
_groups[i][kind][value] contains id if {
	some i, named in _named
	some id, names in named
	some kind, value in names
}

_other := {"sysname": "hostname", "hostname": "sysname"}

# In a group sharing one value, the first instance (by id) is the reference; an instance whose
# other value differs from the reference's is reported at that other value.
report contains zowe.at(i, ["haInstances", id, other], message) if {
	some i, kinds in _groups
	some kind, values in kinds
	some value, ids in values
	count(ids) > 1
	other := _other[kind]
	first := min(ids)
	expected := _named[i][first][other]
	some id in ids
	actual := _named[i][id][other]
	actual != expected
	message := concat("", [
		"instance ", id, " has ", kind, " ", value, " like instance ", first, ", but ", other, " ", actual,
		" instead of ", expected, ": start routing (sysname) and addressing (hostname) likely point at different systems (inference)",
	])
}
