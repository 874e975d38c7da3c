package zowe_ha.rules.zowe.config_values_valid_test

import data.zowe_ha.rules.zowe.config_values_valid

run(config, problems) := report if {
	report := config_values_valid.report with input as {"zowe": [{"config": config, "validation": problems}]}
}

test_no_problems_pass if {
	count(config_values_valid.report) == 0 with input as {"zowe": [{"config": {"zowe": {}}}]}
}

test_schema_type_is_an_error if {
	report := run({"zowe": {"externalPort": "7554"}}, [{"kind": "type", "path": ["zowe", "externalPort"], "value": "7554", "allowed": "an integer from 0 to 65535", "enforced": "schema"}])
	report == {{
		"zowe": 0, "path": ["zowe", "externalPort"], "severity": "error",
		"message": "zowe.externalPort must be an integer from 0 to 65535, not the string \"7554\": configmgr's schema validation rejects it, so Zowe does not start",
	}}
}

test_enum_suggests_the_value if {
	some v in run({}, [{"kind": "enum", "path": ["zowe", "verifyCertificates"], "value": "strict", "allowed": "STRICT, NONSTRICT or DISABLED", "suggestion": "STRICT", "enforced": "schema"}])
	v.message == "zowe.verifyCertificates is the string \"strict\", not one of STRICT, NONSTRICT or DISABLED (did you mean STRICT?): configmgr's schema validation rejects it, so Zowe does not start"
}

test_unchecked_value_is_a_warning_that_says_what_happens if {
	some v in run({}, [{"kind": "enum", "path": ["components", "caching-service", "storage", "mode"], "value": "infinispn", "allowed": "inMemory, infinispan, VSAM or redis", "effect": "the Caching Service then creates no storage and does not start"}])
	v.severity == "warning"
	endswith(v.message, ": Zowe's schemas do not check it, but the Caching Service then creates no storage and does not start")
}

test_instance_value_is_a_warning if {
	some v in run({}, [{"kind": "type", "path": ["haInstances", "lpar1", "components", "caching-service", "port"], "value": "seventy", "allowed": "an integer from 1024 to 65535"}])
	v.severity == "warning"
	contains(v.message, "Zowe does not validate the sections of an HA instance")
}

test_component_schema_while_enabled_is_an_error if {
	problem := {"kind": "range", "path": ["components", "caching-service", "port"], "value": 755, "allowed": "an integer from 1024 to 65535", "enforced": "component", "component": "caching-service"}
	some enabled in run({"components": {"caching-service": {"enabled": true}}}, [problem])
	enabled.severity == "error"
	contains(enabled.message, "the caching-service schema rejects it, so zwe start stops while caching-service is enabled")
	some disabled in run({"components": {"caching-service": {"enabled": false}}}, [problem])
	disabled.severity == "warning"
	contains(disabled.message, "rejects it as soon as caching-service is enabled")
}

test_enabled_in_an_instance_only_counts if {
	problem := {"kind": "type", "path": ["components", "zaas", "debug"], "value": "yes", "allowed": "a boolean (true or false)", "enforced": "component", "component": "zaas"}
	some v in run({"components": {"zaas": {"enabled": false}}, "haInstances": {"a": {"components": {"zaas": {"enabled": true}}}}}, [problem])
	v.severity == "error"
}

test_configmgr_off_is_a_warning if {
	some v in run({"zowe": {"useConfigmgr": false}}, [{"kind": "type", "path": ["zOSMF", "port"], "value": "443", "allowed": "an integer from 0 to 65535", "enforced": "schema"}])
	v.severity == "warning"
	contains(v.message, "passes only because zowe.useConfigmgr is false")
}

test_required_names_the_mapping if {
	some v in run({}, [{"kind": "required", "path": ["zowe", "certificate", "pem"], "allowed": "pem", "enforced": "schema"}])
	startswith(v.message, "zowe.certificate has no pem, which Zowe's schema requires")
	v.path == ["zowe", "certificate", "pem"]
}

test_list_item_path_is_shown_with_its_index if {
	some v in run({}, [{"kind": "pattern", "path": ["zowe", "network", "server", "listenAddresses", 0], "value": "10.1.1.300", "allowed": "an IPv4 address", "enforced": "schema"}])
	startswith(v.message, "zowe.network.server.listenAddresses[0] is the string \"10.1.1.300\"; it must be an IPv4 address")
}

test_external_port_that_is_no_number_is_left_to_zwe_ha_013 if {
	count(run({}, [{"kind": "type", "path": ["zowe", "externalPort"], "value": "abc", "allowed": "an integer", "enforced": "schema"}])) == 0
	count(config_values_valid.report) == 1 with input as {"zowe": [{"config": {}, "container": true, "validation": [{"kind": "type", "path": ["zowe", "externalPort"], "value": "abc", "allowed": "an integer", "enforced": "schema"}]}]}
}

test_key_problems_are_other_rules if {
	count(run({}, [{"kind": "unknown-key", "path": ["zowe", "x"], "allowed": "a", "enforced": "schema"}])) == 0
}
