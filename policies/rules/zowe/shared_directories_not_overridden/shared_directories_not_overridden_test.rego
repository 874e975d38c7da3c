package zowe_ha.rules.zowe.shared_directories_not_overridden_test

import data.zowe_ha.rules.zowe.shared_directories_not_overridden as rule

cfg(instances) := {
	"zowe": {"workspaceDirectory": "/global/zowe/workspace", "runtimeDirectory": "/usr/lpp/zowe"},
	"haInstances": instances,
}

test_no_override_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"job": {"prefix": "ZWE2"}}},
	})}]}
}

test_same_value_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"lpar2": {
		"hostname": "b", "sysname": "B",
		"zowe": {"workspaceDirectory": "/global/zowe/workspace/"},
	}})}]}
}

test_workspace_override_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "zowe", "workspaceDirectory"],
		"message": "instance lpar2 sets its own zowe.workspaceDirectory /u/lpar2/ws (shared value: /global/zowe/workspace); an HA configuration has exactly one workspace directory, shared by all instances, and zwe start reads it from the shared configuration",
		"severity": "error",
	}} with input as {"zowe": [{"config": cfg({
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "zowe": {"workspaceDirectory": "/u/lpar2/ws"}},
	})}]}
}

test_extension_override_without_shared_value_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"lpar1": {
		"hostname": "a", "sysname": "A",
		"zowe": {"extensionDirectory": "/u/ext"},
	}})}]}
	v.path == ["haInstances", "lpar1", "zowe", "extensionDirectory"]
	contains(v.message, "(shared value: not set)")
	v.severity == "warning"
}

test_null_override_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"lpar1": {
		"hostname": "a", "sysname": "A",
		"zowe": {"runtimeDirectory": null},
	}})}]}
	contains(v.message, "zowe.runtimeDirectory null")
}

test_template_is_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"lpar1": {
		"hostname": "a", "sysname": "A",
		"zowe": {"workspaceDirectory": "${{ zowe.runtimeDirectory }}/ws"},
	}})}]}
}

test_instance_not_a_mapping_is_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"lpar1": "x"})}]}
}
