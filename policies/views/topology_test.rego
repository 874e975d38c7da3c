package zowe_ha.views.topology_test

import data.zowe_ha.main
import data.zowe_ha.views.topology

# ---------------------------------------------------------------------------------------------
# Sysplex

host(name, sysname) := {"hostname": concat("", [name, ".example.com"]), "sysname": sysname}

config := {
	"zowe": {"externalDomains": ["zowe.plex.example.com", "other.example.com"]},
	"components": {
		"gateway": {"enabled": true},
		"caching-service": {"enabled": true},
		"app-server": {"enabled": false},
		"jobs-api": {"enabled": false},
	},
	"haInstances": {
		"lpar1": host("lpar1", "lpar1"),
		"lpar2a": host("lpar2", "LPAR2"),
		"lpar2b": object.union(host("lpar2", " LPAR2 "), {"components": {"caching-service": {"enabled": false}, "app-server": {"enabled": true}}}),
		"LPAR-3": host("lpar3", "LPAR3"),
		"spare": {"hostname": "spare.example.com"},
		"templated": host("t", "${{ zos.sysname }}"),
	},
}

sysplex(c) := s if {
	some s in topology.topology.sysplexes with input as {"zowe": [{"config": c, "container": false}]}
}

component(s, name) := c if {
	some c in s.components
	c.component == name
}

test_instances_are_placed_on_their_lpars_as_the_rules_compare_them if {
	s := sysplex(config)
	s.zowe == 0
	s.domain == "zowe.plex.example.com"
	s.instances == {"lpar1": "LPAR1", "lpar2a": "LPAR2", "lpar2b": "LPAR2"}
}

test_an_instance_zwe_never_selects_runs_nothing if {
	s := sysplex(config)
	s.apart["LPAR-3"] == "never-selected"
	not s.instances["LPAR-3"]
	every c in s.components {
		not c.lpars.LPAR3
	}
}

test_an_instance_without_a_known_lpar_is_apart_but_starts_its_components if {
	s := sysplex(config)
	s.apart.spare == "no-lpar"
	s.apart.templated == "no-lpar"
	component(s, "app-server") == {"component": "app-server", "lpars": {"LPAR2": {"lpar2b"}}, "started": true, "spof": true}
}

test_components_in_the_effective_configuration_of_each_instance if {
	s := sysplex(config)
	component(s, "gateway") == {
		"component": "gateway",
		"lpars": {"LPAR1": {"lpar1"}, "LPAR2": {"lpar2a", "lpar2b"}},
		"started": true,
		"spof": false,
	}
	component(s, "caching-service").lpars == {"LPAR1": {"lpar1"}, "LPAR2": {"lpar2a"}}
	component(s, "jobs-api") == {"component": "jobs-api", "lpars": {}, "started": false, "spof": true}
}

test_without_ha_instances_the_enabled_components_run_on_one_unnamed_system if {
	s := sysplex(object.remove(config, ["haInstances"]))
	s.instances == {}
	s.apart == {}
	{c.component | some c in s.components} == {"gateway", "caching-service"}
	component(s, "gateway") == {"component": "gateway", "lpars": {}, "started": true, "spof": true}
}

test_no_domain_without_a_string_first_external_domain if {
	s := sysplex(object.union(config, {"zowe": {"externalDomains": [{"host": "x"}]}}))
	not s.domain
}

test_a_zowe_yaml_in_a_configmap_has_no_sysplex if {
	count(topology.topology.sysplexes) == 0 with input as {"zowe": [{"config": config, "container": true}]}
}

# ---------------------------------------------------------------------------------------------
# Kubernetes

labels(component) := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": component}

deployment(name, ns, pod_labels, spec) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": name, "namespace": ns},
	"spec": object.union({"template": {"metadata": {"labels": pod_labels}, "spec": {"containers": [{"name": name}]}}}, spec),
}

spread_over(key, component) := {"template": {"spec": {"topologySpreadConstraints": [{"topologyKey": key, "labelSelector": {"matchLabels": {"app.kubernetes.io/component": component}}}]}}}

objects := [
	deployment("gateway", "zowe", labels("gateway"), {}), # 0
	deployment("caching", "zowe", labels("caching"), spread_over("kubernetes.io/hostname", "caching")), # 1
	{"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "caching", "namespace": "zowe"}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "caching"}, "minReplicas": 2, "maxReplicas": 4}}, # 2
	{"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "caching", "namespace": "zowe"}, "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/component": "caching"}}}}, # 3
	deployment("discovery", "zowe", labels("discovery"), object.union({"replicas": 3}, spread_over("topology.kubernetes.io/zone", "discovery"))), # 4
	deployment("web", "default", {"app": "web"}, {"replicas": 2}), # 5
	deployment("odd", "zowe", labels("odd"), {"replicas": "2"}), # 6
]

workload(objs, scope, j) := w if {
	some w in topology.topology.workloads with input as {"kubernetes": objs, "units": ["u", "u", "u", "u", "u", "u", "u"], "options": {"kubernetes": {"scope": scope}}}
	w.object == j
}

test_replicas_hpa_floor_and_maximum_spread_and_related_objects if {
	workload(objects, "zowe", 0) == {"object": 0, "unit": "u", "workload": "Deployment zowe/gateway", "component": "gateway", "replicas": 1, "spof": true, "related": set()}
	workload(objects, "zowe", 1) == {
		"object": 1,
		"unit": "u",
		"workload": "Deployment zowe/caching",
		"component": "caching",
		"replicas": 2,
		"maxReplicas": 4,
		"spof": false,
		"spread": "nodes",
		"related": {2, 3},
	}
	workload(objects, "zowe", 4).spread == "zones"
}

test_only_the_workloads_the_rules_cover if {
	not workload(objects, "zowe", 5)
	w := workload(objects, "all", 5)
	w.workload == "Deployment default/web"
	not w.component
}

test_replicas_that_are_not_a_number_are_not_shown if {
	w := workload(objects, "zowe", 6)
	not w.replicas
	not w.spof
}

# ---------------------------------------------------------------------------------------------
# The entrypoint

test_the_entrypoint_gives_the_findings_with_the_topology if {
	model := {"zowe": [{"config": config, "container": false}]}
	result := topology.with_findings with input as model
	result.findings == main.findings with input as model
	count(result.findings) > 0
	result.view == topology.topology with input as model
}
