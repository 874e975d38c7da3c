# METADATA
# title: The Gateway runs on at least two LPARs
# description: |
#   Sysplex Distributor sends the external traffic of the DVIPA to the Gateways: to the PREFERRED
#   system, and to a BACKUP system when the preferred one fails. With the Gateway started on a
#   single LPAR there is nothing to fail over to, so the whole of Zowe becomes unreachable when
#   that LPAR goes down.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/configure-sysplex
#     description: "Zowe docs, Configuring Sysplex for high availability: VIPADISTRIBUTE of the Gateway port to a PREFERRED and a BACKUP system"
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, Configuring high availability: Sysplex Distributor routes to one Gateway on each LPAR"
# custom:
#   id: ZWE-HA-011
#   severity: error
#   confidence: documented
#   remediation: |
#     Enable the Gateway (`components.gateway.enabled: true`, the default) on one instance of at
#     least two LPARs: remove `components.gateway.enabled: false` from their `haInstances` entries,
#     or set it to true at the top level.
package zowe_ha.rules.zowe.gateway_on_two_lpars

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "gateway", "enabled"]

# The instances' LPARs, for configurations where every instance names one (ZWE-HA-002 reports
# the others) and there are at least two LPARs (otherwise ZWE-HA-001/004 report).
_lpar := {i: lpar |
	some i, instances in zowe.ha_instances
	lpar := {id: s |
		some id, instance in instances
		not zowe.templated(instance.sysname)
		s := zowe.sysname(i, id)
		s != ""
	}
	count(lpar) == count(instances)
	count({s | some s in lpar}) >= 2
}

# Instance id runs a Gateway: the Gateway itself or single-service API ML (components.apiml,
# which serves the Gateway port), or may run one (an unresolved template, or no setting at all:
# Zowe's defaults enable the Gateway).
_gateway(i, id) if zowe.enabled(i, id, "gateway")

_gateway(i, id) if object.get(zowe.effective[i][id], _path, _absent) == _absent

_gateway(i, id) if zowe.enabled(i, id, "apiml")

_gateway(i, id) if {
	some c in ["gateway", "apiml"]
	zowe.templated(zowe.effective[i][id].components[c].enabled)
}

report contains finding if {
	some i, lpar in _lpar
	all := {s | some s in lpar}
	with_gateway := {s | some id, s in lpar; _gateway(i, id)}
	count(with_gateway) < 2
	summary := concat("", [
		"the Gateway runs on ", format_int(count(with_gateway), 10), " of the ", format_int(count(all), 10),
		" LPARs (", _text(with_gateway), " of ", zc.few(all), "): Sysplex Distributor needs a Gateway on at least two LPARs ",
		"to fail over to",
	])
	first_on := {s: min(ids) | some s, ids in _instances_on[i]}
	some missing in (all - with_gateway)
	id := first_on[missing]
	instance_message := concat("", [
		summary, "; instance ", id, " on LPAR ", missing, " sets components.gateway.enabled to ",
		_value(zowe.effective[i][id]), ": enable the Gateway here (on one instance per LPAR)",
	])
	shared_message := concat("", [
		summary, "; components.gateway.enabled is ", _value(zowe.sysplex_configs[i]),
		" for every instance that does not set it: enable it here, or on one instance per LPAR in haInstances",
	])
	finding := zowe.at_effective(i, id, _path, instance_message, shared_message)
}

_text(lpars) := "none" if count(lpars) == 0

_text(lpars) := zc.few(lpars) if count(lpars) > 0

# components.gateway.enabled of a configuration (shared or effective) as text. Only called for
# one that does not start the Gateway, but total so that both messages can always be built.
_value(config) := "nothing (it is not set)" if {
	object.get(config, _path, _absent) == _absent
} else := json.marshal(value) if {
	value := object.get(config, _path, _absent)
	is_boolean(value)
} else := concat("", [type_name(value), " ", json.marshal(value), ", which is not a boolean"]) if {
	value := object.get(config, _path, _absent)
}

_absent := {"zowe_ha": "absent"}

# _instances_on[i][s]: the instances of configuration i on LPAR s (one pass).
_instances_on[i][s] contains id if {
	some i, lpar in _lpar
	some id, s in lpar
}
