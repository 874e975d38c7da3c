# METADATA
# title: At most one Gateway per LPAR
# description: |
#   Sysplex Distributor routes to one Gateway per LPAR, so only one Gateway can be started in
#   each LPAR of the Sysplex. Two instances on the same LPAR must not both enable it (error). Two
#   on the same host that name different LPARs likely name one LPAR wrongly (warning).
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, Known limitations: you can only start one Gateway in each LPAR within the Sysplex"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: we can only start one gateway in same LPAR"
# custom:
#   id: ZWE-HA-010
#   severity: error
#   other_severities:
#     warning: "when two instances with Gateways share a host but name different LPARs (inference: one host is one LPAR)"
#   confidence: documented
#   remediation: |
#     Keep the Gateway on one instance per LPAR and set `components.gateway.enabled: false`
#     (and, on Zowe v3, `components.zaas.enabled: false`) in the `haInstances` entries of the others.
package zowe_ha.rules.zowe.gateway_one_per_lpar

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

# Instances that start a Gateway, grouped by what must be unique: the LPAR and the host.
_gateways[i][kind][key] contains id if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.enabled(i, id, "gateway")
	some kind, key in {"LPAR": zowe.sysname(i, id), "host": zowe.hostname(i, id)}
}

# Reported on each instance after the first (by id), where the override belongs; a shared host
# is only worth a finding of its own when the instances claim different LPARs.
report contains zc.with_severity(zowe.at(i, ["haInstances", id, "components", "gateway", "enabled"], message), _severity[kind]) if {
	some i, kinds in _gateways
	some kind, keys in kinds
	some key, ids in keys
	count(ids) > 1
	first := min(ids)
	some id in ids
	id != first
	not _same_lpar(i, kind, first, id)
	message := concat("", ["instances ", first, " and ", id, " both start a Gateway on ", kind, " ", key, "; only one Gateway per LPAR can receive Sysplex Distributor traffic", _note[kind]])
}

_severity := {"LPAR": "error", "host": "warning"}

_note := {"LPAR": "", "host": " (inference: instances on one host run on one LPAR, although their sysnames differ)"}

_same_lpar(i, "host", a, b) if zowe.sysname(i, a) == zowe.sysname(i, b)
