# METADATA
# title: No two components on one host use the same port
# description: |
#   Zowe servers bind their ports on all addresses of their LPAR, and zwe checks at start that each
#   port is free. Instances that share a host (like lpar2a and lpar2b in Zowe's example) must give
#   every component they both run a port of its own, and within one instance no two enabled
#   components may share a port (for example zaas and jobs-api, both 7558 by default in v3). A
#   clash is reported once per port: at the first instance (by id) after the one that keeps it,
#   naming the others. A port written as an offset from the Gateway port ("+1"), which the v3.0
#   zowe.yaml reference documents but zwe does not resolve, cannot be checked and is reported as a
#   warning (for Discovery by ZWE-HA-041). The JGroups ports are checked by ZWE-HA-038.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/network.ts
#     description: "zwe isPortAvailable: at start each component port must be free (unless zowe.network.server.validatePortFree is false)"
#   - ref: https://docs.zowe.org/stable/user-guide/address-network-requirements/
#     description: "Zowe docs, Addressing network requirements: the port of each component; servers bind to 0.0.0.0 by default"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: lpar2a and lpar2b on the same host use different ports for every component they both run"
#   - ref: https://docs.zowe.org/v3.0.x/appendix/zowe-yaml-configuration/
#     description: "Zowe docs (v3.0), zowe.yaml reference: the ports of caching-service, app-server and zss may be given as an offset \"+{offset}\" from the Gateway port"
# custom:
#   id: ZWE-HA-050
#   severity: error
#   other_severities:
#     warning: "when a port is an offset from the Gateway port (\"+1\"), which zwe does not resolve, so that it cannot be checked"
#   confidence: documented
#   remediation: |
#     Give the component a free port in the `haInstances.<id>.components.<component>.port` of each
#     instance that shares the host with the instance keeping the port, or disable the component
#     there. Write ports as numbers, not as offsets.
package zowe_ha.rules.zowe.ports_unique_per_host

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

# Other instances on the port: one finding per port, at the first instance after the one that
# keeps it (the first by id), in that instance's section where its own port belongs.
report contains zowe.at(i, ["haInstances", id, "components", c, "port"], message) if {
	some [i, host, port], owners in zc.port_owners
	count(owners) > 1
	[first, first_c] := min(owners)
	moving := {o | some o in owners; o[0] != first}
	count(moving) > 0
	[id, c] := min(moving)
	message := concat("", [
		"port ", format_int(port, 10), " on host ", host, " is used by ", first_c, " of instance ", first,
		" and also by ", _owners_text(moving), ": instances on one host need a port of their own for each component",
	])
}

# Two components of the first instance on the port: where that instance's port of the component
# is set (once for all instances that inherit the clash from the shared values).
report contains zowe.at_effective(i, id, ["components", c, "port"], instance_message, shared_message) if {
	some [i, host, port], owners in zc.port_owners
	count(owners) > 1
	[id, first_c] := min(owners)
	some owner in owners
	owner[0] == id
	c := owner[1]
	c != first_c
	instance_message := concat("", [c, " and ", first_c, " of instance ", id, " both use port ", format_int(port, 10), " on host ", host])
	shared_message := concat("", [c, " and ", first_c, " both use port ", format_int(port, 10), " on every instance that runs both"])
}

# "discovery of instances b, c and 7 more", or each owner when the components differ.
_owners_text(owners) := concat("", [c, " of instance", _plural(ids), " ", zc.few(ids)]) if {
	components := {c | some [_, c] in owners}
	count(components) == 1
	some c in components
	ids := {id | some [id, _] in owners}
} else := zc.few({concat("", [c, " of instance ", id]) | some [id, c] in owners})

_plural(ids) := "s" if count(ids) > 1

else := ""

# A port written as an offset cannot be compared (Discovery's is reported by ZWE-HA-041).
report contains zc.with_severity(zowe.at_effective(i, id, path, instance_message, shared_message), "warning") if {
	some i, names in zc.hosts
	some id, host in names
	components := zc.get(i, id, ["components"])
	zc.mapping(components)
	some c, component in components
	c != "discovery"
	component.enabled == true
	zc.port_offset(component.port)
	path := ["components", c, "port"]
	problem := concat("", [
		"is the offset ", trim_space(component.port), " from the Gateway port: the zowe.yaml reference documents ",
		"offsets, but zwe does not resolve them, so this port cannot be checked for clashes",
	])
	instance_message := concat("", ["components.", c, ".port of instance ", id, " ", problem, " on host ", host, "; write the port number"])
	shared_message := concat("", ["components.", c, ".port ", problem, "; write the port number"])
}
