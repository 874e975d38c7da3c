# METADATA
# title: Every instance that runs a Gateway also runs a Caching Service
# description: |
#   The Gateway offloads its state (for example the distributed load-balancer cache and tokens) to
#   the Caching Service. Zowe's example HA configuration keeps a Caching Service on every instance
#   that runs a Gateway, so that the Gateway's state survives the loss of another LPAR. This is
#   partly an inference from that example and the Caching Service design.
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/example-zowe.yaml
#     description: "example-zowe.yaml: the instances that run the Gateway also run the Caching Service"
#   - ref: https://github.com/zowe/api-layer/blob/v3.x.x/caching-service/README.md
#     description: "Caching Service README: components offload their state to a location accessible by all instances"
# custom:
#   id: ZWE-HA-031
#   severity: warning
#   confidence: inference
#   remediation: |
#     Enable `components.caching-service` on every instance that enables `components.gateway`
#     (remove `components.caching-service.enabled: false` from that `haInstances` entry).
package zowe_ha.rules.zowe.gateway_with_caching

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_path := ["components", "caching-service", "enabled"]

# Instances that run a Gateway without a Caching Service, in configurations where some instance
# runs one (otherwise ZWE-HA-030 reports the missing Caching Service).
_lacking := {i: ids |
	some i, instances in zowe.ha_instances
	count(zc.lpars_running(i, ["caching-service", "apiml"])) > 0
	ids := {id |
		some id, _ in instances
		zowe.enabled(i, id, "gateway")
		not zowe.enabled(i, id, "caching-service")
		not zc.unknown_enabled(i, id, "caching-service")
		not zc.modulith(i, id)
	}
	count(ids) > 0
}

report contains zowe.at_effective(i, id, _path, instance_message, shared_message) if {
	some i, ids in _lacking
	inheriting := {j | some j in ids; not zowe.overrides(i, j, _path)}
	shared_message := concat("", ["instance(s) ", zc.few(inheriting), " run a Gateway but no Caching Service; keep a Caching Service next to every Gateway so that its state survives an LPAR outage (inference from Zowe's example HA configuration)"])
	some id in ids
	instance_message := concat("", ["instance ", id, " runs a Gateway but no Caching Service; keep a Caching Service next to every Gateway so that its state survives an LPAR outage (inference from Zowe's example HA configuration)"])
}
