# The Kubernetes HA checks of zowe-ha-policy (ZWE-HA-K02 replicas, K05 HPA floor and target,
# K06 PDB coverage, K03 workspace PVC access mode) written for conftest, for the benchmark only:
#
#   conftest test --combine -p bench/conftest/policy <corpus>
#
# With --combine the input is an array of {path, contents}; contents is one document or, for a
# multi-document file, an array of documents. Every lookup goes through an index built once (a
# complete object or set: the Go evaluator indexes the grouping comprehensions below by their
# outer key); nothing compares all pairs of documents, and no partial rule is queried with a
# different key per workload (OPA would re-evaluate its body for every key).
package main

import rego.v1

# objects[i] = [path, object] for every Kubernetes object with a kind and a name.
objects := [[f.path, o] |
	some f in input
	some o in _documents(f.contents)
	is_object(o)
	is_string(o.kind)
	is_string(o.metadata.name)
]

_documents(c) := c if is_array(c)

_documents(c) := [c] if is_object(c)

_namespace(o) := ns if {
	ns := o.metadata.namespace
	is_string(ns)
	ns != ""
} else := "default"

_key(kind, ns, name) := concat("/", [kind, ns, name])

# meta[i] = {kind, ns, name, key} of objects[i].
meta := {i: {"kind": o.kind, "ns": ns, "name": o.metadata.name, "key": _key(o.kind, ns, o.metadata.name)} |
	some i, [_, o] in objects
	ns := _namespace(o)
}

key_set := {m.key | some m in meta}

_describe(i) := sprintf("%s %s/%s (%s)", [meta[i].kind, meta[i].ns, meta[i].name, objects[i][0]])

# ---------------------------------------------------------------------------------------------
# Workloads and HPAs

workloads := {i | some i, m in meta; m.kind in {"Deployment", "StatefulSet"}}

_replicas(o) := o.spec.replicas if is_number(o.spec.replicas)

else := 1

replicas := {i: _replicas(objects[i][1]) | some i in workloads}

hpas := [{"i": i, "target": _key(ref.kind, meta[i].ns, ref.name), "min": _hpa_min(o), "max": _hpa_max(o)} |
	some i, m in meta
	m.kind == "HorizontalPodAutoscaler"
	o := objects[i][1]
	ref := o.spec.scaleTargetRef
]

_hpa_min(o) := o.spec.minReplicas if is_number(o.spec.minReplicas)

else := 1

_hpa_max(o) := o.spec.maxReplicas if is_number(o.spec.maxReplicas)

else := _hpa_min(o)

_hpa_targets := {h.target | some h in hpas}

# hpa_by_target[key] = [{min, max}] (grouping comprehension: indexed on target by the evaluator).
hpa_by_target := {t: hs |
	some t in _hpa_targets
	hs := [h | some h in hpas; h.target == t]
}

# The most pods a workload runs (its HPA's maxReplicas when one scales it).
max_pods := {i: _max_pods(i) | some i in workloads}

_max_pods(i) := max([h.max | some h in hpa_by_target[meta[i].key]]) if {
	hpa_by_target[meta[i].key]
} else := replicas[i]

# ---------------------------------------------------------------------------------------------
# PDBs, indexed by namespace

pdbs := [{"i": i, "ns": meta[i].ns, "labels": objects[i][1].spec.selector.matchLabels} |
	some i, m in meta
	m.kind == "PodDisruptionBudget"
	is_object(objects[i][1].spec.selector.matchLabels)
]

_pdb_namespaces := {p.ns | some p in pdbs}

pdbs_by_ns := {ns: ps |
	some ns in _pdb_namespaces
	ps := [p | some p in pdbs; p.ns == ns]
}

_pod_labels(o) := o.spec.template.metadata.labels if is_object(o.spec.template.metadata.labels)

else := {}

_selects(selector, labels) if {
	count(selector) > 0
	every k, v in selector {
		labels[k] == v
	}
}

_covered(i) if {
	some p in pdbs_by_ns[meta[i].ns]
	_selects(p.labels, _pod_labels(objects[i][1]))
}

# ---------------------------------------------------------------------------------------------
# Workspace claims (mounted at the Zowe workspace path), as keys

_workspace_path := "/home/zowe/instance/workspace"

workspace_claims := {_key("PersistentVolumeClaim", meta[i].ns, v.persistentVolumeClaim.claimName) |
	some i in workloads
	spec := objects[i][1].spec.template.spec
	some c in spec.containers
	some mount in c.volumeMounts
	trim_right(mount.mountPath, "/") == _workspace_path
	some v in spec.volumes
	v.name == mount.name
	is_string(v.persistentVolumeClaim.claimName)
}

# ---------------------------------------------------------------------------------------------
# Rules

# K02: a workload without an HPA runs a single pod.
deny contains msg if {
	some i in workloads
	not hpa_by_target[meta[i].key]
	replicas[i] < 2
	msg := sprintf("%s: runs %d replica(s); set spec.replicas >= 2 or add an HPA with minReplicas >= 2", [_describe(i), replicas[i]])
}

# K05: an HPA floor below 2, or an HPA whose target does not exist.
deny contains msg if {
	some h in hpas
	h.min < 2
	msg := sprintf("%s: minReplicas %d < 2", [_describe(h.i), h.min])
}

deny contains msg if {
	some h in hpas
	not h.target in key_set
	msg := sprintf("%s: scaleTargetRef %s does not exist", [_describe(h.i), h.target])
}

# K06: a workload running 2+ pods that no PDB of its namespace selects.
deny contains msg if {
	some i in workloads
	max_pods[i] >= 2
	not _covered(i)
	msg := sprintf("%s: runs up to %d pods but no PodDisruptionBudget selects them", [_describe(i), max_pods[i]])
}

# K03: the workspace claim must be ReadWriteMany.
deny contains msg if {
	some i, m in meta
	m.kind == "PersistentVolumeClaim"
	_is_workspace(m)
	modes := object.get(objects[i][1], ["spec", "accessModes"], [])
	not "ReadWriteMany" in modes
	msg := sprintf("%s: the Zowe workspace claim is not ReadWriteMany (%v)", [_describe(i), modes])
}

_is_workspace(m) if m.name == "zowe-workspace-pvc"

_is_workspace(m) if m.key in workspace_claims
