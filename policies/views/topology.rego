# METADATA
# description: |
#   The HA topology the reports draw ("HA topology at a glance"): on which LPARs each Zowe
#   component runs, and how many pods of each Kubernetes workload run, spread over what. Built
#   only from the library the rules judge by, so that the picture and the findings cannot
#   disagree. The engine evaluates with_findings, the bundled policy's second entrypoint, on the
#   same parts as the rules and merges them (src/engine/topology.ts); the reports mark what the
#   findings of the scan are about (src/report/topology.ts).
package zowe_ha.views.topology

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc
import data.zowe_ha.main

# The entrypoint: the rules' findings and the topology from one evaluation, which computes once
# what both read (the workloads, their HPAs, the PDBs' selections). Evaluated apart, the topology
# cost 320 ms on 10,000 documents, about what the rules cost; with the findings, 30 ms more.
with_findings := {"findings": main.findings, "view": topology}

# A component survives the loss of one LPAR, and a workload that of one pod, with at least this
# many of them.
min_for_ha := 2

topology := {"sysplexes": sysplexes, "workloads": workloads}

# ---------------------------------------------------------------------------------------------
# Zowe in a Sysplex

# One entry per Sysplex configuration (a zowe.yaml not embedded in a ConfigMap):
#   zowe        its index in input.zowe
#   domain      zowe.externalDomains[0], when it is a string
#   instances   {id: LPAR}: the HA instances zwe can select whose LPAR is known
#   apart       {id: why} for the others: "never-selected" (zwe looks up another key, ZWE-HA-003:
#               nothing runs on it) or "no-lpar" (its system name is missing or a template)
#   components  each component of the configuration: the LPARs on which instances start it, with
#               their ids; started when any instance starts it (one on an unknown LPAR too);
#               spof when it runs on fewer than min_for_ha LPARs
# Without HA instances one Zowe runs on one unnamed system: components enabled, on no LPAR.
sysplexes contains object.union(_domain(config), {
	"zowe": i,
	"instances": object.get(_lpars, i, {}),
	"apart": object.get(_apart, i, {}),
	"components": _components(i, config),
}) if {
	some i, config in zowe.sysplex_configs
}

_domain(config) := {"domain": domain} if {
	domain := config.zowe.externalDomains[0]
	is_string(domain)
} else := {}

# _selected[i]: the instances of configuration i that zwe can select.
_selected[i] contains id if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.selectable(id)
}

# _lpars[i][id]: the LPAR of each selectable instance that names one.
_lpars[i][id] := lpar if {
	some i, ids in _selected
	some id in ids
	lpar := zc.lpar(i, id)
	lpar != ""
}

_apart[i][id] := "never-selected" if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	not zowe.selectable(id)
}

_apart[i][id] := "no-lpar" if {
	some i, ids in _selected
	some id in ids
	not _lpars[i][id]
}

# _started[i][c]: the selectable instances that start component c; _placed[i][c][lpar]: those of
# them on each LPAR. Each built in one pass, as the rules' groupings are.
_started[i][c] contains id if {
	some i, ids in _selected
	some id in ids
	some c, _ in zowe.effective[i][id].components
	zowe.enabled(i, id, c)
}

_placed[i][c][lpar] contains id if {
	some i, components in _started
	some c, ids in components
	some id in ids
	lpar := _lpars[i][id]
}

# The components any selectable instance's effective configuration has, enabled or not (a rule
# may report one that runs nowhere).
_known[i] contains c if {
	some i, ids in _selected
	some id in ids
	some c, _ in zowe.effective[i][id].components
}

_components(i, _) := {_component(c, object.get(_placed, [i, c], {}), started) |
	some c in object.get(_known, i, set())
	started := count(object.get(_started, [i, c], set())) > 0
} if {
	_has_instances(i)
}

_components(i, config) := {_component(c, {}, true) |
	some c, component in config.components
	component.enabled == true
} if {
	not _has_instances(i)
}

_has_instances(i) if count(zowe.ha_instances[i]) > 0

_component(c, placed, started) := {
	"component": c,
	"lpars": placed,
	"started": started,
	"spof": count(placed) < min_for_ha,
}

# ---------------------------------------------------------------------------------------------
# Kubernetes

# One entry per workload the rules cover (lib/kubernetes.rego in_scope):
#   object       its index in input.kubernetes; unit its deployment unit
#   workload     "Deployment zowe/gateway"; component for a Zowe component workload
#   replicas     the fewest pods it runs (an HPA's floor when one scales it, else spec.replicas),
#                absent when spec.replicas is not a number; spof when fewer than min_for_ha
#   maxReplicas  the most pods, when an HPA scales it
#   spread       "zones" or "nodes": the widest failure domain its pods are kept apart over
#   related      the HPAs that scale it and the PDBs that select its pods: findings about them
#                are about the workload too
workloads contains object.union_n([
	{
		"object": j,
		"unit": k8s.units[j],
		"workload": k8s.describe(j),
		"related": (object.get(k8s.workload_hpas, j, set()) | object.get(k8s.pdbs_by_template, j, set())),
	},
	_workload_component(j),
	_replicas(j),
	_autoscaled(j),
	_spread(j),
]) if {
	some j in k8s.in_scope
}

_workload_component(j) := {"component": k8s.components[j]} if {
	k8s.components[j]
} else := {}

_replicas(j) := {"replicas": n, "spof": n < min_for_ha} if {
	n := k8s.replicas_floor[j]
} else := {}

_autoscaled(j) := {"maxReplicas": k8s.replicas_max[j]} if {
	k8s.workload_hpas[j]
} else := {}

_spread(j) := {"spread": "zones"} if {
	"topology.kubernetes.io/zone" in k8s.spread_keys(j)
} else := {"spread": "nodes"} if {
	"kubernetes.io/hostname" in k8s.spread_keys(j)
} else := {}
