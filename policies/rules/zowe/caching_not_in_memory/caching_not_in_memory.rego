# METADATA
# title: Caching Service storage is not inMemory
# description: |
#   With `storage.mode: inMemory` each Caching Service keeps its data in its own memory: nothing is
#   shared between instances and everything is lost on restart. Zowe documents it for quick starts
#   and tests only, never for production or high availability. When the mode is empty the
#   Caching Service start script falls back to inMemory.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/configure-caching-service-ha
#     description: "Zowe docs, Configuring the Caching Service for HA: inMemory is for a single instance and development or test; do not use it in production or HA"
#   - ref: https://github.com/zowe/api-layer/blob/v3.x.x/caching-service-package/src/main/resources/bin/start.sh
#     description: "Caching Service start script: an empty storage mode falls back to inMemory"
# custom:
#   id: ZWE-HA-032
#   severity: error
#   other_severities:
#     warning: "when the storage mode is not set or empty: the Caching Service start script then falls back to inMemory"
#   confidence: documented
#   remediation: |
#     Set `components.caching-service.storage.mode: infinispan` (recommended on z/OS) and remove
#     `inMemory` from any `haInstances` entry.
package zowe_ha.rules.zowe.caching_not_in_memory

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "caching-service", "storage", "mode"]

report contains zowe.at_effective(i, id, _path, instance_message, shared_message) if {
	some [i, id] in _caching
	zc.norm(zc.get(i, id, _path)) == "inmemory"
	instance_message := concat("", ["instance ", id, " uses Caching Service storage mode inMemory: its data is neither shared with the other instances nor kept across restarts; use infinispan in HA"])
	shared_message := "Caching Service storage mode inMemory keeps each instance's data in its own memory, unshared and lost on restart; use infinispan in HA"
}

report contains zc.with_severity(zowe.at_effective(i, id, _path, instance_message, shared_message), "warning") if {
	some [i, id] in _caching
	mode := zc.get(i, id, _path)
	not zc.given(mode)
	instance_message := concat("", ["instance ", id, " has no Caching Service storage mode (", _text(mode), "): the Caching Service start script then falls back to inMemory, which shares nothing between instances; set infinispan"])
	shared_message := concat("", ["components.caching-service.storage.mode is ", _text(mode), ": the Caching Service start script then falls back to inMemory, which shares nothing between instances; set infinispan"])
}

_caching := {[i, id] |
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.enabled(i, id, "caching-service")
}

_text(value) := "not set" if value == zc.absent

_text(value) := "empty" if value != zc.absent
