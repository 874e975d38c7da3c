# METADATA
# title: Redis storage only off z/OS, and with a Redis server configured
# description: |
#   Redis storage of the Caching Service is not available when API ML runs on z/OS under USS; it
#   is meant for off-platform (container) deployments. Where it is used, the Caching Service needs
#   the Redis master (`storage.redis.masterNodeUri`) or a Sentinel setup (`sentinel.enabled`,
#   `sentinel.masterInstance`, `sentinel.nodes`).
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/configure-caching-service-ha
#     description: "Zowe docs, Configuring the Caching Service for HA: redis is only possible when the Caching Service runs off platform"
#   - ref: https://docs.zowe.org/stable/extend/extend-apiml/api-mediation-redis/
#     description: "Zowe docs, Using Redis: masterNodeUri, or Sentinel with masterInstance and nodes"
# custom:
#   id: ZWE-HA-035
#   severity: error
#   confidence: documented
#   remediation: |
#     On z/OS set `components.caching-service.storage.mode: infinispan`. In containers, set
#     `components.caching-service.storage.redis.masterNodeUri` (`[user:password@]host[:port]`) or
#     `storage.redis.sentinel` with `enabled: true`, `masterInstance` and `nodes`.
package zowe_ha.rules.zowe.caching_redis

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_mode := ["components", "caching-service", "storage", "mode"]

_redis := ["components", "caching-service", "storage", "redis"]

_on_zos := "Redis storage is not available when the Caching Service runs on z/OS (USS); use infinispan"

# z/OS instances.
report contains zowe.at_effective(i, id, _mode, concat("", ["instance ", id, ": ", _on_zos]), _on_zos) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.enabled(i, id, "caching-service")
	zc.norm(zc.get(i, id, _mode)) == "redis"
}

# A z/OS configuration without haInstances runs its single instance with the shared values.
report contains zowe.at(i, _mode, _on_zos) if {
	some i, config in zowe.sysplex_configs
	not zowe.ha_instances[i]
	object.get(config, ["components", "caching-service", "enabled"], false) == true
	zc.norm(object.get(config, _mode, null)) == "redis"
}

# Containers: the Redis server must be configured.
report contains zowe.at(i, array.concat(_redis, suffix), message) if {
	some i, entry in input.zowe
	entry.container == true
	object.get(entry.config, ["components", "caching-service", "enabled"], false) == true
	zc.norm(object.get(entry.config, _mode, null)) == "redis"
	redis := _object(object.get(entry.config, _redis, {}))
	some [suffix, message] in _missing(redis)
}

_missing(redis) := {[["masterNodeUri"], "storage.mode is redis but neither storage.redis.masterNodeUri nor storage.redis.sentinel is configured: the Caching Service has no Redis server"]} if {
	not _sentinel(redis)
	not _given(redis, ["masterNodeUri"])
} else := {[["sentinel", key], message] |
	_sentinel(redis)
	not _given(redis, ["masterNodeUri"])
	some key in ["masterInstance", "nodes"]
	not _given(redis, ["sentinel", key])
	message := concat("", ["Redis Sentinel is enabled but storage.redis.sentinel.", key, " is not set"])
}

_object(value) := value if is_object(value)

_object(value) := {} if not is_object(value)

_sentinel(redis) if object.get(redis, ["sentinel", "enabled"], false) == true

_given(redis, path) if zc.given(object.get(redis, path, zc.absent))
