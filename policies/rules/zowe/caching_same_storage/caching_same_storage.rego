# METADATA
# title: All Caching Services use the same storage backend
# description: |
#   The Caching Service exists so that all instances share one state. Instances that store it in
#   different backends (for example infinispan on one LPAR and VSAM on another) keep separate
#   states, and a client routed to another LPAR loses its session data. This is an inference
#   from the purpose of the Caching Service (no Zowe page says it in so many words), so a warning.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/configure-caching-service-ha
#     description: "Zowe docs, Configuring the Caching Service for HA: the Caching Service centralizes the state data in HA mode"
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/extend/extend-apiml/api-mediation-caching-service.md
#     description: "Zowe docs, Using the Caching Service: the service stores data shared by the instances of a service"
# custom:
#   id: ZWE-HA-033
#   severity: warning
#   confidence: inference
#   remediation: |
#     Set `components.caching-service.storage.mode` once at the top level (infinispan is
#     recommended) and remove the differing `storage.mode` from the `haInstances` entries.
package zowe_ha.rules.zowe.caching_same_storage

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "caching-service", "storage", "mode"]

# The storage mode of each instance that runs a Caching Service, in configurations with more than
# one mode.
_modes := {i: modes |
	some i, instances in zowe.ha_instances
	modes := {id: zc.norm(mode) |
		some id, _ in instances
		zowe.enabled(i, id, "caching-service")
		mode := zc.get(i, id, _path)
		is_string(mode)
		zc.given(mode)
		not zowe.templated(mode)
	}
	count({m | some m in modes}) > 1
}

# The mode the others are compared with: the shared one when an instance uses it, otherwise the
# mode of the first instance.
_reference(i, modes) := mode if {
	mode := zc.norm(zc.base(i, _path))
	mode in {m | some m in modes}
} else := modes[min(object.keys(modes))]

report contains zowe.at_effective(i, id, _path, message, message) if {
	some i, modes in _modes
	reference := _reference(i, modes)
	others := {j | some j, m in modes; m == reference}
	some id, mode in modes
	mode != reference
	message := concat("", ["instance ", id, " stores Caching Service data in ", zc.get(i, id, _path), " while instance(s) ", zc.few(others), " use ", reference, "; instances with different backends do not share state (inference: the Caching Service exists to share state between instances)"])
}
