# METADATA
# title: Each object is defined once in its deployment unit
# description: |
#   A deployment unit is what is applied together to one cluster: a rendered kustomization, a Helm
#   release, or a folder of manifests. Two objects of the same API group, kind, namespace and name
#   in one unit are one object in the cluster: applying the unit keeps only the definition applied
#   last, so the replicas, budget or probes written in the other are silently not what runs, and
#   the rules cannot tell which of the two applies. Folders that each describe a cluster of their own
#   (clusters/prod and clusters/dev) are separate units and may repeat names.
# related_resources:
#   - ref: https://kubernetes.io/docs/reference/using-api/server-side-apply/
#     description: "Kubernetes: an object is identified by its group, kind, namespace and name; applying a second definition of it updates the same object"
#   - ref: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
#     description: "Kubernetes: only one object of a given kind can have a given name in a namespace at a time"
# custom:
#   id: ZWE-HA-K20
#   severity: warning
#   confidence: inference
#   remediation: |
#     Keep one definition of the object in the unit. If the files describe different clusters, put
#     each cluster in a folder of its own (the folders then are separate units), or list the
#     clusters' folders in `.zowe-ha-policy.yaml` under `kubernetes.units` (for example
#     `units: ["clusters/*"]`).
package zowe_ha.rules.kubernetes.object_defined_once

import data.zowe_ha.lib.kubernetes as k8s

# The objects of each identity (group, kind, scope, name) in one pass.
_by_identity[identity] contains j if {
	some j, kind in k8s.kinds
	identity := concat("/", [_group(input.kubernetes[j]), k8s.keys[j]])
}

_group(o) := split(o.apiVersion, "/")[0] if {
	is_string(o.apiVersion)
	contains(o.apiVersion, "/")
} else := ""

# Once per identity, at its second definition (in the order the files are read).
report contains k8s.at(j, [], message) if {
	some js in _by_identity
	count(js) > 1
	j := min(js - {min(js)})
	message := concat("", [
		k8s.describe(j), " is defined ", format_int(count(js), 10), " times in deployment unit \"", k8s.units[j],
		"\": applying the unit keeps only the definition applied last, so the others are not what runs (inference); ",
		"keep one definition, or put the clusters the files describe in separate folders (or list them under ",
		"kubernetes.units in .zowe-ha-policy.yaml)",
	])
}
