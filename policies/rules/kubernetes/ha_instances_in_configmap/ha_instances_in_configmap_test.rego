package zowe_ha.rules.kubernetes.ha_instances_in_configmap_test

import data.zowe_ha.rules.kubernetes.ha_instances_in_configmap

configmap := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "zowe-config", "namespace": "zowe"}}

test_ha_instances_in_a_configmap if {
	report := ha_instances_in_configmap.report with input as {
		"kubernetes": [configmap],
		"zowe": [{"container": true, "configMap": 0, "config": {"haInstances": {"lpar1": {"hostname": "a"}}}}],
	}
	report == {{
		"zowe": 0,
		"path": ["haInstances"],
		"message": "haInstances in the zowe.yaml of ConfigMap zowe/zowe-config has no effect in Kubernetes: replicas of the Deployments and StatefulSets make Zowe highly available there; remove it",
	}}
}

test_without_ha_instances_passes if {
	count(ha_instances_in_configmap.report) == 0 with input as {"kubernetes": [configmap], "zowe": [{"container": true, "configMap": 0, "config": {"zowe": {}}}]}
}

test_zos_config_is_not_checked if {
	count(ha_instances_in_configmap.report) == 0 with input as {"zowe": [{"container": false, "config": {"haInstances": {"lpar1": {}}}}]}
}
