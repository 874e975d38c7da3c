package zowe_ha.rules.zowe.config_keys_known_test

import data.zowe_ha.rules.zowe.config_keys_known

run(config, problems) := report if {
	report := config_keys_known.report with input as {"zowe": [{"config": config, "validation": problems}]}
}

test_no_problems_pass if {
	count(config_keys_known.report) == 0 with input as {"zowe": [{"config": {"zowe": {}}}]}
}

test_top_level_typo_is_an_error_with_did_you_mean if {
	run({}, [{"kind": "unknown-key", "path": ["haInstance"], "suggestion": "haInstances", "missing": true, "enforced": "schema"}]) == {{
		"zowe": 0, "path": ["haInstance"], "severity": "error",
		"message": "haInstance is not a Zowe key; did you mean haInstances? Zowe's schema allows no other key there, so configmgr rejects the configuration and Zowe does not start",
	}}
}

test_misspelt_required_key_says_it_is_required if {
	some v in run({}, [{"kind": "unknown-key", "path": ["haInstances", "lpar1", "sysName"], "suggestion": "sysname", "missing": true, "required": true, "enforced": "schema"}])
	v.message == "sysName is not a Zowe key in haInstances.lpar1; did you mean sysname? Zowe's schema requires sysname there, so configmgr rejects the configuration and Zowe does not start"
}

test_ignored_typo_names_the_value_read_instead if {
	some v in run({"components": {"gateway": {"port": 7554, "prot": 7555}}}, [{"kind": "unknown-key", "path": ["components", "gateway", "prot"], "suggestion": "port"}])
	v.severity == "warning"
	v.message == "prot is not a Zowe key in components.gateway; did you mean port? Zowe ignores it and reads components.gateway.port = 7554"
}

test_ignored_typo_of_an_absent_key if {
	some v in run({}, [{"kind": "unknown-key", "path": ["haInstances", "a", "component"], "suggestion": "components", "missing": true}])
	endswith(v.message, "Zowe ignores it, so components is not set")
}

test_unknown_key_without_suggestion_lists_the_keys if {
	some v in run({}, [{"kind": "unknown-key", "path": ["zowe", "job", "jobname"], "allowed": "name and prefix", "enforced": "schema"}])
	startswith(v.message, "jobname is not a Zowe key in zowe.job (Zowe reads name and prefix): Zowe's schema allows no other key")
}

test_configmgr_off if {
	some v in run({"zowe": {"useConfigmgr": "false"}}, [{"kind": "unknown-key", "path": ["zowe", "certificate", "trustStore"], "suggestion": "truststore", "missing": true, "required": true, "enforced": "schema"}])
	v.severity == "warning"
	contains(v.message, "passes only because zowe.useConfigmgr is false")
}

test_unknown_key_in_a_long_list_of_keys if {
	some v in run({}, [{"kind": "unknown-key", "path": ["zowe", "default"], "enforced": "schema"}])
	startswith(v.message, "default is not a Zowe key in zowe: Zowe's schema allows no other key there")
}

test_an_instance_misspelling_names_the_shared_value_it_inherits if {
	config := {"components": {"gateway": {"port": 7554}}, "haInstances": {"a": {"components": {"gateway": {"prot": 7555}}}}}
	some v in run(config, [{"kind": "unknown-key", "path": ["haInstances", "a", "components", "gateway", "prot"], "suggestion": "port"}])
	endswith(v.message, "Zowe ignores it and reads components.gateway.port = 7554")
}
