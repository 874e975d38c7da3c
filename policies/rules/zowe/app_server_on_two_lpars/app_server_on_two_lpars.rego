# METADATA
# title: The App Server runs on at least two LPARs
# description: |
#   When the App Server (Desktop) is used, running it on one LPAR only makes the Desktop
#   unavailable whenever that LPAR is down, although the Gateway on the other LPARs is still up.
#   This is an inference: Zowe's HA page routes the Desktop through the Gateways of every LPAR,
#   but Zowe's own example HA configuration runs the App Server on one LPAR. A configuration that
#   runs no App Server at all is not reported.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, HA overview: the App Server is accessed through the Gateway in HA"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: its HA instances run the App Server on lpar1 only (disabled on lpar2a and lpar2b)"
# custom:
#   id: ZWE-HA-063
#   severity: warning
#   confidence: inference
#   remediation: |
#     Enable `components.app-server` (with `components.zss`) on at least one instance in each of
#     two LPARs.
package zowe_ha.rules.zowe.app_server_on_two_lpars

import data.zowe_ha.lib.zowe_components as zc

report contains finding if {
	some i in zc.multi_lpar
	not zc.any_unknown_enabled(i, ["app-server"])
	lpars := zc.lpars_running(i, ["app-server"])
	count(lpars) == 1
	message := concat("", ["the App Server runs on 1 LPAR (", zc.lpar_text(lpars), "); run it on at least 2 LPARs so that the Desktop stays available during an LPAR outage (inference)"])
	some finding in zc.too_few_lpars(i, "app-server", lpars, message)
}
