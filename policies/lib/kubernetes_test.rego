package zowe_ha.lib.kubernetes_test

import data.zowe_ha.lib.kubernetes as k8s

zowe_labels(component) := {
	"app.kubernetes.io/name": "zowe",
	"app.kubernetes.io/instance": "zowe",
	"app.kubernetes.io/component": component,
}

deployment(name, ns, labels, spec) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": name, "namespace": ns},
	"spec": object.union({"selector": {"matchLabels": labels}, "template": {"metadata": {"labels": labels}, "spec": {"containers": [{"name": name}]}}}, spec),
}

objects := [
	deployment("gateway", "zowe", zowe_labels("gateway"), {}), # 0
	deployment("caching", "zowe", zowe_labels("caching"), {"replicas": 3}), # 1
	deployment("web", "zowe", {"app": "web"}, {"replicas": 2}), # 2
	{"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "gateway-hpa", "namespace": "zowe"}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "gateway"}, "maxReplicas": 5}}, # 3
	{"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "caching-pdb", "namespace": "zowe"}, "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/component": "caching"}}}}, # 4
	{"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "all-pdb", "namespace": "zowe"}, "spec": {"selector": {}}}, # 5
	{"apiVersion": "policy/v1beta1", "kind": "PodDisruptionBudget", "metadata": {"name": "old-pdb", "namespace": "zowe"}, "spec": {"selector": {}}}, # 6
	{"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "no-selector", "namespace": "zowe"}, "spec": {}}, # 7
	{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "gateway-service", "namespace": "zowe"}, "spec": {"selector": {"app.kubernetes.io/component": "gateway"}}}, # 8
	deployment("gateway", "other", zowe_labels("gateway"), {"replicas": "2"}), # 9
	{"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "explorer-jes", "namespace": "zowe", "labels": zowe_labels("explorer-jes")}, "spec": {"template": {"metadata": {"labels": zowe_labels("explorer-jes")}}}}, # 10
	{"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "discovery", "labels": zowe_labels("discovery")}, "spec": {"replicas": 2, "template": {"spec": {"volumes": [{"name": "zowe-config", "configMap": {"name": "zowe-config"}}]}}}}, # 11
	{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "zowe-config"}, "data": {}}, # 12
	{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "debug", "namespace": "zowe", "labels": {"app": "debug"}}, "spec": {}}, # 13
]

model := {"kubernetes": objects, "zowe": [{"config": {}, "container": true, "configMap": 12}]}

test_namespace_defaults_to_default if {
	ns := k8s.namespaces with input as model
	ns[0] == "zowe"
	ns[11] == "default"
}

test_describe_names_kind_namespace_and_name if {
	k8s.describe(11) == "StatefulSet default/discovery" with input as model
}

test_zowe_workloads_by_label_not_jobs_or_other_apps if {
	components := k8s.components with input as model
	components == {0: "gateway", 1: "caching", 9: "gateway", 11: "discovery"}
}

test_component_label_on_workload_only_is_enough if {
	d := {"kind": "Deployment", "metadata": {"name": "zaas", "labels": zowe_labels("zaas")}, "spec": {"template": {"metadata": {"labels": {"app": "zaas"}}}}}
	k8s.components == {0: "zaas"} with input as {"kubernetes": [d]}
}

test_component_falls_back_to_the_name if {
	d := deployment("app-server", "zowe", {"app.kubernetes.io/name": "zowe"}, {})
	k8s.components == {0: "app-server"} with input as {"kubernetes": [d]}
}

test_scope_defaults_to_zowe if {
	k8s.scope == "zowe" with input as model
	k8s.in_scope == {0, 1, 9, 11} with input as model
}

test_scope_all_covers_every_deployment_and_statefulset if {
	k8s.in_scope == {0, 1, 2, 9, 11} with input as object.union(model, {"options": {"kubernetes": {"scope": "all"}}})
}

test_replicas_default_to_one_and_strings_are_unknown if {
	r := k8s.declared_replicas with input as model
	r[0] == 1
	r[1] == 3
	not r[9]
}

test_hpa_floor_and_max_replace_replicas if {
	floor := k8s.replicas_floor with input as model
	top := k8s.replicas_max with input as model
	floor[0] == 1 # minReplicas not set
	top[0] == 5
	floor[1] == 3
	top[1] == 3
	k8s.workload_hpas == {0: {3}} with input as model
}

test_hpa_target_is_in_the_hpa_namespace if {
	k8s.hpas_by_target == {k8s.key("Deployment", k8s.unit_scope("", "zowe"), "gateway"): {3}} with input as model
}

test_selector_match_labels if {
	k8s.selector_matches({"matchLabels": {"a": "1"}}, {"a": "1", "b": "2"})
	not k8s.selector_matches({"matchLabels": {"a": "1", "c": "3"}}, {"a": "1", "b": "2"})
	k8s.selector_matches({}, {"a": "1"})
	not k8s.selector_matches(null, {"a": "1"})
}

test_selector_match_expressions if {
	labels := {"tier": "api", "env": "prod"}
	k8s.selector_matches({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["api", "web"]}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["web"]}]}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["web"]}]}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "zone", "operator": "NotIn", "values": ["a"]}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "env", "operator": "NotIn", "values": ["prod"]}]}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "env", "operator": "Exists"}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "zone", "operator": "Exists"}]}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "zone", "operator": "DoesNotExist"}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "env", "operator": "DoesNotExist"}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "env", "operator": "Bogus"}]}, labels)
	k8s.selector_matches({"matchLabels": {"env": "prod"}, "matchExpressions": [{"key": "tier", "operator": "Exists"}]}, labels)
	not k8s.selector_matches({"matchLabels": {"env": "dev"}, "matchExpressions": [{"key": "tier", "operator": "Exists"}]}, labels)
}

test_pdb_selection if {
	selects := k8s.pdb_selects with input as model
	selects[4] == {1}

	# policy/v1: an empty selector selects every pod of the namespace (workloads, Jobs, Pods)
	selects[5] == {0, 1, 2, 10, 13}

	# policy/v1beta1: an empty selector selects nothing; a missing selector never selects
	selects[6] == set()
	selects[7] == set()
}

test_pdbs_by_template_inverts_the_selection if {
	by := k8s.pdbs_by_template with input as model
	by[1] == {4, 5}
	by[0] == {5}
	not by[9]
}

test_select_templates_with_expressions_only_scans_the_namespace if {
	selected := k8s.select_templates(k8s.unit_scope("", "zowe"), {"matchExpressions": [{"key": "app", "operator": "In", "values": ["web", "debug"]}]}) with input as model
	selected == {2, 13}
}

test_service_selection if {
	k8s.service_selects == {8: {0}} with input as model
}

test_workload_mounts_embedded_zowe_yaml if {
	k8s.workload_zowe == {11: {0}} with input as model
}

test_duplicate_objects_do_not_conflict if {
	d := deployment("gateway", "zowe", zowe_labels("gateway"), {})
	hpa := {"kind": "HorizontalPodAutoscaler", "metadata": {"name": "h", "namespace": "zowe"}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "gateway"}, "minReplicas": 2, "maxReplicas": 3}}
	k8s.key_set == {
		k8s.key("Deployment", k8s.unit_scope("", "zowe"), "gateway"),
		k8s.key("HorizontalPodAutoscaler", k8s.unit_scope("", "zowe"), "h"),
	} with input as {"kubernetes": [d, d, hpa]}
	k8s.workload_hpas == {0: {2}, 1: {2}} with input as {"kubernetes": [d, d, hpa]}
	k8s.replicas_floor == {0: 2, 1: 2} with input as {"kubernetes": [d, d, hpa]}
}

test_objects_relate_within_their_unit if {
	d := deployment("gateway", "zowe", zowe_labels("gateway"), {})
	hpa := {"kind": "HorizontalPodAutoscaler", "metadata": {"name": "h", "namespace": "zowe"}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "gateway"}, "minReplicas": 3}}
	units := {"kubernetes": [d, d, hpa], "units": ["prod", "dev", "prod"]}
	k8s.workload_hpas == {0: {2}} with input as units
	k8s.replicas_floor == {0: 3, 1: 1} with input as units
	k8s.templates_in(k8s.unit_scope("dev", "zowe")) == {1} with input as units
}

test_templates_by_namespace if {
	k8s.templates_in(k8s.unit_scope("", "zowe")) == {0, 1, 2, 10, 13} with input as model
	k8s.templates_in(k8s.unit_scope("", "other")) == {9} with input as model
	k8s.templates_in(k8s.unit_scope("", "default")) == {11} with input as model
	k8s.templates_in(k8s.unit_scope("", "none")) == set() with input as model
}

test_ha_declared_raises_severity if {
	f := k8s.at_ha(0, ["spec"], "m") with input as {"options": {"kubernetes": {"ha": true}}}
	f.severity == "error"
	g := k8s.at_ha(0, ["spec"], "m") with input as {}
	not g.severity
}

test_objects_without_name_or_kind_are_ignored if {
	k8s.kinds == {1: "Deployment"} with input as {"kubernetes": [{"kind": "Deployment"}, {"kind": "Deployment", "metadata": {"name": "x"}}, "text"]}
}

test_labelled_finds_objects_in_every_shard if {
	many := [deployment(concat("-", ["app", format_int(i, 10)]), "zowe", {"app.kubernetes.io/component": "x", "tier": format_int(i % 3, 10)}, {}) | some i in numbers.range(0, 39)]
	k8s.labelled(k8s.unit_scope("", "zowe"), "app.kubernetes.io/component", "x") == {i | some i in numbers.range(0, 39)} with input as {"kubernetes": many}
	count(k8s.labelled(k8s.unit_scope("", "zowe"), "tier", "1")) == 13 with input as {"kubernetes": many}
	k8s.labelled(k8s.unit_scope("", "other"), "app.kubernetes.io/component", "x") == set() with input as {"kubernetes": many}

	# shared labels (app.kubernetes.io/name, ...) are not indexed
	k8s.labelled(k8s.unit_scope("", "zowe"), "app.kubernetes.io/name", "zowe") == set() with input as model
}

# Each shard keeps exactly the index entries of the objects whose index has its residue (three
# objects per shard here, each with a scope and a label entry): a shard rule copied with another
# residue, or a shard missing from or repeated in _shards, fails here.
test_each_shard_keeps_exactly_its_residue if {
	many := [deployment(concat("-", ["app", format_int(i, 10)]), "zowe", {"tier": format_int(i, 10)}, {}) | some i in numbers.range(0, 47)]
	shards := k8s._shards with input as {"kubernetes": many}
	entries := k8s._index_entries with input as {"kubernetes": many}
	count(entries) == 2 * count(many)
	every n, shard in shards {
		{[key, j] | some key, js in shard; some j in js} == {[key, j] | some [key, j] in entries; j % count(shards) == n}
	}
}

test_select_templates_by_shared_labels_only_scans_the_namespace if {
	selected := k8s.select_templates(k8s.unit_scope("", "zowe"), {"matchLabels": {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/instance": "zowe"}}) with input as model
	selected == {0, 1, 10} # the Job's pods too
}

test_select_templates_by_distinctive_label_and_expression if {
	# candidates come from the index for app.kubernetes.io/component, the rest is verified
	k8s.select_templates(k8s.unit_scope("", "zowe"), {"matchLabels": {"app.kubernetes.io/component": "caching", "app.kubernetes.io/name": "zowe"}}) == {1} with input as model
	k8s.select_templates(k8s.unit_scope("", "zowe"), {"matchLabels": {"app.kubernetes.io/component": "caching", "app.kubernetes.io/name": "other"}}) == set() with input as model
	k8s.select_templates(k8s.unit_scope("", "zowe"), {"matchLabels": {"app.kubernetes.io/component": "caching"}, "matchExpressions": [{"key": "app.kubernetes.io/instance", "operator": "DoesNotExist"}]}) == set() with input as model
	k8s.select_templates(k8s.unit_scope("", "zowe"), {"matchExpressions": [{"key": "app.kubernetes.io/component", "operator": "In", "values": ["gateway", "caching"]}, {"key": "app.kubernetes.io/instance", "operator": "Exists"}]}) == {0, 1} with input as model
	k8s.select_templates(k8s.unit_scope("", "zowe"), {"matchExpressions": [{"key": "app.kubernetes.io/component", "operator": "NotIn", "values": ["gateway"]}]}) == {1, 2, 10, 13} with input as model
}

test_sum_per_key_counts_each_key_once_with_its_largest_value if {
	k8s.sum_per_key([["b", 2], ["a", 1], ["b", 3], ["c", 1], ["a", 1]]) == 5
	k8s.sum_per_key([]) == 0
}

test_gateway_services_and_routes_of_an_embedded_zowe_yaml if {
	cm := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "zowe-config", "namespace": "zowe"}}
	gw := deployment("gateway", "zowe", zowe_labels("gateway"), {})
	by_selector := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "gw", "namespace": "zowe"}, "spec": {"selector": {"app.kubernetes.io/component": "gateway"}}}
	by_name := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "gateway-service", "namespace": "zowe"}, "spec": {}}
	elsewhere := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "gateway-service", "namespace": "other"}, "spec": {}}
	other := {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "discovery-service", "namespace": "zowe"}, "spec": {}}
	route := {"apiVersion": "route.openshift.io/v1", "kind": "Route", "metadata": {"name": "gateway", "namespace": "zowe"}, "spec": {"host": "Zowe.example.com", "to": {"name": "gw"}}}
	m := {"kubernetes": [cm, gw, by_selector, by_name, elsewhere, other, route], "zowe": [{"container": true, "configMap": 0, "config": {}}]}
	k8s.gateway_services == {0: {2, 3}} with input as m
	k8s.gateway_routes == {0: {6}} with input as m
	k8s.route_hosts(6) == {"zowe.example.com"} with input as m
}

test_spread_keys_are_the_node_and_zone_keys_of_terms_selecting_the_own_pods if {
	own := {"matchLabels": {"app.kubernetes.io/component": "gateway"}}
	spread := {
		"topologySpreadConstraints": [
			{"topologyKey": "topology.kubernetes.io/zone", "labelSelector": own},
			{"topologyKey": "example.com/rack", "labelSelector": own},
		],
		"affinity": {"podAntiAffinity": {
			"requiredDuringSchedulingIgnoredDuringExecution": [{"topologyKey": "kubernetes.io/hostname", "labelSelector": {"matchLabels": {"app": "other"}}}],
			"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 1, "podAffinityTerm": {"topologyKey": "kubernetes.io/hostname", "labelSelector": own}}],
		}},
	}
	gateway := deployment("gateway", "zowe", zowe_labels("gateway"), {"template": {"spec": spread}})
	k8s.spread_keys(0) == {"topology.kubernetes.io/zone", "kubernetes.io/hostname"} with input as {"kubernetes": [gateway]}
	k8s.spread_keys(0) == set() with input as {"kubernetes": [deployment("gateway", "zowe", zowe_labels("gateway"), {})]}
}
