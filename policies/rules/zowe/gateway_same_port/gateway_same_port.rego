# METADATA
# title: All Gateways listen on the same port
# description: |
#   Sysplex Distributor distributes one port of the DVIPA (VIPADISTRIBUTE ... PORT) to the
#   Gateways of all LPARs, so every Gateway must listen on that port. A Gateway on another port
#   receives no traffic through the DVIPA, and after a failover clients reach no Gateway at all.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, Configuring high availability, known limitations: all Gateway instances must be started on the same port configured in Sysplex Distributor"
#   - ref: https://docs.zowe.org/stable/user-guide/configure-caching-service-ha
#     description: "Zowe docs, Caching Service for HA: the Gateways share one northbound port"
# custom:
#   id: ZWE-HA-012
#   severity: error
#   confidence: documented
#   remediation: |
#     Set `components.gateway.port` once at the top level, to the port Sysplex Distributor
#     distributes, and remove `components.gateway.port` from the `haInstances` entries that set
#     another value.
package zowe_ha.rules.zowe.gateway_same_port

import data.zowe_ha.lib.zowe

_path := ["components", "gateway", "port"]

# Instance id runs a Gateway: the Gateway itself, or single-service API ML (components.apiml),
# which listens on components.gateway.port.
_gateway(i, id) if zowe.enabled(i, id, "gateway")

_gateway(i, id) if zowe.enabled(i, id, "apiml")

# A port number from an integer or a string of digits (zwe passes values on as text).
_number(value) := value if {
	is_number(value)
	value == floor(value)
}

_number(value) := to_number(trim_space(value)) if {
	is_string(value)
	regex.match(`^\s*[0-9]{1,5}\s*$`, value)
}

# The Gateway port of every instance that runs a Gateway with a port number.
_ports := {i: {id: port |
	some id, _ in instances
	_gateway(i, id)
	port := _number(zowe.port(i, id, "gateway"))
} |
	some i, instances in zowe.ha_instances
}

# The port the others are compared with: the shared components.gateway.port when some Gateway
# inherits it (all that inherit it have the same port), otherwise the port of the first Gateway
# instance (by id).
_reference(i) := {"port": port, "text": concat("", ["components.gateway.port, used by the other Gateways, is ", zowe.show(port)])} if {
	some id, port in _ports[i]
	not zowe.overrides(i, id, _path)
} else := {"port": port, "text": concat("", ["instance ", first, " starts its Gateway on ", zowe.show(port)])} if {
	first := min(object.keys(_ports[i]))
	port := _ports[i][first]
}

report contains zowe.at(i, ["haInstances", id, "components", "gateway", "port"], message) if {
	some i, ports in _ports
	reference := _reference(i)
	some id, port in ports
	port != reference.port
	message := concat("", [
		"instance ", id, " starts its Gateway on port ", zowe.show(port), ", but ", reference.text,
		": all Gateways must listen on the one port Sysplex Distributor distributes; remove the override or use the same port",
	])
}

# A Gateway port that is not a port number (a list, null, a word): the Gateway cannot start.
report contains zowe.at_effective(i, id, _path, instance_message, shared_message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	_gateway(i, id)
	value := zowe.port(i, id, "gateway")
	not _number(value)
	not zowe.templated(value)
	problem := concat("", ["must be a port number, not ", _describe(value)])
	instance_message := concat("", ["components.gateway.port of instance ", id, " ", problem])
	shared_message := concat("", ["components.gateway.port ", problem])
}

_describe(value) := "null" if is_null(value)

_describe(value) := concat(" ", [type_name(value), json.marshal(value)]) if not is_null(value)
