# METADATA
# title: zowe.externalPort is the Gateway port
# description: |
#   In a Sysplex, `zowe.externalPort` is the DVIPA port that Sysplex Distributor distributes
#   (VIPADISTRIBUTE ... PORT) and that clients use in every external URL, and the Gateways must
#   listen on that same port. When the two differ, the distributed port reaches no Gateway, or the
#   URLs that Zowe hands out point at a port nobody serves. (In containers they may differ: a
#   Kubernetes Service maps the port, so containers are not checked.)
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/configure-sysplex
#     description: "Zowe docs, Configuring Sysplex for high availability: the distributed port is the Gateway port and must be the same as zowe.externalPort"
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: in a Sysplex, zowe.externalPort is the DVIPA port defined in Sysplex Distributor"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: externalPort is usually the same as components.gateway.port and may differ only e.g. in containers"
# custom:
#   id: ZWE-HA-013
#   severity: error
#   confidence: documented
#   remediation: |
#     Set `zowe.externalPort` and `components.gateway.port` to the same port, the one distributed
#     by Sysplex Distributor (7554 by default), and do not override either of them in `haInstances`.
package zowe_ha.rules.zowe.external_port_matches_gateway

import data.zowe_ha.lib.zowe

_external := ["zowe", "externalPort"]

_gateway_port := ["components", "gateway", "port"]

# A configuration (shared or an instance's effective one) runs a Gateway: the Gateway itself, or
# single-service API ML (components.apiml), which listens on components.gateway.port.
_gateway(config) if config.components.gateway.enabled == true

_gateway(config) if config.components.apiml.enabled == true

# A port number from an integer or a string of digits (zwe passes values on as text).
_number(value) := value if {
	is_number(value)
	value == floor(value)
}

_number(value) := to_number(trim_space(value)) if {
	is_string(value)
	regex.match(`^\s*[0-9]{1,5}\s*$`, value)
}

# The two ports of a configuration, when both are port numbers and they differ.
_mismatch(config) := [external, gateway] if {
	external := _number(config.zowe.externalPort)
	gateway := _number(config.components.gateway.port)
	external != gateway
}

_shared_message(external, gateway) := concat("", [
	"zowe.externalPort is ", zowe.show(external), " but the Gateway listens on ", zowe.show(gateway),
	" (components.gateway.port): in a Sysplex the external port is the port Sysplex Distributor distributes to the Gateways, ",
	"so both must be the same",
])

# Configurations with HA instances: each instance that runs a Gateway. When neither port is
# overridden the mismatch is in the shared values and is reported once at zowe.externalPort;
# otherwise at the instance's override (its Gateway port first).
report contains finding if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	config := zowe.effective[i][id]
	_gateway(config)
	[external, gateway] := _mismatch(config)
	path := _where(i, id)
	_reported_here(i, path)
	instance_message := concat("", [
		"instance ", id, " has zowe.externalPort ", zowe.show(external), " but its Gateway listens on ", zowe.show(gateway),
		": in a Sysplex the external port is the port Sysplex Distributor distributes to the Gateways, so both must be the same",
	])
	finding := zowe.at_effective(i, id, path, instance_message, _shared_message(external, gateway))
}

_where(i, id) := _gateway_port if zowe.overrides(i, id, _gateway_port)

_where(i, id) := _external if not zowe.overrides(i, id, _gateway_port)

# A Gateway port override is reported here only while all Gateways agree on their port;
# otherwise ZWE-HA-012 reports the override that differs, and its fix settles this one.
_reported_here(_, path) if path == _external

_reported_here(i, path) if {
	path == _gateway_port
	count({port |
		some id, _ in zowe.ha_instances[i]
		config := zowe.effective[i][id]
		_gateway(config)
		port := _number(config.components.gateway.port)
	}) == 1
}

# Sysplex configurations without HA instances: the shared values.
report contains zowe.at(i, _external, _shared_message(external, gateway)) if {
	some i, config in zowe.sysplex_configs
	not zowe.ha_instances[i]
	_gateway(config)
	[external, gateway] := _mismatch(config)
}

# zowe.externalPort that is not a port number (a list, null, a word).
report contains zowe.at(i, _external, concat("", ["zowe.externalPort must be a port number, not ", _describe(value)])) if {
	some i, config in zowe.sysplex_configs
	value := object.get(config, _external, 0)
	_bad(value)
}

report contains zowe.at(i, ["haInstances", id, "zowe", "externalPort"], message) if {
	some i, instances in zowe.ha_instances
	some id, instance in instances
	zowe.overrides(i, id, _external)
	value := instance.zowe.externalPort
	_bad(value)
	message := concat("", ["zowe.externalPort of instance ", id, " must be a port number, not ", _describe(value)])
}

_bad(value) if {
	not _number(value)
	not zowe.templated(value)
}

_describe(value) := "null" if is_null(value)

_describe(value) := concat(" ", [type_name(value), json.marshal(value)]) if not is_null(value)
