# METADATA
# title: The Caching Service runs on at least two LPARs
# description: |
#   In HA the Caching Service holds the state that makes stateful components stateless (login
#   tokens, load-balancer and App Server state): Zowe's HA page says it is required. Without any
#   Caching Service that state is not shared at all (error). Running it on one LPAR only makes that
#   LPAR a single point of failure for every instance, which is an inference (warning). In
#   single-service API ML mode (`components.apiml`), the Caching Service runs inside the apiml
#   component.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, Configuring high availability: the Caching Service is required to turn stateful components into stateless ones"
#   - ref: https://docs.zowe.org/v2.18.x/user-guide/configure-caching-service-ha
#     description: "Zowe docs (v2.18), Configuring the Caching Service for HA: the Caching Service centralizes the state data in HA mode"
#   - ref: https://docs.zowe.org/v3.0.x/user-guide/configure-caching-service-ha
#     description: "Zowe docs (v3.0), Configuring the Caching Service for HA: the same"
# custom:
#   id: ZWE-HA-030
#   severity: error
#   other_severities:
#     warning: "when the Caching Service runs on one LPAR only (inference: a single point of failure)"
#   confidence: documented
#   remediation: |
#     Set `components.caching-service.enabled: true` and keep it enabled on at least one instance
#     in each of two LPARs (remove `components.caching-service.enabled: false` from those
#     `haInstances` entries).
package zowe_ha.rules.zowe.caching_on_two_lpars

import data.zowe_ha.lib.zowe_components as zc

report contains zc.with_severity(finding, _severity(count(lpars))) if {
	some i in zc.multi_lpar
	not zc.any_unknown_enabled(i, ["caching-service", "apiml"])
	lpars := zc.lpars_running(i, ["caching-service", "apiml"])
	count(lpars) < 2
	message := concat("", ["the Caching Service runs on ", format_int(count(lpars), 10), " LPAR(s) (", zc.lpar_text(lpars), "); ", _why(count(lpars))])
	some finding in zc.too_few_lpars(i, "caching-service", lpars, message)
}

_severity(0) := "error"

_severity(1) := "warning"

_why(0) := "Zowe's HA documentation requires a Caching Service to share state between the instances"

_why(1) := "run it on at least 2 LPARs so that shared state survives an LPAR outage (inference: one Caching Service is a single point of failure)"
