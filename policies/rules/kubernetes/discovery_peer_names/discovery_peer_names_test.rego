package zowe_ha.rules.kubernetes.discovery_peer_names_test

import data.zowe_ha.rules.kubernetes.discovery_peer_names

labels := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "discovery"}

discovery(kind, name, spec) := {
	"apiVersion": "apps/v1",
	"kind": kind,
	"metadata": {"name": name, "namespace": "zowe", "labels": labels},
	"spec": object.union({"template": {"metadata": {"labels": labels}}}, spec),
}

findings(o) := report if {
	report := discovery_peer_names.report with input as {"kubernetes": [o]}
}

test_upstream_shape_passes if {
	count(findings(discovery("StatefulSet", "discovery", {"serviceName": "discovery-service"}))) == 0
}

test_other_service_name if {
	findings(discovery("StatefulSet", "discovery", {"serviceName": "discovery"})) == {{
		"object": 0,
		"path": ["spec", "serviceName"],
		"message": "StatefulSet zowe/discovery has serviceName: discovery, but every Zowe pod looks for its Discovery peers as discovery-<i>.discovery-service.zowe.svc: set spec.serviceName: discovery-service",
	}}
}

test_missing_service_name if {
	report := findings(discovery("StatefulSet", "discovery", {}))
	some f in report
	f.path == ["spec", "serviceName"]
	contains(f.message, "has no serviceName")
}

test_other_statefulset_name if {
	report := findings(discovery("StatefulSet", "zowe-discovery", {"serviceName": "discovery-service"}))
	{f.path | some f in report} == {["metadata", "name"]}
	some f in report
	contains(f.message, "names its pods zowe-discovery-0, zowe-discovery-1")
}

test_deployment if {
	report := findings(discovery("Deployment", "discovery", {}))
	{f.path | some f in report} == {["kind"]}
}

test_other_components_are_not_checked if {
	gateway := {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "gw", "labels": {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway"}}, "spec": {"template": {}}}
	count(findings(gateway)) == 0
}
