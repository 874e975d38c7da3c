# METADATA
# description: |
#   The Kubernetes objects of the model and the indexes the rules look into: Zowe component
#   workloads, label selectors, HPAs by target, PDBs and Services by the pod templates they select,
#   replicas with the HPA floor, and the zowe.yaml each workload mounts from a ConfigMap.
#   Every index is a complete object or set built once; rules look up keys in it and never
#   evaluate a rule per key. How an index groups matters in both engines that run these rules:
#   - OPA's Go evaluator checks each new element of a multi-value rule (`p[k] contains v`) against
#     all earlier ones (quadratic), but indexes comprehensions that group by an outer variable;
#   - the wasm planner does not index comprehensions (`{k: {v | ...; x == k} | ...}` costs
#     groups x elements) but builds multi-value rules in one pass.
#   - in wasm, `x in s` scans s: membership in a large set is written s[x] (a hash lookup).
#   - sort is an insertion sort in wasm (quadratic: 16,000 pairs took 1.8 s), so it only ever
#     sorts a few elements.
#   So: multi-value rules for groupings, split into shards where they grow with the objects (the
#   pod templates by namespace and by label); existence by object key uses a set; a selector is
#   matched against the pod templates that carry one of its distinctive labels, else against its
#   namespace's.
package zowe_ha.lib.kubernetes

# ---------------------------------------------------------------------------------------------
# Options

# Which Deployments/StatefulSets the replica, PDB, spread and probe rules cover:
# "zowe" (default) = Zowe component workloads only, "all" = every Deployment/StatefulSet.
scope := "all" if {
	input.options.kubernetes.scope == "all"
} else := "zowe"

# The user declares the Kubernetes deployment highly available (options.kubernetes.ha: true): a
# missing replica count, HPA floor or PDB is then an error rather than a warning.
ha_declared if input.options.kubernetes.ha == true

# ---------------------------------------------------------------------------------------------
# Objects

# kinds[j], names[j], namespaces[j] for every object j with a kind and a name.
kinds := {j: o.kind |
	some j, o in input.kubernetes
	is_string(o.kind)
	is_string(o.metadata.name)
}

names := {j: input.kubernetes[j].metadata.name | some j, _ in kinds}

namespaces := {j: _namespace(input.kubernetes[j]) | some j, _ in kinds}

# units[j]: the deployment unit of object j (src/model/units.ts): the objects applied together to one
# cluster. A repository may hold several clusters whose objects share names, so objects relate only
# within their unit.
units := {j: _unit(j) | some j, _ in kinds}

_unit(j) := u if {
	u := input.units[j]
	is_string(u)
} else := ""

# scopes[j]: where object j's name is unique and its references resolve: its namespace in its unit.
scopes := {j: unit_scope(units[j], namespaces[j]) | some j, _ in kinds}

unit_scope(unit, ns) := concat("\u0000", [unit, ns])

_namespace(o) := ns if {
	ns := o.metadata.namespace
	is_string(ns)
	ns != ""
} else := "default"

# The key of an object: "<kind>/<scope>/<name>", unique in a cluster.
key(kind, object_scope, name) := concat("/", [kind, object_scope, name])

keys := {j: key(kind, scopes[j], names[j]) | some j, kind in kinds}

# The keys of all objects, for existence checks.
key_set := {k | some _, k in keys}

# "Deployment zowe/gateway", for messages.
describe(j) := concat("", [kinds[j], " ", namespaces[j], "/", names[j]])

# sum_per_key(pairs): the sum over [key, n] pairs counting each key once, with its largest n (an
# object written twice, as a base and an overlay, is one object). Sorting keeps it linear in both
# engines: the last pair of each key holds its largest n.
sum_per_key(pairs) := sum([pair[1] | some i, pair in sorted; not _same_key(sorted, i)]) if {
	sorted := sort(pairs)
}

_same_key(sorted, i) if sorted[i + 1][0] == sorted[i][0]

# A finding about object j.
at(j, path, message) := {"object": j, "path": path, "message": message}

# A finding whose severity is error when HA is declared (the rule's METADATA says warning).
at_ha(j, path, message) := object.union(at(j, path, message), {"severity": "error"}) if {
	ha_declared
} else := at(j, path, message)

# ---------------------------------------------------------------------------------------------
# Pod templates and workloads

_template_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"}

# The path of the pod template inside an object of each kind.
template_path(kind) := ["spec", "template"] if {
	kind in _template_kinds
} else := ["spec", "jobTemplate", "spec", "template"] if {
	kind == "CronJob"
} else := [] if {
	kind == "Pod"
}

# templates[j] is the pod template of object j (the Pod itself for a Pod).
templates := {j: t |
	some j, kind in kinds
	t := object.get(input.kubernetes[j], template_path(kind), null)
	is_object(t)
}

# pod_labels[j]: the labels of the pods object j creates.
pod_labels := {j: _labels(t) | some j, t in templates}

_labels(o) := o.metadata.labels if is_object(o.metadata.labels)

else := {}

# pod_specs[j]: the pod spec of object j's template.
pod_specs := {j: t.spec | some j, t in templates; is_object(t.spec)}

# The workloads the HA rules are about (Jobs and CronJobs run once; DaemonSets follow the nodes).
workload_kinds := {"Deployment", "StatefulSet"}

workloads := {j | some j, _ in templates; kinds[j] in workload_kinds}

# Zowe component workloads, recognised by the labels of Zowe's manifests on the workload or its pod
# template: app.kubernetes.io/name: zowe; the component is app.kubernetes.io/component (gateway,
# discovery, caching, api-catalog, app-server, zaas, ...), or the workload's name without it.
components := {j: c |
	some j in workloads
	labels := object.union(_labels(input.kubernetes[j]), pod_labels[j])
	labels["app.kubernetes.io/name"] == "zowe"
	c := _component(labels, names[j])
}

_component(labels, name) := labels["app.kubernetes.io/component"] if {
	is_string(labels["app.kubernetes.io/component"])
} else := name

zowe_workloads := {j | some j, _ in components}

# The workloads the replica, PDB, spread and probe rules cover (see scope).
in_scope := workloads if scope == "all"

else := zowe_workloads

# An object other than a workload (Service, PDB, HPA) belongs to Zowe: labelled
# app.kubernetes.io/name: zowe, or selecting pods by that label.
zowe_object(o) if o.metadata.labels["app.kubernetes.io/name"] == "zowe"

zowe_object(o) if o.spec.selector["app.kubernetes.io/name"] == "zowe"

zowe_object(o) if o.spec.selector.matchLabels["app.kubernetes.io/name"] == "zowe"

# An object other than a workload that the scoped rules look at.
object_in_scope(_) if scope == "all"

object_in_scope(o) if zowe_object(o)

# The containers of object j's pod template (not the init containers), as [index, container].
containers(j) := [[k, c] | some k, c in pod_specs[j].containers; is_object(c)]

# ---------------------------------------------------------------------------------------------
# Replicas and HorizontalPodAutoscalers

# declared_replicas[j]: spec.replicas of workload j, 1 when it is not set.
declared_replicas := {j: r | some j in workloads; r := _replicas(input.kubernetes[j])}

_replicas(o) := o.spec.replicas if {
	is_number(o.spec.replicas)
} else := 1 if {
	object.get(o, ["spec", "replicas"], null) == null
}

hpas := {h | some h, kind in kinds; kind == "HorizontalPodAutoscaler"}

# The key of the object an HPA scales (scaleTargetRef, in the HPA's namespace and unit).
hpa_target(h) := key(ref.kind, scopes[h], ref.name) if {
	ref := input.kubernetes[h].spec.scaleTargetRef
	is_string(ref.kind)
	is_string(ref.name)
}

# hpa_min[h]: minReplicas, 1 when not set (the Kubernetes default).
hpa_min := {h: m | some h in hpas; m := _hpa_min(input.kubernetes[h])}

_hpa_min(o) := o.spec.minReplicas if {
	is_number(o.spec.minReplicas)
} else := 1 if {
	object.get(o, ["spec", "minReplicas"], null) == null
}

# hpa_max[h]: maxReplicas when it is a number.
hpa_max := {h: m | some h in hpas; m := input.kubernetes[h].spec.maxReplicas; is_number(m)}

# hpas_by_target[k]: the HPAs that scale the object with key k.
hpas_by_target := {k: hs | some k, hs in _hpas_by_target}

_hpas_by_target[k] contains h if {
	some h in hpas
	k := hpa_target(h)
}

# workload_hpas[j]: the HPAs that scale workload j.
workload_hpas := {j: hs | some j in workloads; hs := hpas_by_target[keys[j]]}

# replicas_floor[j]: the fewest pods workload j runs (the HPA's minReplicas when an HPA scales it).
replicas_floor := {j: n | some j in workloads; n := _floor(j)}

_floor(j) := min({hpa_min[h] | some h in workload_hpas[j]}) if {
	workload_hpas[j]
} else := declared_replicas[j]

# replicas_max[j]: the most pods workload j runs (the HPA's maxReplicas when an HPA scales it).
replicas_max := {j: n | some j in workloads; n := _max(j)}

_max(j) := max({m | some h in workload_hpas[j]; m := object.get(hpa_max, h, hpa_min[h])}) if {
	workload_hpas[j]
} else := declared_replicas[j]

# ---------------------------------------------------------------------------------------------
# Spreading

# spread_keys(j): the topology keys (kubernetes.io/hostname, topology.kubernetes.io/zone) over
# which workload j's pods are kept apart: topology spread constraints, or required or preferred pod
# anti-affinity, whose label selector selects the workload's own pods. Empty when nothing keeps
# them from landing on one node.
spread_keys(j) := ({k |
	some constraint in pod_specs[j].topologySpreadConstraints
	k := _spread_key(j, constraint)
} | {k |
	some term in pod_specs[j].affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution
	k := _spread_key(j, term)
}) | {k |
	some weighted in pod_specs[j].affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution
	k := _spread_key(j, weighted.podAffinityTerm)
}

_spread_key(j, term) := term.topologyKey if {
	term.topologyKey in spread_topology_keys
	selector_matches(term.labelSelector, pod_labels[j])
}

# The failure domains that spreading counts: nodes and zones.
spread_topology_keys := {"kubernetes.io/hostname", "topology.kubernetes.io/zone"}

# ---------------------------------------------------------------------------------------------
# Label selectors

# selector_matches(selector, labels): a LabelSelector (matchLabels and matchExpressions with In,
# NotIn, Exists, DoesNotExist) selects pods with these labels. An empty selector selects all.
selector_matches(selector, labels) if {
	is_object(selector)
	match_labels := _field_object(selector, "matchLabels")
	object.filter(labels, object.keys(match_labels)) == match_labels
	every e in _field_array(selector, "matchExpressions") {
		_expression_matches(e, labels)
	}
}

# A field of an object that must be an object or an array; {} or [] when absent or of another type.
_field_object(o, field) := x if {
	x := o[field]
	is_object(x)
} else := {}

_field_array(o, field) := x if {
	x := o[field]
	is_array(x)
} else := []

_expression_matches(e, labels) if {
	e.operator == "In"
	labels[e.key] in e.values
}

_expression_matches(e, labels) if {
	e.operator == "NotIn"
	not _has_value_in(labels, e.key, e.values)
}

_expression_matches(e, labels) if {
	e.operator == "Exists"
	object.get(labels, e.key, null) != null
}

_expression_matches(e, labels) if {
	e.operator == "DoesNotExist"
	object.get(labels, e.key, null) == null
}

_has_value_in(labels, k, values) if labels[k] in values

# The selector is empty: no matchLabels and no matchExpressions.
empty_selector(selector) if {
	is_object(selector)
	count(_field_object(selector, "matchLabels")) == 0
	count(_field_array(selector, "matchExpressions")) == 0
}

# templates_in(s): the objects with a pod template in scope s (a namespace of a unit). A
# comprehension grouped by namespace cost namespaces x templates in wasm: 114 ms of 580 on 10,000
# objects.
templates_in(s) := _lookup(concat("\u0000", ["scope", s]))

# select_templates(s, selector): the objects of scope s whose pods the selector selects.
# Candidates come from the label index when the selector's matchLabels has a distinctive label,
# otherwise from the namespace; the selector is taken apart once, so each candidate costs one
# object.filter and, only when the selector has them, the matchExpressions.
select_templates(s, selector) := _select(_candidates(s, match_labels, expressions), match_labels, object.keys(match_labels), expressions) if {
	is_object(selector)
	match_labels := _field_object(selector, "matchLabels")
	expressions := _field_array(selector, "matchExpressions")
}

_candidates(s, match_labels, expressions) := labelled(s, name, match_labels[name]) if {
	names := [name | some name, value in match_labels; not _shared_labels[name]; is_string(value)]
	count(names) > 0
	name := min(names)
} else := {j | some value in e.values; some j in labelled(s, e.key, value)} if {
	ins := [e | some e in expressions; e.operator == "In"; is_string(e.key); not _shared_labels[e.key]; is_array(e.values)]
	count(ins) > 0
	e := ins[0]
} else := templates_in(s)

# Labels that every component of an application carries: they narrow a search too little to index.
_shared_labels := {
	"app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/part-of",
	"app.kubernetes.io/managed-by", "app.kubernetes.io/version",
}

# labelled(s, name, value): the objects of scope s whose pods carry label name=value (for
# distinctive labels only).
labelled(s, name, value) := _lookup(_label_key(s, name, value))

_label_key(s, name, value) := concat("\u0000", ["label", s, name, value])

# The pod template index: _lookup(key) is the set of objects j of the [key, j] entries. It is a
# multi-value rule (one pass in wasm) split into 16 shards by object index, because OPA's Go
# evaluator checks each element of a multi-value rule against all earlier ones: 16 shards make
# that 16 times cheaper.
_lookup(key) := {j |
	some shard in _shards
	some j in shard[key]
}

# [key, j]: each pod template by scope, and by each of its distinctive labels.
_index_entries := array.concat(
	[[concat("\u0000", ["scope", scopes[j]]), j] | some j, _ in templates],
	[[_label_key(scopes[j], name, value), j] |
		some j, labels in pod_labels
		some name, value in labels
		not _shared_labels[name]
		is_string(value)
	],
)

# The shards are written out: Rego declares no rules in a loop, and one rule keyed by [shard, key]
# would be a single multi-value rule again. Shard _sN keeps the entries of the objects j whose
# index has the residue N modulo count(_shards), and _shards lists them in that order, so adding
# or removing shards means editing both. A test in kubernetes_test.rego fails when a shard keeps
# another residue or _shards misses or repeats one. Measured with `opa eval` (OPA's Go evaluator)
# on Deployments in 20 namespaces: 8,000 took 4.6 s with one multi-value rule and 1.3 s with the
# 16 shards, 16,000 took 17.5 s and 4.1 s (whole evaluations). In wasm both are one pass over the entries.
_shards := [_s0, _s1, _s2, _s3, _s4, _s5, _s6, _s7, _s8, _s9, _s10, _s11, _s12, _s13, _s14, _s15]

_s0[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 0
}

_s1[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 1
}

_s2[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 2
}

_s3[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 3
}

_s4[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 4
}

_s5[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 5
}

_s6[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 6
}

_s7[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 7
}

_s8[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 8
}

_s9[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 9
}

_s10[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 10
}

_s11[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 11
}

_s12[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 12
}

_s13[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 13
}

_s14[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 14
}

_s15[e[0]] contains e[1] if {
	some e in _index_entries
	e[1] % 16 == 15
}

_select(candidates, match_labels, names, expressions) := {j |
	some j in candidates
	object.filter(pod_labels[j], names) == match_labels
} if {
	count(expressions) == 0
} else := {j |
	some j in candidates
	object.filter(pod_labels[j], names) == match_labels
	every e in expressions {
		_expression_matches(e, pod_labels[j])
	}
}

# ---------------------------------------------------------------------------------------------
# PodDisruptionBudgets and Services

pdbs := {p | some p, kind in kinds; kind == "PodDisruptionBudget"}

# pdb_selects[p]: the objects whose pods PDB p selects. A missing (null) selector selects no pod;
# an empty selector selects every pod of the namespace in policy/v1 and none in policy/v1beta1.
pdb_selects := {p: _pdb_selection(p, input.kubernetes[p]) | some p in pdbs}

_pdb_selection(p, o) := set() if {
	not is_object(object.get(o, ["spec", "selector"], null))
} else := set() if {
	empty_selector(o.spec.selector)
	o.apiVersion == "policy/v1beta1"
} else := templates_in(scopes[p]) if {
	empty_selector(o.spec.selector)
} else := select_templates(scopes[p], o.spec.selector)

# pdbs_by_template[j]: the PDBs that select the pods of object j.
pdbs_by_template := {j: ps | some j, ps in _pdbs_by_template}

_pdbs_by_template[j] contains p if {
	some p, js in pdb_selects
	some j in js
}

services := {s | some s, kind in kinds; kind == "Service"}

# service_selects[s]: the objects whose pods Service s selects (Services with a selector only).
service_selects := {s: js |
	some s in services
	selector := input.kubernetes[s].spec.selector
	is_object(selector)
	count(selector) > 0
	js := select_templates(scopes[s], {"matchLabels": selector})
}

# ---------------------------------------------------------------------------------------------
# Volumes

# The ConfigMaps object j's pods mount (as a volume or a projected source).
mounted_configmaps(j) := {n | some v in pod_specs[j].volumes; n := v.configMap.name; is_string(n)} | {n |
	some v in pod_specs[j].volumes
	some source in v.projected.sources
	n := source.configMap.name
	is_string(n)
}

# The mount paths of each volume in object j's containers and init containers.
mount_paths(j) := {[m.name, m.mountPath] |
	some field in ["containers", "initContainers"]
	some c in pod_specs[j][field]
	some m in c.volumeMounts
	is_string(m.name)
	is_string(m.mountPath)
}

# The zowe.yaml configurations embedded in ConfigMaps: zowe_by_configmap[key] is the set of
# indexes i of input.zowe whose ConfigMap has that key.
zowe_by_configmap := {k: is | some k, is in _zowe_by_configmap}

_zowe_by_configmap[keys[j]] contains i if {
	some i, entry in input.zowe
	entry.container == true
	j := entry.configMap
	kinds[j] == "ConfigMap"
}

# workload_zowe[j]: the embedded zowe.yaml configurations workload j mounts (few ConfigMaps hold a
# zowe.yaml, so the multi-value rule above stays small).
workload_zowe := {j: is |
	some j in workloads
	is := {i |
		some name in mounted_configmaps(j)
		some i in zowe_by_configmap[key("ConfigMap", scopes[j], name)]
	}
	count(is) > 0
}

# ---------------------------------------------------------------------------------------------
# How clients reach the Gateway of an embedded zowe.yaml

# gateway_services[i]: the Services that expose the Gateway of the zowe.yaml embedded in the
# ConfigMap of input.zowe[i], in the ConfigMap's scope: those that select a gateway workload,
# and gateway-service, the name Zowe's samples and workloads use (so that a repository holding
# its own Service and ConfigMap beside Zowe's unchanged workloads is checked too).
gateway_services := {i: ss |
	some i, entry in input.zowe
	entry.container == true
	configmap_scope := scopes[entry.configMap]
	ss := {s | some s in object.get(_services_in, configmap_scope, set()); _exposes_gateway(s)}
	count(ss) > 0
}

_services_in[scopes[s]] contains s if some s in services

_exposes_gateway(s) if names[s] == "gateway-service"

_exposes_gateway(s) if {
	some j in service_selects[s]
	components[j] == "gateway"
}

# gateway_routes[i]: the Ingresses and OpenShift Routes of the ConfigMap's scope that send
# traffic to one of those Services.
gateway_routes := {i: rs |
	some i, ss in gateway_services
	service_names := {names[s] | some s in ss}
	rs := {r |
		some r in object.get(_routes_in, scopes[input.zowe[i].configMap], set())
		some target in _route_targets(input.kubernetes[r])
		service_names[target]
	}
	count(rs) > 0
}

_routes_in[scopes[r]] contains r if {
	some r, kind in kinds
	kind in {"Ingress", "Route"}
}

# The Services an Ingress (networking.k8s.io/v1 and v1beta1) or a Route sends traffic to.
_route_targets(o) := {name |
	o.kind == "Ingress"
	some backend in _ingress_backends(o)
	some name in [object.get(backend, ["service", "name"], null), object.get(backend, "serviceName", null)]
	is_string(name)
} | {name |
	o.kind == "Route"
	name := o.spec.to.name
	is_string(name)
}

_ingress_backends(o) := {b |
	some field in ["defaultBackend", "backend"]
	b := o.spec[field]
	is_object(b)
} | {b |
	some rule in o.spec.rules
	some path in rule.http.paths
	b := path.backend
	is_object(b)
}

# The host names an Ingress or Route gives clients.
route_hosts(r) := {lower(h) |
	some rule in input.kubernetes[r].spec.rules
	h := rule.host
	is_string(h)
	h != ""
} | {lower(h) |
	h := input.kubernetes[r].spec.host
	is_string(h)
	h != ""
}
