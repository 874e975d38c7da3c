# METADATA
# title: ZAAS runs on at least two LPARs (Zowe v3)
# description: |
#   In Zowe v3 the Gateway delegates authentication to the ZAAS component. Zowe's example HA
#   configuration disables ZAAS only together with the Gateway, so that every Gateway has a ZAAS
#   next to it. That a ZAAS on one LPAR only (or none) is a single point of failure for every
#   login is an inference from that example, so this is a warning. In single-service API ML mode
#   (`components.apiml`), ZAAS runs inside the apiml component.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml (v3): the instance that disables the Gateway also disables zaas"
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/address-network-requirements.md
#     description: "Zowe docs, Addressing network requirements: zaas listens on port 7558 in v3"
# custom:
#   id: ZWE-HA-042
#   severity: warning
#   confidence: inference
#   remediation: |
#     Enable `components.zaas` on at least one instance in each of two LPARs, on the instances that
#     run the Gateway.
package zowe_ha.rules.zowe.zaas_on_two_lpars

import data.zowe_ha.lib.zowe_components as zc

report contains zc.versioned(finding) if {
	some i in zc.multi_lpar
	zc.version_of(i) == 3
	not zc.any_unknown_enabled(i, ["zaas", "apiml"])
	lpars := zc.lpars_running(i, ["zaas", "apiml"])
	count(lpars) < 2
	message := concat("", ["ZAAS runs on ", format_int(count(lpars), 10), " LPAR(s) (", zc.lpar_text(lpars), "); in Zowe v3 the Gateways authenticate through ZAAS, so run it on at least 2 LPARs (inference from Zowe's example HA configuration: a single ZAAS LPAR is a single point of failure)"])
	some finding in zc.too_few_lpars(i, "zaas", lpars, message)
}
