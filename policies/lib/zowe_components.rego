# METADATA
# description: |
#   Helpers shared by the rules about components, ports, paths and per-instance settings: the
#   Zowe version, reads of the base and effective configuration that tell "absent" from null,
#   port numbers, the LPARs a component runs on, and where to report that it runs on too few.
package zowe_ha.lib.zowe_components

import data.zowe_ha.lib.zowe

# The Zowe major version of configuration i, whose defaults were merged in: 2 or 3 (the input's
# zoweVersion, else 3, for a configuration that does not say).
version_of(i) := 2 if {
	_version(i) in {2, "2", "v2"}
} else := 3

_version(i) := input.zowe[i].version

_version(i) := input.zoweVersion if not input.zowe[i].version

# A finding that depends on the configuration's version: when no file shows the version, the
# finding says which was assumed.
versioned(finding) := object.union(finding, {"versioned": true})

# What the reads below return for a path that does not exist (a YAML null is a real null).
absent := {"zowe_ha": "absent"}

# The value at path in instance id's effective configuration.
get(i, id, path) := object.get(zowe.effective[i][id], path, absent)

# The value at path from the root of configuration i, as written (the shared value).
base(i, path) := object.get(zowe.sysplex_configs[i], path, absent)

# The value at path that the section of instance id sets itself.
own(i, id, path) := object.get(instance, path, absent) if {
	instance := zowe.ha_instances[i][id]
	is_object(instance)
} else := absent

# The value is set: present, not null and not an empty (or blank) string.
given(value) if {
	value != absent
	value != null
	not _blank(value)
}

# The value is a mapping (the "absent" marker is not).
mapping(value) if {
	is_object(value)
	value != absent
}

_blank(value) if {
	is_string(value)
	trim_space(value) == ""
}

# A value given as text and compared without case (storage modes, providers, data set names).
norm(value) := lower(trim_space(value)) if is_string(value)

# A TCP port number from an integer or from a string of digits (zwe passes every value on as
# text, so "7553" and 7553 start the same server). Undefined for anything else.
port_number(value) := value if {
	is_number(value)
	value == floor(value)
}

port_number(value) := to_number(trim_space(value)) if {
	is_string(value)
	regex.match(`^\s*[0-9]{1,5}\s*$`, value)
}

# The instance's host name and LPAR (system name) when they are known: not templates.
host(i, id) := name if {
	name := zowe.hostname(i, id)
	not zowe.templated(name)
}

lpar(i, id) := name if {
	name := zowe.sysname(i, id)
	not zowe.templated(name)
}

# Sysplex configurations whose instances name at least 2 LPARs: rules that ask for a component on
# 2 LPARs are silent elsewhere, where ZWE-HA-001/004 already report the missing second LPAR, and
# when a system name is a template (the LPARs cannot be counted).
multi_lpar := {i |
	some i, instances in zowe.ha_instances
	count({lpar(i, id) | some id, _ in instances}) >= 2
	not _templated_sysname(i)
}

_templated_sysname(i) if {
	some id, _ in zowe.ha_instances[i]
	zowe.templated(zowe.sysname(i, id))
}

# Whether instance id runs component c is unknown: its enabled value is a template.
unknown_enabled(i, id, c) if zowe.templated(get(i, id, ["components", c, "enabled"]))

# Some instance of configuration i has a template for enabling one of the components.
any_unknown_enabled(i, components) if {
	some id, _ in zowe.ha_instances[i]
	some c in components
	unknown_enabled(i, id, c)
}

# Single-service ("modulith") API ML: components.apiml runs Gateway, Discovery, ZAAS, API Catalog
# and Caching Service in one address space (Zowe v3.3+ technical preview).
modulith(i, id) if zowe.enabled(i, id, "apiml")

# The LPARs on which any of the given components runs.
lpars_running(i, components) := {lpar(i, id) |
	some id, _ in zowe.ha_instances[i]
	some c in components
	zowe.enabled(i, id, c)
}

# Text for a set of LPARs in messages.
lpar_text(lpars) := "none" if count(lpars) == 0

lpar_text(lpars) := zowe.list(lpars) if count(lpars) > 0

# Where a component that runs on fewer than 2 LPARs (running: the LPARs where it runs) is reported:
# at the shared components.<c>.enabled when that does not enable it (or no instance disables it),
# otherwise once for each LPAR without it, at the first instance section (by id) there that
# disables it: enabling it there is the fix, and instances that share the LPAR need no finding each.
too_few_lpars(i, c, running, message) := {zowe.at(i, ["components", c, "enabled"], message)} if {
	not _disabled_per_instance(i, c)
} else := {zowe.at(i, ["haInstances", min(ids), "components", c, "enabled"], message) |
	some l in (lpars_of[i] - running)
	ids := disabling_on[[i, c, l]]
}

_disabled_per_instance(i, c) if {
	base(i, ["components", c, "enabled"]) == true
	some id, _ in zowe.ha_instances[i]
	_disables(own(i, id, ["components", c, "enabled"]))
}

_disables(value) if {
	value != absent
	value != true
}

# The LPARs of each configuration's instances.
lpars_of := {i: {l | some id, _ in instances; l := lpar(i, id)} | some i, instances in zowe.ha_instances}

# disabling_on[[i, c, lpar]]: the instances on the LPAR whose own section disables component c
# (one pass over the instances' own components, whatever the component).
disabling_on := {k: ids | some k, ids in _disabling_on}

_disabling_on[[i, c, l]] contains id if {
	some i, instances in zowe.ha_instances
	some id, instance in instances
	components := object.get(instance, "components", {})
	is_object(components)
	some c, component in components
	is_object(component)
	_disables(object.get(component, "enabled", absent))
	l := lpar(i, id)
}

# Why a path (a directory or file) is probably local to one LPAR rather than on the shared file
# system that every LPAR of the Sysplex mounts. Heuristics only: YAML cannot show what is shared.
local_path_problems(path) := {problem |
	is_string(path)
	some [pattern, problem] in _local_path_patterns
	regex.match(pattern, path)
}

_local_path_patterns := [
	[`^\s*[^/$~\s]`, "is a relative path, resolved against each instance's working directory"],
	[`^\s*~`, "is relative to a user's home directory"],
	[`^\s*/tmp(/|\s*$)`, "is under /tmp, which is per-system in a Sysplex shared file system (a symbolic link to $SYSNAME/tmp)"],
	[`^\s*/var(/|\s*$)`, "is under /var, which is per-system in a Sysplex shared file system (a symbolic link to $SYSNAME/var)"],
	[`^\s*/etc(/|\s*$)`, "is under /etc, which is per-system in a Sysplex shared file system (a symbolic link to $SYSNAME/etc)"],
	[`^\s*/dev(/|\s*$)`, "is under /dev, which is per-system in a Sysplex shared file system (a symbolic link to $SYSNAME/dev)"],
	[`(?i)&SYS(NAME|CLONE)\b|\$SYSNAME\b`, "names a per-system symbol (&SYSNAME, &SYSCLONE or $SYSNAME)"],
	[`^\s*\$\{\{.*(process\.env|os\.|zos\.)`, "is a template evaluated separately on each LPAR (it reads the environment or the host)"],
]

# Placeholder domains of Zowe's samples that a configuration may still hold: example-zowe.yaml's
# zowe.externalDomains.
placeholder_domains := {"sample-domain.com"}

# Adds a severity to a finding when the rule's severity depends on the case.
with_severity(finding, severity) := object.union(finding, {"severity": severity})

# Instances whose Caching Service stores its data in Infinispan, per configuration.
infinispan := {i: ids |
	some i, instances in zowe.ha_instances
	ids := {id |
		some id, _ in instances
		zowe.enabled(i, id, "caching-service")
		norm(get(i, id, ["components", "caching-service", "storage", "mode"])) == "infinispan"
	}
	count(ids) > 0
}

# The known host name of each instance, per configuration.
hosts := {i: {id: name |
	some id, _ in instances
	name := host(i, id)
} |
	some i, instances in zowe.ha_instances
}

# port_owners[[i, host, port]]: what listens on the port of the host in configuration i, as
# [id, component] for each enabled component with a port number (instances with a known host).
# Built in one pass and looked up by key: grouping the listeners of each host with a comprehension
# cost hosts x instances.
port_owners := {key: owners | some key, owners in _port_owners}

_port_owners[[i, name, port]] contains [id, c] if {
	some i, names in hosts
	some id, name in names
	components := get(i, id, ["components"])
	mapping(components)
	some c, component in components
	component.enabled == true
	port := port_number(component.port)
}

# A port given as an offset from the Gateway port ("+1", "-2"): the zowe.yaml reference documents
# it for several components, but zwe resolves no such offset.
port_offset(value) if {
	is_string(value)
	regex.match(`^\s*[+-][0-9]+\s*$`, value)
}

# Text for a set of names in messages, however large: the first three (by name) and how many more.
# min() picks them (a sort is quadratic in wasm).
few(names) := zowe.list(names) if {
	count(names) <= 4
} else := concat("", [a, ", ", b, ", ", c, " and ", format_int(count(names) - 3, 10), " more"]) if {
	a := min(names)
	b := min(names - {a})
	c := min(names - {a, b})
}

# The instances of configuration i on each LPAR, and whether instance id shares its LPAR.
instances_on := {k: ids | some k, ids in _instances_on}

_instances_on[[i, l]] contains id if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	l := lpar(i, id)
}

shares_lpar(i, id) if count(instances_on[[i, lpar(i, id)]]) > 1
