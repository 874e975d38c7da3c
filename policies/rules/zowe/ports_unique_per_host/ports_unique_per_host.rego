# METADATA
# title: No two components on one host use the same port
# description: |
#   Zowe servers bind their ports on all addresses of their LPAR. Instances that share a host
#   (like lpar2a and lpar2b in Zowe's example) must give every component they both run a port of
#   its own, and within one instance no two enabled components may share a port (for example zaas
#   and jobs-api, both 7558 by default in v3). The JGroups ports of the Caching Service are
#   checked by ZWE-HA-038.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: lpar2a and lpar2b on the same host use different ports for every component they both run"
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/address-network-requirements.md
#     description: "Zowe docs, Addressing network requirements: the ports of each component; servers bind to 0.0.0.0 by default"
# custom:
#   id: ZWE-HA-050
#   severity: error
#   remediation: |
#     Give the component a free port in the `haInstances.<id>.components.<component>.port` of one of
#     the instances that share the host, or disable the component there.
package zowe_ha.rules.zowe.ports_unique_per_host

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

# Each listener after the first (by instance, then component) that uses a port already taken on
# its host.
_clashes := {[i, host, first, listener] |
	some i, hosts in zc.listeners
	some host, listeners in hosts

	# fewer distinct ports than listeners: only then look for the pairs
	count({port | some [_, _, port] in listeners}) < count(listeners)
	some listener in listeners
	same := {l | some l in listeners; l[2] == listener[2]}
	first := min(same)
	listener != first
}

# Another instance: reported in that instance's section, where its own port belongs.
report contains zowe.at(i, ["haInstances", id, "components", c, "port"], message) if {
	some [i, host, [first_id, first_c, _], [id, c, port]] in _clashes
	first_id != id
	message := concat("", [c, " of instance ", id, " and ", first_c, " of instance ", first_id, " both use port ", format_int(port, 10), " on host ", host])
}

# The same instance: reported where that instance's port of the component is set.
report contains zowe.at_effective(i, id, ["components", c, "port"], instance_message, shared_message) if {
	some [i, host, [id, first_c, _], [id, c, port]] in _clashes
	instance_message := concat("", [c, " and ", first_c, " of instance ", id, " both use port ", format_int(port, 10), " on host ", host])
	shared_message := concat("", [c, " and ", first_c, " both use port ", format_int(port, 10), " on every instance that runs both"])
}
