package zowe_ha.rules.kubernetes.service_selects_pods_test

import data.zowe_ha.rules.kubernetes.service_selects_pods

labels := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/instance": "zowe", "app.kubernetes.io/component": "gateway"}

gateway := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "gateway", "namespace": "zowe"},
	"spec": {"template": {"metadata": {"labels": labels}}},
}

service(selector) := {
	"apiVersion": "v1",
	"kind": "Service",
	"metadata": {"name": "gateway-service", "namespace": "zowe", "labels": {"app.kubernetes.io/name": "zowe"}},
	"spec": {"type": "LoadBalancer", "selector": selector},
}

test_selector_matching_nothing if {
	report := service_selects_pods.report with input as {"kubernetes": [gateway, service({"app.kubernetes.io/component": "gateway", "app.kubernetes.io/instance": "zowe-test"})]}
	report == {{
		"object": 1,
		"path": ["spec", "selector"],
		"message": `Service zowe/gateway-service selects no pod template in namespace zowe (selector {"app.kubernetes.io/component":"gateway","app.kubernetes.io/instance":"zowe-test"}): it has no endpoints; make its selector match the pod template labels of the workload it serves`,
	}}
}

test_subset_of_labels_passes if {
	count(service_selects_pods.report) == 0 with input as {"kubernetes": [gateway, service({"app.kubernetes.io/component": "gateway"})]}
	count(service_selects_pods.report) == 0 with input as {"kubernetes": [gateway, service(labels)]}
}

test_services_without_selector_are_not_checked if {
	s := json.remove(service({}), ["spec/selector"])
	count(service_selects_pods.report) == 0 with input as {"kubernetes": [s]}
	count(service_selects_pods.report) == 0 with input as {"kubernetes": [service({})]}
}

test_namespace_matters if {
	other := object.union(gateway, {"metadata": {"namespace": "zowe2"}})
	count(service_selects_pods.report) == 1 with input as {"kubernetes": [other, service(labels)]}
}

test_non_zowe_services_only_with_scope_all if {
	s := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}, "spec": {"selector": {"app": "web"}}}
	count(service_selects_pods.report) == 0 with input as {"kubernetes": [s]}
	count(service_selects_pods.report) == 1 with input as {"kubernetes": [s], "options": {"kubernetes": {"scope": "all"}}}
}
