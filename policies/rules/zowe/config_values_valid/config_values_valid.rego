# METADATA
# title: Values have the types and values Zowe accepts
# description: |
#   When zwe starts, configmgr validates the merged configuration against Zowe's schemas and stops
#   when a value has the wrong type (a port in quotes, `yes` for a boolean), is not one of the
#   allowed values (`verifyCertificates: strict`), is out of range or a required key is missing; an
#   enabled component's own schema is validated the same way. Values no schema checks, such as the
#   Caching Service's storage mode or an HA instance's overrides, are passed to the components as
#   written, where a wrong one breaks the component instead. Errors are what stops Zowe; warnings
#   are values Zowe does not check.
# related_resources:
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: the keys, their types and allowed values"
#   - ref: https://docs.zowe.org/stable/user-guide/configmgr-using
#     description: "Zowe docs, Using the configuration manager: the configuration is validated against the schemas when Zowe starts"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/schemas/zowe-yaml-schema.json
#     description: "Zowe's base schema: types and enums of zowe.*, zOSMF.* and of every component's enabled, certificate and launcher"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/component.ts
#     description: "validateConfigForComponent: each enabled component's schema is validated at start, and a failure stops it"
#   - ref: https://github.com/zowe/api-layer/blob/v3.x.x/schemas/caching-schema.json
#     description: "Caching Service schema: port is an integer 1024-65535; storage is not constrained"
# custom:
#   id: ZWE-HA-100
#   severity: error
#   other_severities:
#     warning: "for values no schema Zowe validates checks (the Caching Service's storage mode, an HA instance's overrides), for a component that is not enabled, and with zowe.useConfigmgr: false"
#   confidence: documented
#   remediation: |
#     Write the value the message names: integers without quotes (`externalPort: 7554`), booleans
#     as `true` or `false`, and allowed values exactly as Zowe spells them (`verifyCertificates:
#     STRICT`, `storage.mode: infinispan`).
package zowe_ha.rules.zowe.config_values_valid

import data.zowe_ha.lib.zowe_validation as zv

report contains zv.finding(i, problem, concat("", [_problem(problem), ": ", zv.consequence(i, problem)])) if {
	some [i, problem] in zv.problems
	problem.kind in {"type", "enum", "range", "pattern", "required"}
	not _judged_elsewhere(i, problem)
}

_problem(problem) := concat("", [zv.text(problem.path), " must be ", problem.allowed, ", not ", zv.describe(problem.value)]) if {
	problem.kind == "type"
}

_problem(problem) := concat("", [
	zv.text(problem.path), " is ", zv.describe(problem.value), ", not one of ", problem.allowed,
	_meant(problem),
]) if {
	problem.kind == "enum"
}

_problem(problem) := concat("", [zv.text(problem.path), " is ", zv.describe(problem.value), "; it must be ", problem.allowed]) if {
	problem.kind in {"range", "pattern"}
}

_problem(problem) := concat("", [
	zv.text(array.slice(problem.path, 0, count(problem.path) - 1)), " has no ", zv.key(problem),
	", which Zowe's schema requires",
]) if {
	problem.kind == "required"
}

_meant(problem) := concat("", [" (did you mean ", problem.suggestion, "?)"]) if problem.suggestion

_meant(problem) := "" if not problem.suggestion

# ZWE-HA-013 reports a zowe.externalPort that is not a port number at all.
_judged_elsewhere(i, problem) if {
	problem.kind == "type"
	not input.zowe[i].container
	_external_port(problem.path)
	not _digits(problem.value)
}

_digits(value) if {
	is_string(value)
	regex.match(`^\s*[0-9]+\s*$`, value)
}

_external_port(["zowe", "externalPort"])

_external_port(["haInstances", _, "zowe", "externalPort"])
