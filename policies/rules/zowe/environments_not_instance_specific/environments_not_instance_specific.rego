# METADATA
# title: No instance-specific Infinispan settings in zowe.environments
# description: |
#   `zowe.environments` is applied to all components on all HA instances, from the shared
#   configuration. A JGroups bind address or port, or an Infinispan persistence directory set
#   there is the same for every instance, although each instance needs its own. Instance-specific
#   Caching Service values belong in `haInstances.<id>.components.caching-service`; a
#   `zowe.environments` section inside an instance is not applied.
# related_resources:
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: zowe.environments values are global to all components on all HA instances"
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/configure-caching-service-ha.md
#     description: "Zowe docs (v2), Configuring the Caching Service for HA: suggests Infinispan variables in zowe.environments"
# custom:
#   id: ZWE-HA-039
#   severity: warning
#   confidence: documented
#   remediation: |
#     Remove JGROUPS_BIND_ADDRESS, JGROUPS_BIND_PORT and CACHING_STORAGE_INFINISPAN_PERSISTENCE_*
#     from `zowe.environments` and set `components.caching-service.storage.infinispan.jgroups.*`
#     and `.persistence.*` in each `haInstances.<id>` entry instead.
package zowe_ha.rules.zowe.environments_not_instance_specific

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_per_instance := {
	"JGROUPS_BIND_ADDRESS": "storage.infinispan.jgroups.host",
	"JGROUPS_BIND_PORT": "storage.infinispan.jgroups.port",
	"CACHING_STORAGE_INFINISPAN_PERSISTENCE_DATALOCATION": "storage.infinispan.persistence.dataLocation",
	"CACHING_STORAGE_INFINISPAN_PERSISTENCE_INDEXLOCATION": "storage.infinispan.persistence.indexLocation",
}

report contains zowe.at(i, ["zowe", "environments", name], message) if {
	some i, _ in zowe.ha_instances
	environments := zc.base(i, ["zowe", "environments"])
	zc.mapping(environments)
	some name, _ in environments
	setting := _per_instance[upper(name)]
	message := concat("", ["zowe.environments.", name, " applies to every HA instance, but each Caching Service needs its own value; set components.caching-service.", setting, " per instance in haInstances"])
}

report contains zowe.at(i, ["haInstances", id, "zowe", "environments"], message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zc.own(i, id, ["zowe", "environments"]) != zc.absent
	message := concat("", ["instance ", id, " sets zowe.environments, which zwe applies from the shared configuration only; set instance-specific values in haInstances.", id, ".components instead"])
}
