# METADATA
# title: Discovery peer URLs are unique
# description: |
#   zwe builds one Discovery peer URL `https://<hostname>:<port>/eureka/` per instance that
#   enables Discovery. Two instances with the same hostname and Discovery port give the same URL:
#   zwe warns "Multiple haInstances refers to the same hostname" and keeps one, so the other
#   Discovery services are not peers of the rest. Reported once per URL, at the first instance
#   after the one zwe keeps.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "zwe getDiscoveryServiceUrlHa: a duplicate URL is skipped with the warning 'Multiple haInstances refers to the same hostname'"
# custom:
#   id: ZWE-HA-043
#   severity: warning
#   confidence: documented
#   remediation: |
#     Run Discovery on one instance per host, or give the other instance on that host its own
#     `haInstances.<id>.components.discovery.port`.
package zowe_ha.rules.zowe.discovery_urls_unique

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

# The Discovery peer URL of each instance that runs Discovery.
_urls := {i: {id: url |
	some id, _ in instances
	zowe.enabled(i, id, "discovery")
	hostname := zc.host(i, id)
	port := zc.port_number(zc.get(i, id, ["components", "discovery", "port"]))
	url := concat("", ["https://", hostname, ":", format_int(port, 10), "/eureka/"])
} |
	some i, instances in zowe.ha_instances
}

# Once per URL, at the first instance after the one zwe keeps (by id), naming the others.
report contains zowe.at(i, ["haInstances", id, "components", "discovery", "enabled"], message) if {
	some [i, url], ids in _instances_by_url
	count(ids) > 1
	first := min(ids)
	others := ids - {first}
	id := min(others)
	message := concat("", [
		"instances ", first, " and ", zc.few(others), " all give the Discovery peer URL ", url,
		"; zwe keeps one of them, so the Discovery service of ", _each(others), " not a peer of the others",
	])
}

_each(ids) := concat("", [min(ids), " is"]) if count(ids) == 1

else := concat("", ["each of ", zc.few(ids), " is"])

# _instances_by_url[[i, url]]: the instances of configuration i that give the URL (one pass, not a
# scan of every instance per instance).
_instances_by_url[[i, url]] contains id if {
	some i, urls in _urls
	some id, url in urls
}
