package zowe_ha.rules.kubernetes.pdb_selects_pods_test

import data.zowe_ha.rules.kubernetes.pdb_selects_pods

zowe_labels := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway"}

gateway := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "gateway", "namespace": "zowe"},
	"spec": {"template": {"metadata": {"labels": zowe_labels}}},
}

pdb(api, spec) := {
	"apiVersion": api,
	"kind": "PodDisruptionBudget",
	"metadata": {"name": "gateway-pdb", "namespace": "zowe", "labels": {"app.kubernetes.io/name": "zowe"}},
	"spec": spec,
}

test_selector_with_a_typo if {
	report := pdb_selects_pods.report with input as {"kubernetes": [gateway, pdb("policy/v1", {"minAvailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/component": "gatway"}}})]}
	report == {{
		"object": 1,
		"path": ["spec", "selector"],
		"message": `PodDisruptionBudget zowe/gateway-pdb selects no pod template in namespace zowe (selector {"matchLabels":{"app.kubernetes.io/component":"gatway"}}): it protects nothing; make its selector match the pod template labels of the workload`,
	}}
}

test_matching_selector_passes if {
	count(pdb_selects_pods.report) == 0 with input as {"kubernetes": [gateway, pdb("policy/v1", {"minAvailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/component": "gateway"}}})]}
}

test_missing_selector if {
	report := pdb_selects_pods.report with input as {"kubernetes": [gateway, pdb("policy/v1", {"minAvailable": 1})]}
	some f in report
	contains(f.message, "has no spec.selector")
}

test_empty_selector_selects_all_in_v1_and_nothing_in_v1beta1 if {
	count(pdb_selects_pods.report) == 0 with input as {"kubernetes": [gateway, pdb("policy/v1", {"selector": {}})]}
	report := pdb_selects_pods.report with input as {"kubernetes": [gateway, pdb("policy/v1beta1", {"selector": {}})]}
	some f in report
	contains(f.message, "empty selector, which selects no pod in policy/v1beta1")
}

test_other_namespace if {
	other := object.union(gateway, {"metadata": {"namespace": "zowe-test"}})
	count(pdb_selects_pods.report) == 1 with input as {"kubernetes": [other, pdb("policy/v1", {"selector": {"matchLabels": zowe_labels}})]}
}

test_non_zowe_pdb_only_with_scope_all if {
	p := {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "web"}, "spec": {"selector": {"matchLabels": {"app": "web"}}}}
	count(pdb_selects_pods.report) == 0 with input as {"kubernetes": [p]}
	count(pdb_selects_pods.report) == 1 with input as {"kubernetes": [p], "options": {"kubernetes": {"scope": "all"}}}
}

test_zowe_selector_puts_an_unlabelled_pdb_in_scope if {
	p := {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "zaas-pdb", "namespace": "zowe"}, "spec": {"selector": {"matchLabels": {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "zaas"}}}}
	count(pdb_selects_pods.report) == 1 with input as {"kubernetes": [gateway, p]}
}

test_pods_of_jobs_count if {
	job := {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j", "namespace": "zowe"}, "spec": {"template": {"metadata": {"labels": {"app.kubernetes.io/component": "explorer-jes"}}}}}
	count(pdb_selects_pods.report) == 0 with input as {"kubernetes": [job, pdb("policy/v1", {"selector": {"matchLabels": {"app.kubernetes.io/component": "explorer-jes"}}})]}
}
