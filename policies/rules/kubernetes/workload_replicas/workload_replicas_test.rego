package zowe_ha.rules.kubernetes.workload_replicas_test

import data.zowe_ha.rules.kubernetes.workload_replicas

labels(component) := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/instance": "zowe", "app.kubernetes.io/component": component}

workload(kind, name, spec) := {
	"apiVersion": "apps/v1",
	"kind": kind,
	"metadata": {"name": name, "namespace": "zowe", "labels": labels(name)},
	"spec": object.union({"template": {"metadata": {"labels": labels(name)}, "spec": {"containers": [{"name": name}]}}}, spec),
}

hpa(target, min) := {
	"apiVersion": "autoscaling/v2",
	"kind": "HorizontalPodAutoscaler",
	"metadata": {"name": concat("-", [target, "hpa"]), "namespace": "zowe"},
	"spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": target}, "minReplicas": min, "maxReplicas": 5},
}

test_missing_replicas_is_reported_at_spec_replicas if {
	report := workload_replicas.report with input as {"kubernetes": [workload("Deployment", "gateway", {})]}
	report == {{
		"object": 0,
		"path": ["spec", "replicas"],
		"message": "Deployment zowe/gateway runs a single pod (spec.replicas is not set and defaults to 1): the component is down whenever that pod restarts or its node is drained; set spec.replicas: 2 or more, or scale it with a HorizontalPodAutoscaler with minReplicas: 2",
	}}
}

test_discovery_statefulset_with_one_replica_names_the_configmap_value if {
	report := workload_replicas.report with input as {"kubernetes": [workload("StatefulSet", "discovery", {"replicas": 1})]}
	some f in report
	contains(f.message, "StatefulSet zowe/discovery runs a single pod (spec.replicas: 1)")
	contains(f.message, "components.discovery.replicas")
}

test_two_replicas_pass if {
	count(workload_replicas.report) == 0 with input as {"kubernetes": [workload("Deployment", "gateway", {"replicas": 2})]}
}

test_hpa_takes_over_the_replica_count if {
	count(workload_replicas.report) == 0 with input as {"kubernetes": [workload("Deployment", "gateway", {}), hpa("gateway", 2)]}

	# its floor of 1 is the HPA rule's finding, not this one
	count(workload_replicas.report) == 0 with input as {"kubernetes": [workload("Deployment", "gateway", {}), hpa("gateway", 1)]}
}

test_hpa_in_another_namespace_does_not_count if {
	other := object.union(hpa("gateway", 2), {"metadata": {"namespace": "other"}})
	count(workload_replicas.report) == 1 with input as {"kubernetes": [workload("Deployment", "gateway", {}), other]}
}

test_scaled_to_zero_is_not_reported if {
	count(workload_replicas.report) == 0 with input as {"kubernetes": [workload("Deployment", "app-server", {"replicas": 0})]}
}

test_non_zowe_workloads_only_with_scope_all if {
	web := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}, "spec": {"template": {"metadata": {"labels": {"app": "web"}}}}}
	count(workload_replicas.report) == 0 with input as {"kubernetes": [web]}
	report := workload_replicas.report with input as {"kubernetes": [web], "options": {"kubernetes": {"scope": "all"}}}
	{f.object | some f in report} == {0}
}

test_jobs_are_not_workloads if {
	job := {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "explorer-jes", "labels": labels("explorer-jes")}, "spec": {"template": {"metadata": {"labels": labels("explorer-jes")}}}}
	count(workload_replicas.report) == 0 with input as {"kubernetes": [job]}
}

test_declared_ha_makes_it_an_error if {
	report := workload_replicas.report with input as {"kubernetes": [workload("Deployment", "gateway", {})], "options": {"kubernetes": {"ha": true}}}
	{f.severity | some f in report} == {"error"}
	plain := workload_replicas.report with input as {"kubernetes": [workload("Deployment", "gateway", {})]}
	every f in plain {
		not f.severity
	}
}
