package zowe_ha.rules.kubernetes.workspace_pvc_rwx_test

import data.zowe_ha.rules.kubernetes.workspace_pvc_rwx

pvc(name, modes) := {
	"apiVersion": "v1",
	"kind": "PersistentVolumeClaim",
	"metadata": {"name": name, "namespace": "zowe"},
	"spec": {"accessModes": modes, "resources": {"requests": {"storage": "50Mi"}}},
}

workload(kind, name, replicas, claim, path) := {
	"apiVersion": "apps/v1",
	"kind": kind,
	"metadata": {"name": name, "namespace": "zowe"},
	"spec": {"replicas": replicas, "template": {
		"metadata": {"labels": {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": name}},
		"spec": {
			"volumes": [{"name": "zowe-workspace", "persistentVolumeClaim": {"claimName": claim}}],
			"containers": [{"name": name, "volumeMounts": [{"name": "zowe-workspace", "mountPath": path}]}],
		},
	}},
}

ws := "/home/zowe/instance/workspace"

test_rwo_workspace_shared_by_two_pods_is_an_error if {
	report := workspace_pvc_rwx.report with input as {"kubernetes": [
		pvc("zowe-workspace-pvc", ["ReadWriteOnce"]),
		workload("Deployment", "gateway", 1, "zowe-workspace-pvc", ws),
		workload("StatefulSet", "discovery", 1, "zowe-workspace-pvc", ws),
	]}
	report == {{
		"object": 0,
		"path": ["spec", "accessModes"],
		"severity": "error",
		"message": `PersistentVolumeClaim zowe/zowe-workspace-pvc is the Zowe workspace of Deployment zowe/gateway, StatefulSet zowe/discovery (up to 2 pods) but its accessModes are ["ReadWriteOnce"]: pods on other nodes than the first cannot mount it and stay Pending, so the replicas give no high availability; Zowe requires ReadWriteMany`,
	}}
}

test_rwx_passes if {
	count(workspace_pvc_rwx.report) == 0 with input as {"kubernetes": [
		pvc("zowe-workspace-pvc", ["ReadWriteMany"]),
		workload("Deployment", "gateway", 3, "zowe-workspace-pvc", ws),
	]}
}

test_claim_mounted_at_the_workspace_path_whatever_its_name if {
	report := workspace_pvc_rwx.report with input as {"kubernetes": [
		pvc("shared", ["ReadWriteOnce"]),
		workload("Deployment", "gateway", 2, "shared", "/home/zowe/instance/workspace/"),
	]}
	{[f.object, f.severity] | some f in report} == {[0, "error"]}
}

test_other_claims_are_not_the_workspace if {
	count(workspace_pvc_rwx.report) == 0 with input as {"kubernetes": [
		pvc("data", ["ReadWriteOnce"]),
		workload("Deployment", "gateway", 2, "data", "/data"),
	]}
}

test_hpa_max_counts if {
	hpa := {"kind": "HorizontalPodAutoscaler", "metadata": {"name": "h", "namespace": "zowe"}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "gateway"}, "maxReplicas": 3}}
	report := workspace_pvc_rwx.report with input as {"kubernetes": [pvc("zowe-workspace-pvc", ["ReadWriteOnce"]), workload("Deployment", "gateway", 1, "zowe-workspace-pvc", ws), hpa]}
	some f in report
	contains(f.message, "(up to 3 pods)")
}

test_single_pod_or_unmounted_workspace_is_a_warning if {
	one := workspace_pvc_rwx.report with input as {"kubernetes": [pvc("zowe-workspace-pvc", ["ReadWriteOnce"]), workload("Deployment", "gateway", 1, "zowe-workspace-pvc", ws)]}
	{f.severity | some f in one} == {"warning"}
	alone := workspace_pvc_rwx.report with input as {"kubernetes": [pvc("zowe-workspace-pvc", ["ReadWriteOnce"])]}
	some f in alone
	f.severity == "warning"
	contains(f.message, "no scanned workload mounts it")
}

test_claim_in_another_namespace_is_another_claim if {
	other := object.union(workload("Deployment", "gateway", 2, "shared", ws), {"metadata": {"namespace": "zowe2"}})
	count(workspace_pvc_rwx.report) == 0 with input as {"kubernetes": [pvc("shared", ["ReadWriteOnce"]), other]}
}

test_missing_access_modes if {
	p := json.remove(pvc("zowe-workspace-pvc", []), ["spec/accessModes"])
	report := workspace_pvc_rwx.report with input as {"kubernetes": [p]}
	{f.path | some f in report} == {["spec", "accessModes"]}
}

test_an_object_written_twice_counts_once if {
	gateway := workload("Deployment", "gateway", 1, "zowe-workspace-pvc", ws)
	report := workspace_pvc_rwx.report with input as {"kubernetes": [pvc("zowe-workspace-pvc", ["ReadWriteOnce"]), gateway, gateway]}
	{f.severity | some f in report} == {"warning"}
	some f in report
	contains(f.message, "is the Zowe workspace of Deployment zowe/gateway (up to 1 pods)")
}
