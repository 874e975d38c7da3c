# METADATA
# title: Infinispan initialHosts lists every Caching Service
# description: |
#   With several Caching Services on Infinispan, all cluster members must be listed in
#   `storage.infinispan.initialHosts` as `host[jgroups port]`. Without the setting, the Caching
#   Service of Zowe v2 and v3.0 joins a cluster of itself only, so the instances keep separate
#   data; a member missing from the list may not join the others.
# related_resources:
#   - ref: https://docs.zowe.org/stable/extend/extend-apiml/api-mediation-infinispan
#     description: "Zowe docs, Using Infinispan: with multiple Caching Service instances all cluster members must be specified in initialHosts as host[port]"
#   - ref: https://github.com/zowe/api-layer/blob/v3.x.x/caching-service-package/src/main/resources/bin/start.sh
#     description: "Caching Service start script (v3.0): initialHosts defaults to the instance itself"
#   - ref: https://github.com/zowe/api-layer/issues/4428
#     description: "API ML issue 4428: initialHosts should list all instances, including the local one"
# custom:
#   id: ZWE-HA-036
#   severity: error
#   remediation: |
#     Set `components.caching-service.storage.infinispan.initialHosts` to every Caching Service
#     instance as `hostname[jgroups port]`, comma-separated, for example
#     `lpar1.example.com[7600],lpar2.example.com[7600]`.
package zowe_ha.rules.zowe.infinispan_initial_hosts

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "caching-service", "storage", "infinispan", "initialHosts"]

# Configurations with at least 2 Caching Services on Infinispan.
_clusters := {i: ids |
	some i, ids in zc.infinispan
	count(ids) >= 2
}

# The members of each cluster: the entries that list them (host[jgroups port], with the instance
# hostname or jgroups.host) and the entry shown in messages.
_members := {i: {id: {"keys": keys, "shown": shown} |
	some id in ids
	port := format_int(zc.port_number(zc.get(i, id, _jgroups_port)), 10)
	keys := {concat("", [host, "[", port, "]"]) | some host in _hosts(i, id)}
	count(keys) > 0
	shown := concat("", [_shown_host(i, id, keys), "[", port, "]"])
} |
	some i, ids in _clusters
}

_jgroups_port := ["components", "caching-service", "storage", "infinispan", "jgroups", "port"]

_hosts(i, id) := {h | h := zc.host(i, id)} | {h |
	value := zc.get(i, id, ["components", "caching-service", "storage", "infinispan", "jgroups", "host"])
	is_string(value)
	not zowe.templated(value)
	h := zc.norm(value)
	h != ""
}

_unset(version) := "Zowe v2 then starts each Caching Service as a cluster of its own, so the instances do not share data" if {
	version == 2
} else := "Zowe v3.0 then starts each Caching Service as a cluster of its own, so the instances do not share data (later v3 releases may derive the list from the Discovery services)"

report contains zc.versioned(zowe.at_effective(i, id, _path, instance_message, shared_message)) if {
	some i, ids in _clusters
	some id in ids
	not zc.given(zc.get(i, id, _path))
	instance_message := concat("", ["instance ", id, " does not set storage.infinispan.initialHosts: ", _unset(zc.version_of(i))])
	shared_message := concat("", ["components.caching-service.storage.infinispan.initialHosts is not set: ", _unset(zc.version_of(i))])
}

report contains zowe.at_effective(i, id, _path, instance_message, shared_message) if {
	some i, ids in _clusters
	some id in ids
	text := _text(i, id)
	not regex.match(_list, text)
	some item in split(text, ",")
	trim_space(item) != ""
	not regex.match(_item, item)
	problem := concat("", ["entry \"", trim_space(item), "\" is not host[port]"])
	instance_message := concat("", ["instance ", id, ": storage.infinispan.initialHosts ", problem])
	shared_message := concat("", ["components.caching-service.storage.infinispan.initialHosts ", problem])
}

report contains zowe.at_effective(i, id, _path, instance_message, shared_message) if {
	some i, members in _members
	some id in _clusters[i]
	listed := _listed[i][_text(i, id)]
	some j, member in members
	j != id
	count(member.keys & listed) == 0
	missing := concat("", [member.shown, " (instance ", j, ")"])
	instance_message := concat("", ["instance ", id, ": storage.infinispan.initialHosts does not list ", missing, ", so that Caching Service may not join the same cluster"])
	shared_message := concat("", ["components.caching-service.storage.infinispan.initialHosts does not list ", missing, ", so that Caching Service may not join the same cluster"])
}

# initialHosts of an instance as one comma-separated text (zwe joins a list with commas), when it
# is set and holds no template.
_text(i, id) := text if {
	value := zc.get(i, id, _path)
	zc.given(value)
	text := _joined(value)
	not contains(text, "${{")
}

_joined(value) := value if is_string(value)

_joined(value) := concat(",", [zowe.show(item) | some item in value]) if is_array(value)

_joined(value) := zowe.show(value) if {
	not is_string(value)
	not is_array(value)
}

# A whole well-formed list, one well-formed entry, and the entries found in a text (parsed once
# per distinct text: regular expressions are costly in WebAssembly).
_list := `^\s*[^,\[\]\s]+\[[0-9]+\]\s*(,\s*[^,\[\]\s]+\[[0-9]+\]\s*)*,?\s*$`

_item := `^\s*[^,\[\]\s]+\[[0-9]+\]\s*$`

_listed := {i: {text: entries |
	some text in {_text(i, id) | some id in ids}
	entries := {concat("", [lower(match[1]), "[", format_int(to_number(match[2]), 10), "]"]) |
		some match in regex.find_all_string_submatch_n(`([^,\[\]\s]+)\[([0-9]+)\]`, text, -1)
	}
} |
	some i, ids in _clusters
}

_shown_host(i, id, _) := zc.host(i, id)

_shown_host(i, id, keys) := substring(min(keys), 0, indexof(min(keys), "[")) if not zc.host(i, id)
