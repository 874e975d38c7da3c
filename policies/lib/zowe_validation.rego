# METADATA
# description: |
#   What Zowe makes of the problems the loader found in a configuration (input.zowe[i].validation:
#   src/zowe/validate.ts against the keys Zowe reads, and Zowe's own schemas when the user has
#   them): whether Zowe refuses to start over a problem, the finding's severity, and the words
#   that say what happens. Each problem is {kind, path, allowed?, value?, suggestion?, missing?,
#   required?, readAt?, dotted?, enforced?, component?, effect?, message?, file?}.
package zowe_ha.lib.zowe_validation

# Every problem of every configuration: [i, problem].
problems contains [i, problem] if {
	some i, entry in input.zowe
	some problem in entry.validation
}

# configmgr validates configuration i when zwe starts: always, unless zowe.useConfigmgr is false
# (zowe-install-packaging bin/libs/common.sh check_configmgr_enabled).
configmgr(i) if not _configmgr_off(i)

_configmgr_off(i) if input.zowe[i].config.zowe.useConfigmgr == false

_configmgr_off(i) if {
	value := input.zowe[i].config.zowe.useConfigmgr
	is_string(value)
	lower(trim_space(value)) == "false"
}

# Zowe refuses to start over the problem: configmgr validates the base schema whenever it runs,
# and a component's schema while the component is enabled on some instance.
rejected(i, problem) if {
	problem.enforced == "schema"
	configmgr(i)
}

rejected(i, problem) if {
	problem.enforced == "component"
	configmgr(i)
	enabled_somewhere(i, problem.component)
}

# Component c is enabled at the root of configuration i or in one of its HA instances.
enabled_somewhere(i, c) if input.zowe[i].config.components[c].enabled == true

enabled_somewhere(i, c) if {
	some instance in input.zowe[i].config.haInstances
	instance.components[c].enabled == true
}

severity(i, problem) := "error" if rejected(i, problem)

severity(i, problem) := "warning" if not rejected(i, problem)

# A finding at the problem's key, with the severity that follows from it.
finding(i, problem, message) := {
	"zowe": i,
	"path": problem.path,
	"message": message,
	"severity": severity(i, problem),
}

# What happens to the configuration because of the problem.
consequence(i, problem) := "configmgr's schema validation rejects it, so Zowe does not start" if {
	rejected(i, problem)
	problem.enforced == "schema"
} else := concat("", ["the ", problem.component, " schema rejects it, so zwe start stops while ", problem.component, " is enabled"]) if {
	rejected(i, problem)
} else := "Zowe's schema rejects it; it passes only because zowe.useConfigmgr is false, which turns validation off" if {
	problem.enforced
	not configmgr(i)
} else := concat("", ["the ", problem.component, " schema rejects it as soon as ", problem.component, " is enabled"]) if {
	problem.enforced == "component"
} else := concat("", ["Zowe's schemas do not check it, but ", problem.effect]) if {
	problem.effect
} else := "Zowe does not validate the sections of an HA instance and passes the value on to its components as written" if {
	problem.path[0] == "haInstances"
} else := "Zowe's schemas do not check it, and zwe passes it on to the component as written"

# A path as text: components.caching-service.storage.mode, zowe.externalDomains[0].
text(path) := concat("", [_segment(n, key) | some n, key in path])

_segment(_, key) := concat("", ["[", format_int(key, 10), "]"]) if is_number(key)

_segment(0, key) := key if is_string(key)

_segment(n, key) := concat("", [".", key]) if {
	is_string(key)
	n > 0
}

# The mapping a key is in, as text for "in <parent>"; empty at the top level.
in_parent(path) := "" if count(path) == 1

in_parent(path) := concat("", [" in ", text(array.slice(path, 0, count(path) - 1))]) if count(path) > 1

# The key a problem is about (the last segment of its path).
key(problem) := problem.path[count(problem.path) - 1]

# A value as the message shows it: the string "7554", the number 7554, a list.
describe(value) := concat("", ["the string ", json.marshal(value)]) if is_string(value)

describe(value) := concat(" ", ["the", type_name(value), json.marshal(value)]) if {
	not is_string(value)
	not is_object(value)
	not is_array(value)
}

describe(value) := "a mapping" if is_object(value)

describe(value) := "a list" if is_array(value)
