package zowe_ha.rules.zowe.config_keys_read_test

import data.zowe_ha.rules.zowe.config_keys_read

run(config, problems) := report if {
	report := config_keys_read.report with input as {"zowe": [{"config": config, "validation": problems}]}
}

test_no_problems_pass if {
	count(config_keys_read.report) == 0 with input as {"zowe": [{"config": {"zowe": {}}}]}
}

test_dotted_key if {
	some v in run({}, [{"kind": "ignored-key", "path": ["components", "caching-service", "storage", "infinispan", "jgroups.port"], "readAt": "components.caching-service.storage.infinispan.jgroups.port", "dotted": true}])
	v.severity == "warning"
	startswith(v.message, "jgroups.port in components.caching-service.storage.infinispan is one key whose name contains dots, not the nested setting components.caching-service.storage.infinispan.jgroups.port that Zowe reads")
}

test_misplaced_key if {
	some v in run({}, [{"kind": "ignored-key", "path": ["components", "caching-service", "storage", "infinispan", "keyExchange"], "readAt": "components.caching-service.storage.infinispan.jgroups.keyExchange"}])
	v.message == "components.caching-service.storage.infinispan.keyExchange is not where Zowe reads this setting: it reads components.caching-service.storage.infinispan.jgroups.keyExchange; here it is ignored and the setting keeps its default"
}

test_where_the_schema_allows_no_other_key_it_is_an_error if {
	some v in run({}, [{"kind": "ignored-key", "path": ["zowe", "job.name"], "readAt": "zowe.job.name", "dotted": true, "enforced": "schema"}])
	v.severity == "error"
	endswith(v.message, "configmgr rejects the configuration and Zowe does not start")
}
