package zowe_ha.rules.zowe.infinispan_persistence_unique_test

import data.zowe_ha.rules.zowe.infinispan_persistence_unique as rule

cfg(persistence, instances) := {
	"zowe": {},
	"components": {"caching-service": {"enabled": true, "storage": {"mode": "infinispan", "infinispan": {"persistence": persistence}}}},
	"haInstances": instances,
}

own(id, dl, il) := {"hostname": id, "sysname": upper(id), "components": {"caching-service": {"storage": {"infinispan": {"persistence": {"dataLocation": dl, "indexLocation": il}}}}}}

test_per_instance_paths_pass if {
	count(rule.report) == 0 with input as {"zoweVersion": 2, "zowe": [{"config": cfg({}, {
		"lpar1": own("lpar1", "/ws/cs/lpar1/data", "/ws/cs/lpar1/index"),
		"lpar2": own("lpar2", "/ws/cs/lpar2/data", "/ws/cs/lpar2/index"),
	})}]}
}

test_shared_explicit_path_fails_once if {
	report := rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg({"dataLocation": "/global/zowe/ws/cs/data"}, {
		"lpar1": {"hostname": "a", "sysname": "A", "components": {"caching-service": {"storage": {"infinispan": {"persistence": {"indexLocation": "/i1"}}}}}},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"caching-service": {"storage": {"infinispan": {"persistence": {"indexLocation": "/i2"}}}}}},
	})}]}
	report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "storage", "infinispan", "persistence", "dataLocation"],
		"message": "instances lpar1, lpar2 all use /global/zowe/ws/cs/data as Infinispan persistence.dataLocation; Caching Services on the same file system corrupt each other's files, so each instance needs its own directory",
		"versioned": true,
	}}
}

test_equal_overrides_fail_on_both if {
	report := rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg({}, {
		"lpar1": own("lpar1", "/ws/data", "/ws/lpar1/index"),
		"lpar2": own("lpar2", "/ws/data/", "/ws/lpar2/index"),
	})}]}
	{v.instance | some v in report} == {"lpar1", "lpar2"}
}

test_unset_on_two_members_warns if {
	report := rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg({}, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B"},
	})}]}
	count(report) == 2
	every v in report {
		v.severity == "warning"
		v.path[5] in {"dataLocation", "indexLocation"}
		contains(v.message, "instances lpar1, lpar2 do not set Infinispan persistence.")
	}
}

test_one_unset_member_passes if {
	count(rule.report) == 0 with input as {"zoweVersion": 2, "zowe": [{"config": cfg({}, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": own("lpar2", "/ws/cs/lpar2/data", "/ws/cs/lpar2/index"),
	})}]}
}

test_single_member_and_templates_are_silent if {
	count(rule.report) == 0 with input as {"zoweVersion": 2, "zowe": [{"config": cfg({}, {"lpar1": {"hostname": "a", "sysname": "A"}})}]}
	count(rule.report) == 0 with input as {"zoweVersion": 2, "zowe": [{"config": cfg({"dataLocation": "${{ zowe.workspaceDirectory }}/x", "indexLocation": "${{ zowe.workspaceDirectory }}/y"}, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B"},
	})}]}
}

# Zowe v3 keeps each instance's data under <workspace>/caching-service/<instance id>.
test_v3_is_not_checked if {
	count(rule.report) == 0 with input as {"zoweVersion": 3, "zowe": [{"config": cfg({"dataLocation": "/global/zowe/ws/cs/data"}, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B"},
	})}]}
}
