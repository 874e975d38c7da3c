# METADATA
# title: The API Catalog runs on at least two LPARs
# description: |
#   When the API Catalog is used, an instance on one LPAR only makes the catalog unavailable
#   whenever that LPAR is down. Running it on at least two LPARs like the other API ML services is
#   an inference from Zowe's example HA configuration. In single-service API ML mode
#   (`components.apiml`), the catalog runs inside the apiml component. A configuration that runs
#   no API Catalog at all is not reported.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: api-catalog runs on the instances that run the other API ML services"
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, HA overview: Zowe instances on the LPARs of a Sysplex work together"
# custom:
#   id: ZWE-HA-044
#   severity: warning
#   confidence: inference
#   remediation: |
#     Enable `components.api-catalog` on at least one instance in each of two LPARs.
package zowe_ha.rules.zowe.api_catalog_on_two_lpars

import data.zowe_ha.lib.zowe_components as zc

report contains finding if {
	some i in zc.multi_lpar
	not zc.any_unknown_enabled(i, ["api-catalog", "apiml"])
	lpars := zc.lpars_running(i, ["api-catalog", "apiml"])
	count(lpars) == 1
	message := concat("", ["the API Catalog runs on 1 LPAR (", zc.lpar_text(lpars), "); run it on at least 2 LPARs so that it stays available during an LPAR outage (inference)"])
	some finding in zc.too_few_lpars(i, "api-catalog", lpars, message)
}
