# METADATA
# title: No LPAR-specific listen address in the shared configuration
# description: |
#   Zowe servers listen on all addresses (0.0.0.0) by default. A listen address or VIPA in the
#   shared `zowe.network.server` section applies to every instance, although an address belongs to
#   one LPAR's TCP/IP stack; `vipaIp` must not be used with several DVIPAs. Set such addresses per
#   instance in `haInstances`. That a shared address is wrong on the other LPARs is an inference.
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/address-network-requirements.md
#     description: "Zowe docs, Addressing network requirements: servers bind to 0.0.0.0 by default"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/schemas/zowe-yaml-schema.json
#     description: "zowe.yaml schema: zowe.network.server.listenAddresses; vipaIp is not for use with multiple DVIPAs"
# custom:
#   id: ZWE-HA-092
#   severity: warning
#   confidence: inference
#   remediation: |
#     Remove `zowe.network.server.listenAddresses` and `vipaIp` from the top level (or set
#     `listenAddresses: [0.0.0.0]`), and set LPAR-specific addresses in
#     `haInstances.<id>.zowe.network.server`.
package zowe_ha.rules.zowe.listen_address_not_lpar_specific

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_server := ["zowe", "network", "server"]

report contains zowe.at(i, path, message) if {
	some i, instances in zowe.ha_instances
	some key in ["listenAddresses", "vipaIp"]
	path := array.concat(_server, [key])
	value := zc.base(i, path)
	zc.given(value)
	not _any_address(value)
	not _templated(value)
	inheriting := {id | some id, _ in instances; zc.own(i, id, path) == zc.absent}
	count(inheriting) > 0
	message := concat("", ["zowe.network.server.", key, " ", zowe.show(value), " applies to instance(s) ", zc.few(inheriting), " on every LPAR, but an address belongs to one LPAR's TCP/IP stack; set it per instance in haInstances (inference)"])
}

_any_address(value) if value == ["0.0.0.0"]

_any_address(value) if value == []

_templated(value) if zowe.templated(value)

_templated(value) if {
	is_array(value)
	some item in value
	zowe.templated(item)
}
