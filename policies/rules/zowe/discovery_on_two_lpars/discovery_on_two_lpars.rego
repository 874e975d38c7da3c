# METADATA
# title: Discovery runs on at least two LPARs
# description: |
#   Every API ML service registers with all Discovery services listed in the peer list that zwe
#   builds from the `haInstances` entries that enable Discovery (one
#   `https://<hostname>:<port>/eureka/` URL each). With no instance running Discovery the list is
#   empty and no service can register (error). With Discovery on one LPAR or one host only,
#   losing it stops routing for the whole Sysplex, which is an inference (warning). In
#   single-service API ML mode (`components.apiml`), Discovery runs inside the apiml component.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "zwe getDiscoveryServiceUrlHa: one Discovery URL per HA instance that enables Discovery, built from the instance hostname"
#   - ref: https://docs.zowe.org/v2.9.x/user-guide/api-mediation/discovery-service-configuration
#     description: "Zowe docs, Discovery Service configuration: apiml.discovery.allPeersUrls, set from ZWE_DISCOVERY_SERVICES_LIST, lists the Discovery services of all instances"
# custom:
#   id: ZWE-HA-040
#   severity: error
#   other_severities:
#     warning: "when Discovery runs on one LPAR or one host only (inference: a single point of failure)"
#   confidence: documented
#   remediation: |
#     Enable `components.discovery` on at least one instance in each of two LPARs, with distinct
#     `haInstances.<id>.hostname` values.
package zowe_ha.rules.zowe.discovery_on_two_lpars

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

report contains zc.with_severity(finding, _severity(count(lpars))) if {
	some i in zc.multi_lpar
	not zc.any_unknown_enabled(i, ["discovery", "apiml"])
	lpars := zc.lpars_running(i, ["discovery", "apiml"])
	count(lpars) < 2
	message := concat("", ["Discovery runs on ", format_int(count(lpars), 10), " LPAR(s) (", zc.lpar_text(lpars), "); ", _why(count(lpars))])
	some finding in zc.too_few_lpars(i, "discovery", lpars, message)
}

_severity(0) := "error"

_severity(1) := "warning"

_why(0) := "zwe builds the Discovery peer list from the instances that run Discovery, so no service can register"

_why(1) := "HA needs Discovery peers on at least 2 LPARs (inference: one Discovery LPAR is a single point of failure)"

# On 2 LPARs, but every peer URL names the same host.
report contains zc.with_severity(zowe.at(i, ["haInstances", id, "hostname"], message), "warning") if {
	some i in zc.multi_lpar
	count(zc.lpars_running(i, ["discovery", "apiml"])) >= 2
	ids := {id | some id, _ in zowe.ha_instances[i]; _runs(i, id)}
	hosts := {zc.host(i, id) | some id in ids}
	count(hosts) == 1
	some host in hosts
	some id in ids
	id != min(ids)
	message := concat("", ["Discovery runs on several LPARs, but every instance that runs it has hostname ", host, ", so all Discovery peer URLs point to one host (inference: that host is a single point of failure)"])
}

_runs(i, id) if zowe.enabled(i, id, "discovery")

_runs(i, id) if zowe.enabled(i, id, "apiml")
