# METADATA
# description: |
#   The Zowe configurations of the model and what the rules derive from them: the HA instances
#   and each instance's effective configuration, computed as zwe's makeHaConfig does.
package zowe_ha.lib.zowe

# Sysplex configurations: a zowe.yaml of a z/OS deployment. A zowe.yaml embedded in a Kubernetes
# ConfigMap runs in containers, where haInstances means nothing and replicas come from Kubernetes.
sysplex_configs := {i: entry.config |
	some i, entry in input.zowe
	not entry.container
}

# The haInstances section of each Sysplex configuration that has one as a mapping.
ha_instances := {i: instances |
	some i, config in sysplex_configs
	instances := config.haInstances
	is_object(instances)
}

# effective[i][id] is what instance id of configuration i runs with: the instance section deep-merged
# over the configuration at the root (objects merge, scalars and arrays of the instance replace),
# without the instance's own hostname and sysname.
effective := {i: {id: merged |
	some id, instance in instances
	merged := _merge(sysplex_configs[i], instance)
} |
	some i, instances in ha_instances
}

_merge(config, instance) := object.remove(object.union(object.remove(config, ["haInstances"]), instance), ["hostname", "sysname"]) if {
	is_object(instance)
}

_merge(config, instance) := object.remove(config, ["haInstances"]) if {
	not is_object(instance)
}

# Component c is started by instance id of configuration i.
enabled(i, id, c) if effective[i][id].components[c].enabled == true

# The effective port of component c on instance id, when it is set.
port(i, id, c) := effective[i][id].components[c].port

# The instance's host and system name, normalised the way they are compared (host names are
# case-insensitive; z/OS system names are upper case).
hostname(i, id) := lower(trim_space(ha_instances[i][id].hostname)) if is_string(ha_instances[i][id].hostname)

sysname(i, id) := upper(trim_space(ha_instances[i][id].sysname)) if is_string(ha_instances[i][id].sysname)

# The LPARs (system names) on which component c runs.
lpars(i, c) := {sysname(i, id) | some id, _ in ha_instances[i]; enabled(i, id, c)}

# The instance section sets path (an array of keys) itself, rather than inheriting it.
overrides(i, id, path) if {
	instance := ha_instances[i][id]
	is_object(instance)
	object.get(instance, path, _absent) != _absent
}

_absent := {"zowe_ha": "absent"}

# value is an unresolved Zowe template ("${{ ... }}"): a rule that needs the value stays silent.
templated(value) if {
	is_string(value)
	startswith(trim_space(value), "${{")
}

# The haInstances key zwe looks up for an HA instance name (HAINST, or the system name when no
# instance is given): lower-cased, every character other than a-z and 0-9 replaced by "_"
# (zowe-install-packaging bin/libs/config.ts sanitizeHaInstanceId, bin/libs/string.ts sanitizeAlphanum).
instance_id(name) := concat("", [_sanitized(part[0]) |
	some part in regex.find_all_string_submatch_n(`[a-z0-9]+|[^a-z0-9]`, lower(name), -1)
])

_sanitized(part) := part if regex.match(`^[a-z0-9]+$`, part)

_sanitized(part) := "_" if not regex.match(`^[a-z0-9]+$`, part)

# zwe can select the haInstances key id: it is in the form instance_id gives every name (lower-case
# letters, digits and _, not empty). An instance under another key never starts with its section:
# ZWE-HA-003 reports it, and nothing runs on it.
selectable(id) if regex.match(`^[a-z0-9_]+$`, id)

# The key at path (from the root of configuration i) is missing because a key beside it is a
# misspelling of it: the finding about the misspelling says so (input.zowe[i].validation).
misspelled(i, path) if {
	some problem in input.zowe[i].validation
	problem.kind == "unknown-key"
	problem.missing == true
	problem.suggestion == path[count(path) - 1]
	array.slice(problem.path, 0, count(problem.path) - 1) == array.slice(path, 0, count(path) - 1)
}

# A finding about the configuration as written: path is a path from the document root.
at(i, path, message) := {"zowe": i, "path": path, "message": message}

# A finding about a value in an instance's effective configuration. When the instance sets it
# itself, the finding points at the override; otherwise at the shared value, reported once for
# all instances that inherit it (the report is a set, so identical findings collapse).
at_effective(i, id, path, instance_message, shared_message) := {
	"zowe": i,
	"instance": id,
	"path": path,
	"message": instance_message,
} if {
	overrides(i, id, path)
} else := at(i, path, shared_message)

# A short text form of any value for messages (sprintf is not native in wasm).
show(value) := value if is_string(value)

show(value) := json.marshal(value) if not is_string(value)

# Sorted, comma-separated text form of a set or array of strings.
list(values) := concat(", ", sort([show(v) | some v in values]))
