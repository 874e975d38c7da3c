# METADATA
# title: Each Infinispan member has its own persistence directories (Zowe v2)
# description: |
#   Each Caching Service on Infinispan persists its data and index files in
#   `storage.infinispan.persistence.dataLocation` and `indexLocation`. In Zowe v2, HA instances on
#   the same (shared) file system need a different value each (the v2.18 Infinispan page), and
#   before 2.18.4 every instance that does not set them uses the same
#   `<workspace>/caching-service/data` and `index` directories. Zowe v3 is not checked: its API ML
#   keeps each instance's data under `<workspace>/caching-service/<instance id>` whatever the
#   setting, and the v3.0 Infinispan page says the value should be the same for each instance.
# related_resources:
#   - ref: https://docs.zowe.org/v2.18.x/extend/extend-apiml/api-mediation-infinispan/
#     description: "Zowe docs (v2.18), Using Infinispan: if the HA instances use the same file system, each instance needs a different dataLocation and indexLocation"
#   - ref: https://docs.zowe.org/v3.0.x/extend/extend-apiml/api-mediation-infinispan
#     description: "Zowe docs (v3.0), Using Infinispan: the persistence value should be the same for each instance"
#   - ref: https://github.com/zowe/api-layer/pull/3960
#     description: "API ML PR 3960: the HA instance id in the path of the Infinispan storage location (v3): <workspace>/caching-service/<instance id>"
# custom:
#   id: ZWE-HA-037
#   severity: error
#   other_severities:
#     warning: "when several Zowe v2 instances leave the paths unset (Zowe v2 before 2.18.4 then puts them all in one directory)"
#   confidence: documented
#   remediation: |
#     Set `components.caching-service.storage.infinispan.persistence.dataLocation` and
#     `indexLocation` in each `haInstances.<id>` entry to a directory of that instance, for example
#     `/global/zowe/workspace/caching-service/<id>/data` and `.../<id>/index`.
package zowe_ha.rules.zowe.infinispan_persistence_unique

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_keys := ["dataLocation", "indexLocation"]

_path(key) := ["components", "caching-service", "storage", "infinispan", "persistence", key]

# The persistence paths each Infinispan member sets, per configuration and key.
_locations := {i: {key: {id: location |
	some id in ids
	value := zc.get(i, id, _path(key))
	is_string(value)
	zc.given(value)
	not zowe.templated(value)
	location := _normalized(value)
} |
	some key in _keys
} |
	some i, ids in zc.infinispan
	zc.version_of(i) == 2
	count(ids) >= 2
}

_normalized(path) := "/" if trim_space(path) == "/"

_normalized(path) := trim_suffix(trim_space(path), "/") if trim_space(path) != "/"

# Explicitly equal paths.
report contains zc.versioned(zowe.at_effective(i, id, _path(key), message, message)) if {
	some [i, key, location], sharing in _sharing
	count(sharing) > 1
	message := concat("", ["instances ", zc.few(sharing), " all use ", location, " as Infinispan persistence.", key, "; Caching Services on the same file system corrupt each other's files, so each instance needs its own directory"])
	some id in sharing
}

# _sharing[[i, key, location]]: the members of configuration i that set persistence.key to location.
_sharing[[i, key, location]] contains id if {
	some i, keys in _locations
	some key, locations in keys
	some id, location in locations
}

# Unset on more than one member: the same default directory on older releases.
report contains zc.versioned(zc.with_severity(zowe.at_effective(i, id, _path(key), message, message), "warning")) if {
	some [i, key], unset in _unset
	message := concat("", ["instances ", zc.few(unset), " do not set Infinispan persistence.", key, ": Zowe v2 before 2.18.4 then uses the same <workspace>/caching-service directory for all of them; set a directory per instance"])
	some id in unset
}

# _unset[[i, key]]: the members of configuration i that leave persistence.key unset, when several do.
_unset := {[i, key]: unset |
	some i, _ in _locations
	some key in _keys
	unset := {id |
		some id in zc.infinispan[i]
		not zc.given(zc.get(i, id, _path(key)))
	}
	count(unset) > 1
}
