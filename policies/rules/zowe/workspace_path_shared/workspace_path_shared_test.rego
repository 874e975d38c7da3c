package zowe_ha.rules.zowe.workspace_path_shared_test

import data.zowe_ha.rules.zowe.workspace_path_shared as rule

run(ws) := report if {
	report := rule.report with input as {"zowe": [{"config": {
		"zowe": {"workspaceDirectory": ws},
		"haInstances": {"lpar1": {"hostname": "a", "sysname": "A"}},
	}}]}
}

test_shared_paths_pass if {
	count(run("/global/zowe/workspace")) == 0
	count(run("/zowe/var/workspace")) == 0
	count(run("/u/tmpdata/zowe")) == 0
	count(run("${{ zowe.runtimeDirectory }}/../workspace")) == 0
	count(run(42)) == 0
	count(run(null)) == 0
}

test_tmp_fails if {
	run("/tmp/zowe/workspace") == {{
		"zowe": 0,
		"path": ["zowe", "workspaceDirectory"],
		"message": "zowe.workspaceDirectory /tmp/zowe/workspace is under /tmp, which is per-system in a Sysplex shared file system (a symbolic link to $SYSNAME/tmp); all HA instances need the same workspace directory on a zFS shared by every LPAR (heuristic: zowe.yaml cannot show whether a path is shared)",
	}}
}

test_var_and_relative_fail if {
	some v in run("/var/zowe/workspace")
	contains(v.message, "is under /var")
	some w in run("workspace")
	contains(w.message, "is a relative path")
}

test_system_symbol_fails if {
	some v in run("/zowe/&SYSNAME./workspace")
	contains(v.message, "per-system symbol")
	some w in run("/$SYSNAME/zowe/workspace")
	contains(w.message, "per-system symbol")
}

test_per_lpar_template_fails if {
	some v in run("${{ '/u/' + os.hostname() + '/ws' }}")
	contains(v.message, "template evaluated separately on each LPAR")
}

test_without_ha_instances_is_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": {"zowe": {"workspaceDirectory": "/tmp/ws"}}}]}
}
