# METADATA
# title: Discovery runs on at least two LPARs
# description: |
#   Every API ML service registers with all Discovery services listed in the peer list that zwe
#   builds from the `haInstances` entries that enable Discovery (one
#   `https://<hostname>:<port>/eureka/` URL each). With Discovery on one LPAR or one host only,
#   losing it stops routing for the whole Sysplex. In single-service API ML mode
#   (`components.apiml`), Discovery runs inside the apiml component.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "zwe getDiscoveryServiceUrlHa: one Discovery URL per HA instance that enables Discovery, built from the instance hostname"
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, HA overview: Zowe instances on the LPARs of a Sysplex work together"
# custom:
#   id: ZWE-HA-040
#   severity: error
#   remediation: |
#     Enable `components.discovery` on at least one instance in each of two LPARs, with distinct
#     `haInstances.<id>.hostname` values.
package zowe_ha.rules.zowe.discovery_on_two_lpars

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

report contains finding if {
	some i in zc.multi_lpar
	not zc.any_unknown_enabled(i, ["discovery", "apiml"])
	lpars := zc.lpars_running(i, ["discovery", "apiml"])
	count(lpars) < 2
	message := concat("", ["Discovery runs on ", format_int(count(lpars), 10), " LPAR(s) (", zc.lpar_text(lpars), "); HA needs Discovery peers on at least 2 LPARs"])
	some finding in zc.too_few_lpars(i, "discovery", message)
}

# On 2 LPARs, but every peer URL names the same host.
report contains zowe.at(i, ["haInstances", id, "hostname"], message) if {
	some i in zc.multi_lpar
	count(zc.lpars_running(i, ["discovery", "apiml"])) >= 2
	ids := {id | some id, _ in zowe.ha_instances[i]; _runs(i, id)}
	hosts := {zc.host(i, id) | some id in ids}
	count(hosts) == 1
	some host in hosts
	some id in ids
	id != min(ids)
	message := concat("", ["Discovery runs on several LPARs, but every instance that runs it has hostname ", host, ", so all Discovery peer URLs point to one host"])
}

_runs(i, id) if zowe.enabled(i, id, "discovery")

_runs(i, id) if zowe.enabled(i, id, "apiml")
