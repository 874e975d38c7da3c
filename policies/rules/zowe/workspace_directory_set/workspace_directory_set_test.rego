package zowe_ha.rules.zowe.workspace_directory_set_test

import data.zowe_ha.rules.zowe.workspace_directory_set

cfg(zowe) := {"zowe": zowe, "haInstances": {"a": {"hostname": "a", "sysname": "A"}}}

test_path_passes if {
	count(workspace_directory_set.report) == 0 with input as {"zowe": [{"config": cfg({"workspaceDirectory": "/global/zowe/workspace"})}]}
}

test_template_passes if {
	count(workspace_directory_set.report) == 0 with input as {"zowe": [{"config": cfg({"workspaceDirectory": "${{ zowe.runtimeDirectory }}/../ws"})}]}
}

test_missing_fails if {
	workspace_directory_set.report == {{
		"zowe": 0, "path": ["zowe", "workspaceDirectory"],
		"message": "zowe.workspaceDirectory is not set: zwe start stops with ZWEL0157E, and all HA instances need one shared workspace directory",
	}} with input as {"zowe": [{"config": cfg({"externalPort": 7554})}]}
}

test_empty_and_null_fail if {
	some v in workspace_directory_set.report with input as {"zowe": [{"config": cfg({"workspaceDirectory": "  "})}]}
	startswith(v.message, "zowe.workspaceDirectory is empty")
	some w in workspace_directory_set.report with input as {"zowe": [{"config": cfg({"workspaceDirectory": null})}]}
	startswith(w.message, "zowe.workspaceDirectory is empty")
}

test_wrong_type_fails if {
	some v in workspace_directory_set.report with input as {"zowe": [{"config": cfg({"workspaceDirectory": ["/a"]})}]}
	contains(v.message, "must be a path, not array")
}

test_zowe_not_a_mapping_fails_without_crash if {
	some v in workspace_directory_set.report with input as {"zowe": [{"config": {"zowe": "x"}}]}
	v.path == ["zowe", "workspaceDirectory"]
}

test_container_config_is_exempt if {
	count(workspace_directory_set.report) == 0 with input as {"zowe": [{"config": {"zowe": {}}, "container": true}]}
}
