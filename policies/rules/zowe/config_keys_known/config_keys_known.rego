# METADATA
# title: Keys are keys Zowe reads
# description: |
#   Zowe reads a fixed set of keys at the top level, under `zowe`, in each `haInstances` entry, in
#   the Caching Service's `storage` and in the components it ships. Where Zowe's schema allows no
#   other key (the top level, `zowe`, `zowe.certificate`, `zOSMF`) configmgr rejects a misspelt key
#   and Zowe does not start; so it does when the key meant is one the schema requires (`sysName:`
#   for `sysname:`). Elsewhere Zowe silently ignores the key and the setting keeps its default
#   (`prot:` for `port:`, `Enabled: false`). Keys of extensions are never reported.
# related_resources:
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: the keys of each section"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/schemas/zowe-yaml-schema.json
#     description: "Zowe's base schema: no other keys at the top level, in zowe, zowe.job, zowe.setup, zowe.certificate and zOSMF; hostname and sysname required in every HA instance"
# custom:
#   id: ZWE-HA-101
#   severity: warning
#   other_severities:
#     error: "where Zowe's schema allows no other key (the top level, zowe, zowe.certificate, zOSMF) or requires the key meant, and configmgr validates the configuration"
#   confidence: documented
#   remediation: |
#     Correct the key to the one the message suggests (keys are case-sensitive), or remove it.
package zowe_ha.rules.zowe.config_keys_known

import data.zowe_ha.lib.zowe_validation as zv

report contains zv.finding(i, problem, concat("", [_problem(problem), _consequence(i, problem)])) if {
	some [i, problem] in zv.problems
	problem.kind == "unknown-key"
}

_problem(problem) := concat("", [zv.key(problem), " is not a Zowe key", zv.in_parent(problem.path), "; did you mean ", problem.suggestion, "?"]) if {
	problem.suggestion
}

_problem(problem) := concat("", [zv.key(problem), " is not a Zowe key", zv.in_parent(problem.path), " (Zowe reads ", problem.allowed, "):"]) if {
	not problem.suggestion
	problem.allowed
}

_problem(problem) := concat("", [zv.key(problem), " is not a Zowe key", zv.in_parent(problem.path), ":"]) if {
	not problem.suggestion
	not problem.allowed
}

_consequence(i, problem) := concat("", [" Zowe's schema requires ", problem.suggestion, " there, so configmgr rejects the configuration and Zowe does not start"]) if {
	zv.rejected(i, problem)
	problem.required == true
} else := " Zowe's schema allows no other key there, so configmgr rejects the configuration and Zowe does not start" if {
	zv.rejected(i, problem)
} else := " Zowe's schema rejects it; it passes only because zowe.useConfigmgr is false, and Zowe then ignores it" if {
	problem.enforced
} else := concat("", [" Zowe ignores it, so ", problem.suggestion, " is not set"]) if {
	problem.missing == true
} else := concat("", [" Zowe ignores it and reads ", zv.text(read), " = ", json.marshal(value)]) if {
	[read, value] := _read_instead(i, array.concat(array.slice(problem.path, 0, count(problem.path) - 1), [problem.suggestion]))
	not is_object(value)
	not is_array(value)
	not is_null(value)
} else := " Zowe ignores it"

# The value Zowe reads for the key meant: set there, or for an HA instance inherited from the
# configuration the instance is merged over.
_read_instead(i, path) := [path, value] if {
	value := object.get(input.zowe[i].config, path, null)
	value != null
} else := [shared, value] if {
	path[0] == "haInstances"
	shared := array.slice(path, 2, count(path))
	value := object.get(input.zowe[i].config, shared, null)
}
