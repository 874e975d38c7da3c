package zowe_ha.rules.kubernetes.readiness_probe_test

import data.zowe_ha.rules.kubernetes.readiness_probe

labels := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway"}

gateway(containers) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "gateway", "namespace": "zowe"},
	"spec": {"template": {"metadata": {"labels": labels}, "spec": {"containers": containers, "initContainers": [{"name": "init-zowe"}]}}},
}

probe := {"tcpSocket": {"port": 7554}, "periodSeconds": 10}

upstream := {"name": "gateway", "ports": [{"name": "gateway-port", "containerPort": 7554}], "startupProbe": probe, "livenessProbe": probe}

test_upstream_container_without_readiness_probe if {
	report := readiness_probe.report with input as {"kubernetes": [gateway([upstream])]}
	report == {{
		"object": 0,
		"path": ["spec", "template", "spec", "containers", 0, "readinessProbe"],
		"message": "container gateway of Deployment zowe/gateway has no readinessProbe (its startupProbe only holds traffic back until the first start): a replica that stops answering keeps receiving traffic from its Services; add a readinessProbe (e.g. tcpSocket on port 7554)",
	}}
}

test_readiness_probe_passes if {
	count(readiness_probe.report) == 0 with input as {"kubernetes": [gateway([object.union(upstream, {"readinessProbe": probe})])]}
}

test_null_probe_is_missing if {
	count(readiness_probe.report) == 1 with input as {"kubernetes": [gateway([object.union(upstream, {"readinessProbe": null})])]}
}

test_every_container_is_checked_but_not_init_containers if {
	report := readiness_probe.report with input as {"kubernetes": [gateway([object.union(upstream, {"readinessProbe": probe}), {"name": "sidecar"}])]}
	{f.path | some f in report} == {["spec", "template", "spec", "containers", 1, "readinessProbe"]}
	some f in report
	contains(f.message, "container sidecar of Deployment zowe/gateway has no readinessProbe: a replica")
}

test_cronjob_and_non_zowe_workloads_are_not_checked if {
	cron := {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "cleanup", "labels": labels}, "spec": {"jobTemplate": {"spec": {"template": {"metadata": {"labels": labels}, "spec": {"containers": [{"name": "c"}]}}}}}}
	web := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}, "spec": {"template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "web"}]}}}}
	count(readiness_probe.report) == 0 with input as {"kubernetes": [cron, web]}
	count(readiness_probe.report) == 1 with input as {"kubernetes": [cron, web], "options": {"kubernetes": {"scope": "all"}}}
}
