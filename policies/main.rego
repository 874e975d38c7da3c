# METADATA
# description: |
#   The one entrypoint the engine evaluates: every violation of every rule package under
#   data.zowe_ha.rules, tagged with the package it came from ("<group>/<name>"). The engine joins
#   that tag with the rule catalogue generated from the packages' METADATA.
package zowe_ha.main

findings contains finding if {
	some group, name
	some violation in data.zowe_ha.rules[group][name].report
	finding := object.union(violation, {"rule": concat("/", [group, name])})
}
