package zowe_ha.rules.kubernetes.object_defined_once_test

import data.zowe_ha.rules.kubernetes.object_defined_once

deployment(name, replicas) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": name, "namespace": "zowe"},
	"spec": {"replicas": replicas},
}

test_a_repeated_object_in_one_unit_is_reported_after_the_first if {
	report := object_defined_once.report with input as {
		"kubernetes": [deployment("gateway", 2), deployment("gateway", 3), deployment("zaas", 2)],
		"units": ["prod", "prod", "prod"],
	}
	count(report) == 1
	some finding in report
	finding.object == 1
	contains(finding.message, "Deployment zowe/gateway is defined 2 times in deployment unit \"prod\"")
}

test_separate_units_may_repeat_names if {
	count(object_defined_once.report) == 0 with input as {
		"kubernetes": [deployment("gateway", 2), deployment("gateway", 3)],
		"units": ["clusters/prod", "clusters/dev"],
	}
}

test_other_namespaces_kinds_and_groups_are_other_objects if {
	service := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "gateway", "namespace": "zowe"}}
	other_ns := json.patch(deployment("gateway", 2), [{"op": "replace", "path": "/metadata/namespace", "value": "dev"}])
	count(object_defined_once.report) == 0 with input as {
		"kubernetes": [deployment("gateway", 2), service, other_ns],
		"units": ["u", "u", "u"],
	}
}
