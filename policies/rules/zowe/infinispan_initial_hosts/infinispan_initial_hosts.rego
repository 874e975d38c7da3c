# METADATA
# title: Infinispan initialHosts lists every Caching Service
# description: |
#   With several Caching Services on Infinispan, Zowe's Infinispan page says all cluster members
#   must be listed in `storage.infinispan.initialHosts` as `host[jgroups port]`. Without the
#   setting, the Caching Service of Zowe v2 and v3.0 joins a cluster of itself only, so the
#   instances keep separate data (error), and an entry that is not `host[port]` is not read
#   (error). That a member missing from an instance's list may not join the others is an inference
#   (warning): the page also allows listing just the other member, and JGroups may learn of a
#   member through another.
# related_resources:
#   - ref: https://docs.zowe.org/v3.0.x/extend/extend-apiml/api-mediation-infinispan
#     description: "Zowe docs (v3.0), Using Infinispan: with multiple Caching Service instances all cluster members must be specified; initialHosts is host[port], a list of all the members or just the replica"
#   - ref: https://docs.zowe.org/v2.18.x/extend/extend-apiml/api-mediation-infinispan/
#     description: "Zowe docs (v2.18), Using Infinispan: the same"
#   - ref: https://github.com/zowe/api-layer/blob/v3.x.x/caching-service-package/src/main/resources/bin/start.sh
#     description: "Caching Service start script (v3.0): initialHosts defaults to the instance itself"
#   - ref: https://github.com/zowe/api-layer/issues/4428
#     description: "API ML issue 4428: initialHosts should list all instances, including the local one"
# custom:
#   id: ZWE-HA-036
#   severity: error
#   other_severities:
#     warning: "when an instance's list leaves out another member (inference: it may not join the same cluster)"
#   confidence: documented
#   remediation: |
#     Set `components.caching-service.storage.infinispan.initialHosts` to every Caching Service
#     instance as `hostname[jgroups port]`, comma-separated, for example
#     `lpar1.example.com[7600],lpar2.example.com[7600]`.
package zowe_ha.rules.zowe.infinispan_initial_hosts

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "caching-service", "storage", "infinispan", "initialHosts"]

_shared := "components.caching-service.storage.infinispan.initialHosts"

# Configurations with at least 2 Caching Services on Infinispan.
_clusters := {i: ids |
	some i, ids in zc.infinispan
	count(ids) >= 2
}

# The instances of each cluster that use the shared initialHosts (they do not set it themselves).
_inheriting := {i: {id | some id in ids; not zowe.overrides(i, id, _path)} | some i, ids in _clusters}

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

# Everything below is worked out once per distinct initialHosts text: most instances inherit the
# shared one. Checking every instance's list against every member made 400 instances take 2 s,
# and reading the shared list once per instance cost instances x list length.

# The shared initialHosts and the instances' own ones as comma-separated texts (zwe joins a list
# with commas): "" when it is not set, undefined when it holds a template.
_shared_texts := {i: text | some i, _ in _clusters; text := _value_text(zc.base(i, _path))}

_own_texts := {i: {id: text |
	some id in ids
	zowe.overrides(i, id, _path)
	text := _value_text(zc.own(i, id, _path))
} |
	some i, ids in _clusters
}

_value_text(value) := "" if {
	not zc.given(value)
} else := text if {
	text := _joined(value)
	not contains(text, "${{")
}

_joined(value) := value if is_string(value)

_joined(value) := concat(",", [zowe.show(item) | some item in value]) if is_array(value)

_joined(value) := zowe.show(value) if {
	not is_string(value)
	not is_array(value)
}

# Not set: once for the instances that inherit the shared value, and for each that sets its own.
report contains zc.versioned(zowe.at(i, _path, concat("", [_shared, " is not set: ", _unset(zc.version_of(i))]))) if {
	some i, inheriting in _inheriting
	count(inheriting) > 0
	_shared_texts[i] == ""
}

report contains zc.versioned(zowe.at_effective(i, id, _path, message, "")) if {
	some i, texts in _own_texts
	some id, text in texts
	text == ""
	message := concat("", ["instance ", id, " does not set storage.infinispan.initialHosts: ", _unset(zc.version_of(i))])
}

# A whole well-formed list, one well-formed entry, and the entries found in a text (regular
# expressions are costly in WebAssembly).
_list := `^\s*[^,\[\]\s]+\[[0-9]+\]\s*(,\s*[^,\[\]\s]+\[[0-9]+\]\s*)*,?\s*$`

_item := `^\s*[^,\[\]\s]+\[[0-9]+\]\s*$`

# _checked[i][text]: what is wrong with a text: its malformed entries, and the members it leaves out.
_checked := {i: {text: {"malformed": _malformed(text), "missing": _missing(members, _entries(text))} |
	some text in ({t | some _, t in _own_texts[i]} | {t | t := _shared_texts[i]})
	text != ""
} |
	some i, members in _members
}

_malformed(text) := set() if {
	regex.match(_list, text)
} else := {trim_space(item) | some item in split(text, ","); trim_space(item) != ""; not regex.match(_item, item)}

_entries(text) := {concat("", [lower(match[1]), "[", format_int(to_number(match[2]), 10), "]"]) |
	some match in regex.find_all_string_submatch_n(`([^,\[\]\s]+)\[([0-9]+)\]`, text, -1)
}

_missing(members, entries) := {j | some j, member in members; count(member.keys & entries) == 0}

# Shared and overriding lists: each problem once for the instances that inherit the shared list,
# and once for each instance with a list of its own.
_cases contains [i, text, "", inheriting] if {
	some i, inheriting in _inheriting
	count(inheriting) > 0
	text := _shared_texts[i]
	text != ""
}

_cases contains [i, text, id, {id}] if {
	some i, texts in _own_texts
	some id, text in texts
	text != ""
}

report contains _finding(i, id, concat("", ["entry \"", entry, "\" is not host[port]"])) if {
	some [i, text, id, _] in _cases
	some entry in _checked[i][text].malformed
}

report contains zc.with_severity(_finding(i, id, message), "warning") if {
	some [i, text, id, users] in _cases

	# an instance need not list itself
	missing := _checked[i][text].missing - _only(users)
	count(missing) > 0
	shown := {concat("", [_members[i][j].shown, " (instance ", j, ")"]) | some j in missing}
	message := concat("", [
		"does not list ", zc.few(shown), _so(count(missing)), " may not join the same cluster ",
		"(inference: Zowe's Infinispan page asks for every member in the list)",
	])
}

_only(users) := users if count(users) == 1

else := set()

_so(1) := ", so that Caching Service"

_so(n) := ", so those Caching Services" if n > 1

_finding(i, "", problem) := zowe.at(i, _path, concat("", [_shared, " ", problem]))

_finding(i, id, problem) := zowe.at_effective(i, id, _path, concat("", ["instance ", id, ": storage.infinispan.initialHosts ", problem]), "") if id != ""

_shown_host(i, id, _) := zc.host(i, id)

_shown_host(i, id, keys) := substring(min(keys), 0, indexof(min(keys), "[")) if not zc.host(i, id)
