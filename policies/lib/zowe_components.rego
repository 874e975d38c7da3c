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

# Where a component that runs on fewer than 2 LPARs is reported: at the shared
# components.<c>.enabled when that does not enable it (or no instance disables it), otherwise at
# each instance section that disables it.
too_few_lpars(i, c, message) := {zowe.at(i, ["components", c, "enabled"], message)} if {
	not _disabled_per_instance(i, c)
} else := {zowe.at(i, ["haInstances", id, "components", c, "enabled"], message) |
	some id in _disabling(i, c)
}

_disabled_per_instance(i, c) if {
	base(i, ["components", c, "enabled"]) == true
	count(_disabling(i, c)) > 0
}

_disabling(i, c) := {id |
	some id, _ in zowe.ha_instances[i]
	value := own(i, id, ["components", c, "enabled"])
	value != absent
	value != true
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

# The ports on which the enabled components of every instance listen, per configuration and host:
# [id, component, port] (instances with a known hostname and components with a port number).
listeners := {i: {name: {[id, c, port] |
	some id, other in names
	other == name
	components := get(i, id, ["components"])
	mapping(components)
	some c, component in components
	component.enabled == true
	port := port_number(component.port)
} |
	some name in {name | some _, name in names}
} |
	some i, names in hosts
}
