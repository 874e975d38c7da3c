# METADATA
# title: Instance hostname is its LPAR's host, not the DVIPA or a local address
# description: |
#   `haInstances.<id>.hostname` is the host name of the instance's own LPAR, for internal
#   communication: zwe builds the Discovery Service peer URLs from it, every API ML service
#   registers under it and the Caching Service's Infinispan cluster binds to it. The Sysplex
#   Distributor DVIPA name (`zowe.externalDomains`) reaches whichever LPAR currently owns it, and
#   localhost reaches no other LPAR, so neither can address one particular instance.
# related_resources:
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: haInstances.<id>.hostname is the host name of the LPAR; zowe.externalDomains is the DVIPA domain name in a Sysplex"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/schemas/zowe-yaml-schema.json
#     description: "zowe.yaml schema: the instance hostname is for internal communications"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "configmgr.ts: the Discovery peer list is https://<haInstances.<id>.hostname>:<port>/eureka/ for every instance"
# custom:
#   id: ZWE-HA-007
#   severity: warning
#   confidence: documented
#   remediation: |
#     Set `haInstances.<id>.hostname` to the host name of the instance's own LPAR (for example
#     `lpar1.example.com`) and keep the DVIPA name in `zowe.externalDomains` only.
package zowe_ha.rules.zowe.instance_hostname_not_dvipa

import data.zowe_ha.lib.zowe

_local := {"localhost", "localhost.localdomain", "127.0.0.1", "0.0.0.0", "::1"}

# The external domains of each configuration, normalised (host names are case-insensitive).
_domains := {i: {lower(trim_space(d)) |
	some d in config.zowe.externalDomains
	is_string(d)
	not zowe.templated(d)
} |
	some i, config in zowe.sysplex_configs
	is_array(config.zowe.externalDomains)
}

report contains zowe.at(i, ["haInstances", id, "hostname"], message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	host := zowe.hostname(i, id)
	host in _local
	message := concat("", [
		"instance ", id, " has hostname ", host,
		", a local address: the other instances reach this instance's Discovery Service and Caching Service through it; ",
		"set it to the host name of the instance's LPAR",
	])
}

report contains zowe.at(i, ["haInstances", id, "hostname"], message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	host := zowe.hostname(i, id)
	host in _domains[i]
	not host in _local # reported above

	# A host named after the instance or its system is the LPAR's own: then zowe.externalDomains
	# is what is wrong (ZWE-HA-016), not the instance.
	not _named_after_instance(i, id, host)
	message := concat("", [
		"instance ", id, " has hostname ", host,
		", which zowe.externalDomains lists as an external (Sysplex Distributor DVIPA) name: ",
		"Discovery peer URLs, service registration and Infinispan members need the host of this instance's own LPAR, ",
		"not whichever LPAR owns the DVIPA; set hostname to the LPAR's host name (or, if ", host,
		" is that host, correct zowe.externalDomains instead)",
	])
}

_named_after_instance(i, id, host) if {
	label := split(host, ".")[0]
	label in ({lower(id)} | {lower(s) | s := zowe.sysname(i, id)})
}
