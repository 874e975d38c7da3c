package zowe_ha.rules.kubernetes.external_domains_not_sample_test

import data.zowe_ha.rules.kubernetes.external_domains_not_sample as rule

configmap := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "zowe-config", "namespace": "zowe"}, "data": {"zowe.yaml": "..."}}

service(type) := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "gateway-service", "namespace": "zowe"}, "spec": {"type": type, "ports": [{"port": 7554}]}}

ingress(host) := {
	"apiVersion": "networking.k8s.io/v1",
	"kind": "Ingress",
	"metadata": {"name": "gateway-ingress", "namespace": "zowe"},
	"spec": {"rules": [{"host": host, "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "gateway-service", "port": {"name": "gateway-port"}}}}]}}]},
}

route := {
	"apiVersion": "route.openshift.io/v1",
	"kind": "Route",
	"metadata": {"name": "gateway", "namespace": "zowe"},
	"spec": {"host": "zowe.apps.example.com", "to": {"kind": "Service", "name": "gateway-service"}, "tls": {"termination": "passthrough"}},
}

model(domains, objects) := {
	"kubernetes": array.concat([configmap], objects),
	"zowe": [{"container": true, "configMap": 0, "config": {"zowe": {"externalDomains": domains}}}],
}

test_load_balancer_with_localhost_warns if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "externalDomains", 0],
		"message": "zowe.externalDomains[0] is localhost, the value of Zowe's sample ConfigMap, in the zowe.yaml of ConfigMap zowe/zowe-config, but the Gateway is exposed through LoadBalancer Service zowe/gateway-service: Zowe builds its URLs from the first external domain, so list the name clients use (heuristic: unless the cluster runs locally, as on Docker Desktop)",
	}} with input as model(["localhost"], [service("LoadBalancer")])
}

test_ingress_host_is_named if {
	some v in rule.report with input as model(["localhost"], [service("ClusterIP"), ingress("Zowe.K8s.example.com")])
	contains(v.message, "exposed through Ingress zowe/gateway-ingress (host zowe.k8s.example.com)")
}

test_route_is_an_exposure if {
	some v in rule.report with input as model(["zowe.example.com", "127.0.0.1"], [service("ClusterIP"), route])
	v.path == ["zowe", "externalDomains", 1]
	contains(v.message, "Route zowe/gateway (host zowe.apps.example.com)")
}

test_real_domains_and_local_exposure_pass if {
	count(rule.report) == 0 with input as model(["zowe.k8s.example.com"], [service("LoadBalancer"), ingress("zowe.k8s.example.com")])
	count(rule.report) == 0 with input as model(["localhost"], [service("NodePort")])
	count(rule.report) == 0 with input as model(["localhost"], [service("ClusterIP")])
}

test_ingress_to_another_service_is_not_an_exposure if {
	other := json.patch(ingress("x.example.com"), [{"op": "replace", "path": "/spec/rules/0/http/paths/0/backend/service/name", "value": "discovery-service"}])
	count(rule.report) == 0 with input as model(["localhost"], [service("ClusterIP"), other])
}

test_v1beta1_ingress_backend_counts if {
	old := {"apiVersion": "networking.k8s.io/v1beta1", "kind": "Ingress", "metadata": {"name": "gw", "namespace": "zowe"}, "spec": {"backend": {"serviceName": "gateway-service", "servicePort": 7554}}}
	count(rule.report) == 1 with input as model(["localhost"], [service("ClusterIP"), old])
}
