# METADATA
# title: The Caching Service runs on at least two LPARs
# description: |
#   In HA the Caching Service holds the state that makes stateful components stateless (login
#   tokens, load-balancer and App Server state). Running it on one LPAR only makes that LPAR a
#   single point of failure for every instance. In single-service API ML mode
#   (`components.apiml`), the Caching Service runs inside the apiml component.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, HA overview: the Caching Service is required to turn stateful components into stateless ones"
#   - ref: https://docs.zowe.org/stable/user-guide/configure-caching-service-ha
#     description: "Zowe docs, Configuring the Caching Service for HA: the Caching Service centralizes state data in HA mode"
# custom:
#   id: ZWE-HA-030
#   severity: error
#   remediation: |
#     Set `components.caching-service.enabled: true` and keep it enabled on at least one instance
#     in each of two LPARs (remove `components.caching-service.enabled: false` from those
#     `haInstances` entries).
package zowe_ha.rules.zowe.caching_on_two_lpars

import data.zowe_ha.lib.zowe_components as zc

report contains finding if {
	some i in zc.multi_lpar
	not zc.any_unknown_enabled(i, ["caching-service", "apiml"])
	lpars := zc.lpars_running(i, ["caching-service", "apiml"])
	count(lpars) < 2
	message := concat("", ["the Caching Service runs on ", format_int(count(lpars), 10), " LPAR(s) (", zc.lpar_text(lpars), "); HA needs it on at least 2 LPARs so that shared state survives an LPAR outage"])
	some finding in zc.too_few_lpars(i, "caching-service", message)
}
