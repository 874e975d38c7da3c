# METADATA
# title: Settings are written where Zowe reads them
# description: |
#   Some pages show settings in dotted form (`jgroups.port: 7600`) or one level off (`keyExchange`
#   beside `jgroups` rather than inside it). Zowe reads nested keys at their documented place:
#   configmgr, zwe and the components that read the configuration do not take a key whose name
#   contains dots for the nested setting, nor a key found one level off, so the setting keeps its
#   default while the file seems to set it. Where Zowe's schema allows no other key, configmgr
#   rejects the configuration instead.
# related_resources:
#   - ref: https://docs.zowe.org/stable/appendix/zowe-yaml-configuration
#     description: "Zowe docs, zowe.yaml reference: settings are nested YAML keys"
#   - ref: https://docs.zowe.org/stable/extend/extend-apiml/api-mediation-infinispan
#     description: "Zowe docs, Using Infinispan: components.caching-service.storage.infinispan.jgroups.port and jgroups.keyExchange.port"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/configmgr.ts
#     description: "getZoweConfigEnv: zwe derives environment variables from the nested keys, replacing every character other than a-z and 0-9 with _"
# custom:
#   id: ZWE-HA-102
#   severity: warning
#   other_severities:
#     error: "where Zowe's schema allows no other key there and configmgr validates the configuration"
#   confidence: documented
#   remediation: |
#     Write the setting at the place the message names, one key per level, for example
#     `infinispan: {jgroups: {port: 7600, keyExchange: {port: 7601}}}`.
package zowe_ha.rules.zowe.config_keys_read

import data.zowe_ha.lib.zowe_validation as zv

report contains zv.finding(i, problem, concat("", [_problem(problem), _consequence(i, problem)])) if {
	some [i, problem] in zv.problems
	problem.kind == "ignored-key"
}

_problem(problem) := concat("", [
	zv.key(problem), zv.in_parent(problem.path), " is one key whose name contains dots, not the nested setting ",
	problem.readAt, " that Zowe reads; write one key per level",
]) if {
	problem.dotted == true
}

_problem(problem) := concat("", [zv.text(problem.path), " is not where Zowe reads this setting: it reads ", problem.readAt]) if {
	not problem.dotted
}

_consequence(i, problem) := ". Zowe's schema allows no such key there, so configmgr rejects the configuration and Zowe does not start" if {
	zv.rejected(i, problem)
} else := ". Zowe's schema rejects it; it passes only because zowe.useConfigmgr is false" if {
	problem.enforced
} else := " (zwe turns both into the same environment variable name, so a component started from environment variables may get either value)" if {
	problem.dotted == true
} else := "; here it is ignored and the setting keeps its default"
