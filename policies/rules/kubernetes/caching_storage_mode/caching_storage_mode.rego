# METADATA
# title: The Caching Service in Kubernetes uses shared storage (not inMemory, not VSAM)
# description: |
#   The Caching Service holds the state that makes the other components stateless. With
#   components.caching-service.storage.mode empty, which `zwe migrate for kubernetes` and Zowe's
#   sample ConfigMap leave, or inMemory, each caching pod keeps its own data and loses it when it
#   restarts, so replicas answer differently. VSAM is a z/OS data set that a container cannot reach.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring (Kubernetes): the caching service persistence should NOT be VSAM; redis is suggested; empty only for debugging"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/containers/kubernetes/samples/config-cm.yaml
#     description: "Zowe's sample ConfigMap zowe-config: components.caching-service.storage.mode left empty"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/migrate/for/kubernetes/index.sh
#     description: "zwe migrate for kubernetes sets components.caching-service.storage.mode to an empty string"
#   - ref: https://docs.zowe.org/stable/user-guide/configure-caching-service-ha
#     description: "Zowe docs, Configuring the Caching Service for HA: inMemory is for a single instance in development only, its data is not shared; off z/OS use redis or infinispan"
# custom:
#   id: ZWE-HA-K04
#   severity: error
#   other_severities:
#     warning: "when the mode is empty or inMemory and at most one caching pod runs (its data is lost on restart, but no other pod disagrees)"
#   confidence: documented
#   remediation: |
#     In the zowe.yaml of ConfigMap `zowe-config`, set `components.caching-service.storage.mode` to
#     `redis` (with `storage.redis` connection settings) or `infinispan`, so that every caching pod
#     shares the same data.
package zowe_ha.rules.kubernetes.caching_storage_mode

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

_path := ["components", "caching-service", "storage", "mode"]

_caching_components := {"caching", "caching-service"}

# Embedded zowe.yaml configurations that start the Caching Service.
_configs := {i: entry.config |
	some i, entry in input.zowe
	entry.container == true
	object.get(entry.config, ["components", "caching-service", "enabled"], true) != false
}

# The Caching Service workloads and the configurations they mount.
_caching_workloads := {j: k8s.workload_zowe[j] |
	some j, component in k8s.components
	component in _caching_components
}

# The most caching pods that mount each configuration.
_caching_pods := {i: max(pods) |
	some i, _ in _configs
	pods := {n |
		some j, is in _caching_workloads
		is[i]
		n := k8s.replicas_max[j]
	}
	count(pods) > 0
}

report contains object.union(zowe.at(i, _path, message), {"severity": _severity(i)}) if {
	some i, config in _configs
	mode := object.get(config, _path, null)
	not zowe.templated(mode)
	_per_pod(mode)
	message := concat("", [
		_stated(mode), " in the zowe.yaml of ", k8s.describe(input.zowe[i].configMap),
		": each caching pod keeps its own data in memory and loses it on restart", _pods(i),
		"; set it to redis (with storage.redis) or infinispan", _confidence(mode),
	])
}

report contains object.union(zowe.at(i, _path, message), {"severity": "error"}) if {
	some i, config in _configs
	mode := object.get(config, _path, null)
	is_string(mode)
	upper(trim_space(mode)) == "VSAM"
	message := concat("", [
		"components.caching-service.storage.mode is VSAM in the zowe.yaml of ",
		k8s.describe(input.zowe[i].configMap),
		": a VSAM data set on z/OS cannot be reached from a container; set it to redis (with storage.redis) or infinispan",
	])
}

_per_pod(null)

# What an empty mode means, from the component's start script.
_confidence(mode) := "" if {
	is_string(mode)
	trim_space(mode) != ""
} else := " (an empty mode makes the Caching Service start script fall back to inMemory)"

_per_pod(mode) if {
	is_string(mode)
	trim_space(mode) == ""
}

_per_pod(mode) if {
	is_string(mode)
	lower(trim_space(mode)) == "inmemory"
}

_stated(mode) := concat("", ["components.caching-service.storage.mode is ", mode]) if {
	is_string(mode)
	trim_space(mode) != ""
} else := "components.caching-service.storage.mode is not set"

# Several caching pods hold diverging data: an error. One pod (the starter) loses data on restart.
_severity(i) := "error" if _caching_pods[i] >= 2

else := "warning"

_pods(i) := concat("", [", and up to ", zowe.show(_caching_pods[i]), " caching pods answer with different data"]) if {
	_caching_pods[i] >= 2
} else := ""
