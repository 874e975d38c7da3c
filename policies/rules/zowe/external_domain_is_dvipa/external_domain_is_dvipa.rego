# METADATA
# title: The first external domain is the DVIPA, not an LPAR host or localhost
# description: |
#   Clients, the external URLs of the Gateway and API Catalog, and the App Server's Gateway
#   address all use the first entry of `zowe.externalDomains`. In a Sysplex it must be the Sysplex
#   Distributor DVIPA name, which moves to another LPAR on failure; an LPAR's own host name fails
#   with that LPAR, and localhost reaches no Gateway from outside. Whether a name is the DVIPA
#   cannot be seen in the YAML: a name that is an instance's hostname and is named after that
#   instance or its system is taken to be the LPAR's host.
# related_resources:
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: in a Sysplex, zowe.externalDomains is the DVIPA domain name defined in Sysplex Distributor"
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, Configuring high availability: the App Server is reached through the Gateway at https://<dvipa-domain>:<external-port>"
#   - ref: https://github.com/zowe/zlux-app-server/blob/v3.x/master/defaults/serverConfig/defaults.yaml
#     description: "App Server defaults: the Gateway host is zowe.externalDomains[0]"
# custom:
#   id: ZWE-HA-016
#   severity: warning
#   confidence: heuristic
#   remediation: |
#     Put the Sysplex Distributor DVIPA host name first in `zowe.externalDomains`, for example
#     `externalDomains: [zowe.plex.example.com]`, and keep LPAR host names in `haInstances.<id>.hostname`.
package zowe_ha.rules.zowe.external_domain_is_dvipa

import data.zowe_ha.lib.zowe

_local := {"localhost", "localhost.localdomain", "127.0.0.1", "0.0.0.0", "::1"}

_path := ["zowe", "externalDomains", 0]

# The first external domain of each Sysplex configuration, normalised.
_first := {i: lower(trim_space(domain)) |
	some i, config in zowe.sysplex_configs
	domains := config.zowe.externalDomains
	is_array(domains)
	domain := domains[0]
	is_string(domain)
	not zowe.templated(domain)
}

report contains zowe.at(i, _path, message) if {
	some i, name in _first
	name in _local
	message := concat("", [
		"zowe.externalDomains[0] is ", name,
		", a local address: clients and the App Server reach the Gateway through the first external domain; ",
		"put the Sysplex Distributor DVIPA host name first",
	])
}

report contains zowe.at(i, _path, message) if {
	some i, name in _first
	not name in _local
	ids := {id |
		some id, _ in zowe.ha_instances[i]
		zowe.hostname(i, id) == name
		_named_after_instance(i, id, name)
	}
	count(ids) > 0
	id := min(ids) # one finding, naming the first instance on that host
	message := concat("", [
		"zowe.externalDomains[0] is ", name, ", the hostname of instance ", id,
		": clients and the App Server reach the Gateway through the first external domain, so it is likely an LPAR's host ",
		"rather than the Sysplex Distributor DVIPA name and fails with that LPAR; put the DVIPA host name first ",
		"(heuristic: the name is that of the instance or its system)",
	])
}

# The host is named after the instance or its system (the same test as ZWE-HA-007, which reports
# an instance hostname listed in zowe.externalDomains when it is not).
_named_after_instance(i, id, host) if {
	label := split(host, ".")[0]
	label in ({lower(id)} | {lower(s) | s := zowe.sysname(i, id)})
}
