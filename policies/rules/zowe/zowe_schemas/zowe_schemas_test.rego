package zowe_ha.rules.zowe.zowe_schemas_test

import data.zowe_ha.rules.zowe.zowe_schemas

run(entry) := report if {
	report := zowe_schemas.report with input as {"zowe": [entry]}
}

schema_problem(path, message) := {"kind": "schema", "path": path, "message": message, "file": "zowe-yaml-schema.json", "enforced": "schema"}

test_no_problems_pass if {
	count(zowe_schemas.report) == 0 with input as {"zowe": [{"config": {"zowe": {}}}]}
}

test_schema_error if {
	run({"config": {}, "validation": [schema_problem(["zowe", "runtimeDirectory"], "must NOT have fewer than 1 characters")]}) == {{
		"zowe": 0, "path": ["zowe", "runtimeDirectory"], "severity": "error",
		"message": "zowe.runtimeDirectory must NOT have fewer than 1 characters (Zowe's schema zowe-yaml-schema.json): configmgr's schema validation rejects it, so Zowe does not start",
	}}
}

test_what_a_bundled_rule_reports_is_not_repeated if {
	entry := {"config": {}, "validation": [
		schema_problem(["zowe", "verifyCertificates"], "must be one of \"STRICT\""),
		{"kind": "enum", "path": ["zowe", "verifyCertificates"], "value": "strict", "allowed": "STRICT", "enforced": "schema"},
	]}
	count(run(entry)) == 0
}

test_misspelt_required_key_is_not_repeated if {
	entry := {"config": {}, "validation": [
		schema_problem(["haInstances", "a", "sysname"], "is required"),
		{"kind": "unknown-key", "path": ["haInstances", "a", "sysName"], "suggestion": "sysname", "missing": true, "enforced": "schema"},
	]}
	count(run(entry)) == 0
}

test_keys_other_rules_judge_are_left_to_them if {
	count(run({"config": {}, "validation": [schema_problem(["haInstances", "a", "hostname"], "is required")]})) == 0
	count(run({"config": {}, "validation": [schema_problem(["zowe", "externalDomains", 1], "must be string")]})) == 0
}

test_configmgr_off_is_a_warning if {
	some v in run({"config": {"zowe": {"useConfigmgr": false}}, "validation": [schema_problem(["zOSMF", "port"], "must be integer")]})
	v.severity == "warning"
}
