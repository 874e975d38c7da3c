# METADATA
# title: haInstances defines at least two instances
# description: |
#   Zowe runs highly available only as several instances, one per LPAR of the Sysplex, each
#   predefined under `haInstances` in zowe.yaml. Without that section, or with a single
#   instance, every component has a single point of failure.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/zowe-ha-overview
#     description: "Zowe docs, Configuring high availability: the haInstances section must be defined"
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: predefine all HA instances you want to start"
# custom:
#   id: ZWE-HA-001
#   severity: error
#   confidence: documented
#   remediation: |
#     Add a `haInstances` mapping with one entry per LPAR, each with `hostname` and `sysname`.
package zowe_ha.rules.zowe.ha_instances_defined

import data.zowe_ha.lib.zowe

report contains zowe.at(i, ["haInstances"], "haInstances is not defined: Zowe runs as a single instance") if {
	some i, config in zowe.sysplex_configs
	not "haInstances" in object.keys(config)
	not zowe.misspelled(i, ["haInstances"]) # ZWE-HA-101 reports the misspelt key instead
}

report contains zowe.at(i, ["haInstances"], message) if {
	some i, config in zowe.sysplex_configs
	"haInstances" in object.keys(config)
	not is_object(config.haInstances)
	message := concat("", ["haInstances must be a mapping of instance ids, not ", type_name(config.haInstances)])
}

report contains zowe.at(i, ["haInstances"], message) if {
	some i, instances in zowe.ha_instances
	count(instances) < 2
	message := concat("", ["haInstances defines ", format_int(count(instances), 10), " instance(s); high availability needs at least 2"])
}
