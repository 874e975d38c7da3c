# METADATA
# title: JGroups ports are valid and do not collide on a host
# description: |
#   Each Caching Service on Infinispan binds a JGroups cluster port (default 7600) and a key
#   exchange port (default 7601) on its instance's host. Two instances on one host with the same
#   JGroups port, or a JGroups port equal to a port of a Zowe component on that host, collide;
#   the key exchange server tries the next ports when its port is busy. That such a collision
#   stops a Caching Service from joining its cluster is an inference from how the ports are bound,
#   so these are warnings, reported once per port and host. A JGroups port that is not a port
#   number (1024-65535) is an error.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/address-network-requirements/
#     description: "Zowe docs, Addressing network requirements: Infinispan uses port 7600 (JGroups) and 7601 (key exchange; if busy, the next ports are tried)"
#   - ref: https://docs.zowe.org/v3.0.x/extend/extend-apiml/api-mediation-infinispan
#     description: "Zowe docs (v3.0), Using Infinispan: jgroups.port, jgroups.host and keyExchange.port of each Caching Service, used to synchronise the instances"
# custom:
#   id: ZWE-HA-038
#   severity: warning
#   other_severities:
#     error: "when a JGroups port is not a port number between 1024 and 65535"
#   confidence: inference
#   remediation: |
#     Give instances that share a host different
#     `components.caching-service.storage.infinispan.jgroups.port` and `jgroups.keyExchange.port`
#     values in their `haInstances` entries (ports 1024-65535 that no component uses), and list
#     them in `initialHosts`.
package zowe_ha.rules.zowe.jgroups_ports

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_ports := {
	"JGroups port": ["components", "caching-service", "storage", "infinispan", "jgroups", "port"],
	"JGroups key exchange port": ["components", "caching-service", "storage", "infinispan", "jgroups", "keyExchange", "port"],
}

_key_exchange := "JGroups key exchange port"

# Valid port numbers.
report contains zc.with_severity(zowe.at_effective(i, id, path, instance_message, shared_message), "error") if {
	some i, ids in zc.infinispan
	some id in ids
	some label, path in _ports
	value := zc.get(i, id, path)
	zc.given(value)
	not zowe.templated(value)
	not _valid(value)
	instance_message := concat("", ["instance ", id, ": ", label, " ", zowe.show(value), " is not a port number between 1024 and 65535"])
	shared_message := concat("", [label, " ", zowe.show(value), " is not a port number between 1024 and 65535"])
}

_valid(value) if {
	port := zc.port_number(value)
	port >= 1024
	port <= 65535
}

# _owners[[i, host, port]]: the [instance, port kind] pairs of configuration i that bind the port
# on the host, grouped in one pass.
_owners[[i, host, port]] contains [id, label] if {
	some i, ids in zc.infinispan
	some id in ids
	host := zc.host(i, id)
	some label, path in _ports
	port := zc.port_number(zc.get(i, id, path))
}

_inference := " (inference: JGroups binds its ports on the instance's host)"

# Other instances on the port: once per port, at the first instance after the one that keeps it.
report contains zowe.at(i, array.concat(["haInstances", id], _ports[label]), message) if {
	some [i, host, port], owners in _owners
	count(owners) > 1
	[first, first_label] := min(owners)
	moving := {o | some o in owners; o[0] != first}
	count(moving) > 0
	[id, label] := min(moving)
	message := concat("", [
		"port ", format_int(port, 10), " on host ", host, " is bound by the ", first_label, " of instance ", first,
		" and also by the ", _owners_text(moving), _probing(owners), _inference,
	])
}

# The first instance's JGroups port and key exchange port are the same.
report contains zowe.at_effective(i, id, _ports[label], instance_message, shared_message) if {
	some [i, host, port], owners in _owners
	count(owners) > 1
	[id, first_label] := min(owners)
	some owner in owners
	owner[0] == id
	label := owner[1]
	label != first_label
	instance_message := concat("", [first_label, " and ", label, " of instance ", id, " are both ", format_int(port, 10), " on host ", host, _inference])
	shared_message := concat("", [first_label, " and ", label, " are both ", format_int(port, 10), _inference])
}

# A JGroups port that a component on the same host listens on.
report contains zowe.at(i, array.concat(["haInstances", id], _ports[label]), message) if {
	some [i, host, port], owners in _owners
	components := zc.port_owners[[i, host, port]]
	[id, label] := min(owners)
	message := concat("", [
		"port ", format_int(port, 10), " on host ", host, " is the ", _owners_text(owners), " and also the port of ",
		zc.few({concat("", [c, " of instance ", other]) | some [other, c] in components}), _inference,
	])
}

# "JGroups port of instances b, c and 7 more", or each owner when the kinds differ.
_owners_text(owners) := concat("", [label, " of instance", _plural(ids), " ", zc.few(ids)]) if {
	labels := {label | some [_, label] in owners}
	count(labels) == 1
	some label in labels
	ids := {id | some [id, _] in owners}
} else := zc.few({concat("", [label, " of instance ", id]) | some [id, label] in owners})

_plural(ids) := "s" if count(ids) > 1

else := ""

# Key exchange servers probe the next ports when theirs is busy.
_probing(owners) := "; the key exchange server then tries the next ports, which must be free" if {
	every owner in owners {
		owner[1] == _key_exchange
	}
} else := ""
