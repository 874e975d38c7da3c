# METADATA
# title: JGroups ports are valid and do not collide on a host
# description: |
#   Each Caching Service on Infinispan binds a JGroups cluster port (default 7600) and a key
#   exchange port (default 7601) on its instance's host. Two instances on one host with the same
#   JGroups port, or a JGroups port equal to a port of a Zowe component on that host, cannot both
#   start. The key exchange server probes the next ports when its port is busy, so two equal key
#   exchange ports are only a warning. The collision logic is an inference from how the ports are
#   bound.
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/address-network-requirements.md
#     description: "Zowe docs, Addressing network requirements: Infinispan uses port 7600 (JGroups) and 7601 (key exchange; if busy, the next ports are tried)"
#   - ref: https://docs.zowe.org/stable/extend/extend-apiml/api-mediation-infinispan
#     description: "Zowe docs, Using Infinispan: jgroups.port, jgroups.host and jgroups.keyExchange.port of each Caching Service"
# custom:
#   id: ZWE-HA-038
#   severity: error
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
report contains zowe.at_effective(i, id, path, instance_message, shared_message) if {
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

# The JGroups ports each Infinispan member binds: [host, id, label, port].
_binds := {i: {[host, id, label, port] |
	some id in ids
	host := zc.host(i, id)
	some label, path in _ports
	port := zc.port_number(zc.get(i, id, path))
} |
	some i, ids in zc.infinispan
}

# The [host, port] pairs on which components listen, per configuration.
_listening := {i: {[host, port] | some host, listeners in hosts; some [_, _, port] in listeners} |
	some i, hosts in zc.listeners
}

# Two JGroups ports on one host: reported on the later of the two (by instance, then port kind).
report contains zc.with_severity(zowe.at_effective(i, id, _ports[label], message, message), severity) if {
	some [i, host, port], owners in _owners
	count(owners) > 1
	some [id, label] in owners
	some [first, first_label] in owners
	[first, first_label] < [id, label]
	message := concat("", [_owner(first, first_label), " and ", _owner(id, label), " both use port ", format_int(port, 10), " on host ", host])
	severity := _severity(first_label, label)
}

# _owners[[i, host, port]]: the [instance, port kind] pairs of configuration i that bind the port
# on the host. Grouped in one pass, so that only ports that clash are paired: pairing every port
# of a configuration with every other took 8.5 s for 1,000 instances.
_owners[[i, host, port]] contains [id, label] if {
	some i, binds in _binds
	some [host, id, label, port] in binds
}

_owner(id, label) := concat("", [label, " of instance ", id])

_severity(a, b) := "warning" if {
	a == _key_exchange
	b == _key_exchange
} else := "error"

# A JGroups port that a component on the same host listens on.
report contains zowe.at_effective(i, id, _ports[label], message, message) if {
	some i, binds in _binds
	common := _listening[i] & {[host, port] | some [host, _, _, port] in binds}
	some [host, port] in common
	some [bind_host, id, label, bind_port] in binds
	bind_host == host
	bind_port == port
	some [other, c, other_port] in zc.listeners[i][host]
	other_port == port
	message := concat("", [label, " ", format_int(port, 10), " of instance ", id, " is also the port of ", c, " on instance ", other, " (host ", host, ")"])
}
