package zowe_ha.rules.kubernetes.external_port_matches_service_test

import data.zowe_ha.rules.kubernetes.external_port_matches_service as rule

configmap := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "zowe-config", "namespace": "zowe"}, "data": {"zowe.yaml": "..."}}

service(name, spec) := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": name, "namespace": "zowe"}, "spec": spec}

lb(port) := service("gateway-service", {"type": "LoadBalancer", "selector": {"app.kubernetes.io/component": "gateway"}, "ports": [{"port": port, "targetPort": "gateway-port"}]})

np(port, node_port) := service("gateway-service", {"type": "NodePort", "ports": [{"port": port, "nodePort": node_port}]})

model(external, objects) := {
	"kubernetes": array.concat([configmap], objects),
	"zowe": [{"container": true, "configMap": 0, "config": {"zowe": {"externalPort": external}}}],
}

test_load_balancer_on_the_external_port_passes if {
	count(rule.report) == 0 with input as model(7554, [lb(7554)])
	count(rule.report) == 0 with input as model("7554", [lb(7554)])
}

test_load_balancer_on_another_port_is_an_error if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "externalPort"],
		"severity": "error",
		"message": "zowe.externalPort is 7554 in the zowe.yaml of ConfigMap zowe/zowe-config, but clients reach the Gateway on 443 (the load balancer port of Service zowe/gateway-service): Zowe builds the URLs it hands out with zowe.externalPort, so set it to the port clients use",
	}} with input as model(7554, [lb(443)])
}

# Zowe's samples together: config-cm.yaml (7554) and gateway-service-np.yaml (nodePort 32554).
test_node_port_differs_is_a_warning if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "externalPort"],
		"severity": "warning",
		"message": "zowe.externalPort is 7554 in the zowe.yaml of ConfigMap zowe/zowe-config, but clients reach the Gateway on 32554 (the nodePort of Service zowe/gateway-service): Zowe builds the URLs it hands out with zowe.externalPort, so set it to the port clients use (unless clients reach it through port forwarding on port 7554)",
	}} with input as model(7554, [np(7554, 32554)])
}

test_node_port_used_directly_passes if {
	count(rule.report) == 0 with input as model(32554, [np(7554, 32554)])
}

test_any_exposed_port_will_do if {
	count(rule.report) == 0 with input as model(32554, [lb(443), object.union(np(7554, 32554), {"metadata": {"name": "gateway-np"}, "spec": {"selector": {"app": "gw"}}}), deployment_selected_by("gw")])
}

deployment_selected_by(app) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "gateway", "namespace": "zowe", "labels": {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway"}},
	"spec": {"template": {"metadata": {"labels": {"app": app, "app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway"}}}},
}

test_cluster_ip_other_services_and_namespaces_are_not_checked if {
	count(rule.report) == 0 with input as model(7554, [service("gateway-service", {"type": "ClusterIP", "ports": [{"port": 7554}]})])
	count(rule.report) == 0 with input as model(7554, [service("discovery-service", {"type": "LoadBalancer", "ports": [{"port": 7553}]})])
	count(rule.report) == 0 with input as model(7554, [object.union(lb(443), {"metadata": {"namespace": "other"}})])
}

test_templates_and_unset_node_ports_are_not_checked if {
	count(rule.report) == 0 with input as model("${{ zowe.environments.PORT }}", [lb(443)])
	count(rule.report) == 0 with input as model(7554, [service("gateway-service", {"type": "NodePort", "ports": [{"port": 7554}]})])
}
