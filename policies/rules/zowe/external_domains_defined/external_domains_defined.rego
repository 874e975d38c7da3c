# METADATA
# title: zowe.externalDomains lists the external host names
# description: |
#   `zowe.externalDomains` names the host(s) through which clients reach Zowe: in a Sysplex the
#   DVIPA name(s) defined in Sysplex Distributor. Its first entry builds the external URL that the
#   Gateway and API Catalog advertise and the Gateway address the App Server uses. The schema
#   requires a list of at least one unique host name. An entry that is still the placeholder of
#   Zowe's example-zowe.yaml (sample-domain.com) is a warning: when example-zowe.yaml is a lower
#   configuration layer, its list is merged in front of the others, so the placeholder becomes
#   the first external domain.
# related_resources:
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: zowe.externalDomains is the DVIPA domain name defined in Sysplex Distributor (several allowed)"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/schemas/zowe-yaml-schema.json
#     description: "zowe.yaml schema: externalDomains is an array of strings with minItems 1 and uniqueItems"
#   - ref: https://github.com/zowe/zlux-app-server/blob/v3.x/master/defaults/serverConfig/defaults.yaml
#     description: "App Server defaults: the Gateway host is zowe.externalDomains[0]"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: externalDomains holds the placeholder sample-domain.com, to be replaced by the domain used to access the Gateway"
#   - ref: https://github.com/zowe/zowe-common-c/blob/v3.x/staging/c/configmgr.c
#     description: "configmgr merges the layers with jsonMerge and concatenated arrays: a lower layer's list items come first"
# custom:
#   id: ZWE-HA-014
#   severity: error
#   other_severities:
#     warning: "when an entry is the placeholder domain of Zowe's example-zowe.yaml (sample-domain.com)"
#   confidence: documented
#   remediation: |
#     Set `zowe.externalDomains` to a list of the external host names, the Sysplex Distributor
#     DVIPA name first, for example `externalDomains: [zowe.plex.example.com]`, without empty or
#     repeated entries. Lists from several configuration files are concatenated when Zowe merges
#     them, so set the list in one file only.
package zowe_ha.rules.zowe.external_domains_defined

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["zowe", "externalDomains"]

_absent := {"zowe_ha": "absent"}

# Every zowe.yaml: the schema applies in containers too, where the list names the external host
# of the Gateway Service.
_domains := {i: object.get(entry.config, _path, _absent) | some i, entry in input.zowe}

report contains zowe.at(i, _path, message) if {
	some i, value in _domains
	not zowe.misspelled(i, _path) # ZWE-HA-101 reports the misspelt key instead
	message := _problem(value)
}

_problem(value) := "zowe.externalDomains is not set: Zowe builds its external URL from the first external domain, in a Sysplex the Sysplex Distributor DVIPA name" if {
	value == _absent
}

_problem(value) := "zowe.externalDomains is empty (null): list the external host names, in a Sysplex the Sysplex Distributor DVIPA name first" if {
	is_null(value)
}

_problem(value) := "zowe.externalDomains is an empty list: list the external host names, in a Sysplex the Sysplex Distributor DVIPA name first" if {
	value == []
}

_problem(value) := concat("", [
	"zowe.externalDomains must be a list of host names, not a string: write externalDomains: [", value, "]",
]) if {
	is_string(value)
	not zowe.templated(value)
}

_problem(value) := concat("", ["zowe.externalDomains must be a list of host names, not ", type_name(value), " ", json.marshal(value)]) if {
	not is_null(value)
	not is_string(value)
	not is_array(value)
	value != _absent
}

# Entries that are not host names.
report contains zowe.at(i, array.concat(_path, [n]), message) if {
	some i, domains in _domains
	is_array(domains)
	some n, domain in domains
	message := concat("", ["zowe.externalDomains[", format_int(n, 10), "] ", _entry_problem(domain)])
}

_entry_problem(domain) := "is empty: remove it or write the host name" if {
	is_string(domain)
	trim_space(domain) == ""
}

_entry_problem(domain) := "is empty (null): remove it or write the host name" if is_null(domain)

_entry_problem(domain) := concat("", ["must be a host name, not ", type_name(domain), " ", json.marshal(domain)]) if {
	not is_string(domain)
	not is_null(domain)
}

# A placeholder of Zowe's example-zowe.yaml, often from a lower configuration layer.
report contains object.union(zowe.at(i, array.concat(_path, [n]), message), {"severity": "warning"}) if {
	some i, domains in _domains
	is_array(domains)
	some n, domain in domains
	name := _name(domain)
	zc.placeholder_domains[name]
	message := concat("", [
		"zowe.externalDomains[", format_int(n, 10), "] is ", name, ", the placeholder of Zowe's example-zowe.yaml",
		_placeholder_effect(n), ": replace it by the domain clients use; if it comes from example-zowe.yaml as a lower ",
		"configuration layer, remove it there (lists of the layers are concatenated, lower layers first)",
	])
}

_placeholder_effect(0) := ", from which Zowe builds its external URL"

_placeholder_effect(n) := "" if n > 0

# Repeated entries (host names are case-insensitive), reported at each repetition.
report contains zowe.at(i, array.concat(_path, [n]), message) if {
	some [i, name], positions in _positions
	count(positions) > 1
	first := min(positions)
	some n in positions
	n != first
	message := concat("", [
		"zowe.externalDomains lists ", name, " again (first as entry ", format_int(first, 10),
		"): remove the repetition; lists from several configuration files are concatenated when Zowe merges them",
	])
}

# _positions[[i, name]]: where configuration i's list names a host. Built in one pass: looking
# up each entry's first occurrence in the list made a 10,000-entry list take 2.3 s.
_positions[[i, name]] contains n if {
	some i, domains in _domains
	is_array(domains)
	some n, domain in domains
	name := _name(domain)
	name != ""
}

# An entry as compared: lower-case host name, or "" for what is not compared (templates, non-strings).
_name(domain) := lower(trim_space(domain)) if {
	is_string(domain)
	not zowe.templated(domain)
} else := ""
