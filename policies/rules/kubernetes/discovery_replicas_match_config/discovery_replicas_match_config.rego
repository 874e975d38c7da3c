# METADATA
# title: Discovery StatefulSet replicas match components.discovery.replicas and are at least 2
# description: |
#   In Kubernetes each Zowe pod builds the list of Discovery peers from components.discovery.replicas
#   of the zowe.yaml in ConfigMap zowe-config: discovery-0 ... discovery-(n-1) of the
#   discovery-service. More Discovery pods than that are left out of the Eureka peer ring; fewer
#   make every service try to register with peers that do not exist: Zowe's manifests and docs
#   require both to be equal (error). An HPA that scales the StatefulSet to other counts, and one
#   Discovery pod, a single point of failure of the whole API Mediation Layer, are warnings (the
#   latter an error when the deployment is declared highly available).
# related_resources:
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/containers/kubernetes/workloads/discovery-statefulset.yaml
#     description: "Zowe's discovery StatefulSet: replicas must match ZWE_DISCOVERY_SERVICES_REPLICAS defined in ConfigMap zowe-config (FIXME comment)"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/libs/container.ts
#     description: "zwe in containers builds the Discovery service list from the replica count: https://discovery-<i>.discovery-service.<namespace>.svc.<cluster>:<port>/eureka/"
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring (Kubernetes): ZWE_DISCOVERY_SERVICES_REPLICAS should be set to the same value as spec.replicas of the discovery StatefulSet"
# custom:
#   id: ZWE-HA-K01
#   severity: error
#   other_severities:
#     warning: "when a HorizontalPodAutoscaler scales the StatefulSet to other counts, and when both agree on a single Discovery instance (then error with `kubernetes.ha: true`)"
#   confidence: documented
#   remediation: |
#     Set the same value, 2 or more, in `spec.replicas` of the discovery StatefulSet and in
#     `components.discovery.replicas` of the zowe.yaml in ConfigMap `zowe-config`. Do not let an
#     HorizontalPodAutoscaler scale the discovery StatefulSet to another count (or set its
#     `minReplicas` and `maxReplicas` both to that value).
package zowe_ha.rules.kubernetes.discovery_replicas_match_config

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

_path := ["components", "discovery", "replicas"]

# Discovery StatefulSets and the embedded zowe.yaml configurations they mount.
_pairs contains [j, i] if {
	some j, component in k8s.components
	component == "discovery"
	k8s.kinds[j] == "StatefulSet"
	some i in k8s.workload_zowe[j]
}

# components.discovery.replicas as zwe reads it: missing means 1; digits only.
_config_replicas(config) := n if {
	value := object.get(config, _path, null)
	n := _number(value)
}

# The value as the messages show it.
_configured_text(config) := "not set (Zowe uses 1)" if {
	object.get(config, _path, null) == null
} else := zowe.show(_config_replicas(config))

_number(null) := 1

_number(value) := value if is_number(value)

_number(value) := to_number(trim_space(value)) if {
	is_string(value)
	not zowe.templated(value)
	regex.match(`^\s*[0-9]+\s*$`, value)
}

_configmap(i) := k8s.describe(input.zowe[i].configMap)

# The StatefulSet's replica count differs from the configuration.
report contains k8s.at(j, ["spec", "replicas"], message) if {
	some [j, i] in _pairs
	not k8s.workload_hpas[j]
	configured := _config_replicas(input.zowe[i].config)
	replicas := k8s.declared_replicas[j]
	replicas != configured
	message := concat("", [
		k8s.describe(j), " runs ", zowe.show(replicas), " pod(s) but components.discovery.replicas is ",
		_configured_text(input.zowe[i].config), " in the zowe.yaml of ", _configmap(i), ": every Zowe pod lists ",
		zowe.show(configured), " Discovery peer(s), so ", _effect(replicas, configured),
		"; set both to the same value (2 or more)",
	])
}

_single_severity := "error" if k8s.ha_declared

else := "warning"

_effect(replicas, configured) := "the extra Discovery pods are left out of the peer ring" if {
	replicas > configured
} else := "services try to register with Discovery peers that do not exist"

# An HPA scales the discovery StatefulSet to counts the peer list does not follow.
report contains object.union(k8s.at(h, ["spec", field], message), {"severity": "warning"}) if {
	some [j, i] in _pairs
	some h in k8s.workload_hpas[j]
	configured := _config_replicas(input.zowe[i].config)
	some field, value in {"minReplicas": k8s.hpa_min[h], "maxReplicas": object.get(k8s.hpa_max, h, k8s.hpa_min[h])}
	value != configured
	message := concat("", [
		k8s.describe(h), " scales ", k8s.describe(j), " to ", field, ": ", zowe.show(value),
		" pods, but the Discovery peer list follows components.discovery.replicas: ",
		_configured_text(input.zowe[i].config), " in the zowe.yaml of ", _configmap(i),
		"; remove the HPA or set minReplicas and maxReplicas both to components.discovery.replicas",
	])
}

# Both agree on a single Discovery instance: a warning, an error when HA is declared.
report contains object.union(zowe.at(i, _path, message), {"severity": _single_severity}) if {
	some [_, i] in _pairs
	configured := _config_replicas(input.zowe[i].config)
	configured < 2
	message := concat("", [
		"components.discovery.replicas is ", _configured_text(input.zowe[i].config), " in the zowe.yaml of ", _configmap(i),
		": a single Discovery instance is a single point of failure of the API Mediation Layer; set it ",
		"and spec.replicas of the discovery StatefulSet to 2 or more",
	])
}
