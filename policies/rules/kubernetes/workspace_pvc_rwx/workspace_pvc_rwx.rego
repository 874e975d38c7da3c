# METADATA
# title: The Zowe workspace PersistentVolumeClaim is ReadWriteMany
# description: |
#   Every Zowe workload mounts the same workspace volume (zowe-workspace-pvc at
#   /home/zowe/instance/workspace). A claim that is not ReadWriteMany can be mounted read-write by
#   the pods of one node only: replicas scheduled on other nodes cannot start, so the extra
#   replicas that should provide high availability stay Pending.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/k8s-config
#     description: "Zowe docs, Configuring (Kubernetes), Create Persistent Volume Claim: zowe-workspace-pvc must be declared in access mode ReadWriteMany"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/containers/kubernetes/samples/workspace-pvc.yaml
#     description: "Zowe's workspace-pvc.yaml: accessModes [ReadWriteMany], mounted by every workload at /home/zowe/instance/workspace"
#   - ref: https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes
#     description: "Kubernetes docs: ReadWriteOnce volumes are mounted read-write by a single node; ReadWriteMany by many nodes"
# custom:
#   id: ZWE-HA-K03
#   severity: error
#   other_severities:
#     warning: "when the claim is mounted by one pod at most (a second replica could not start on another node)"
#   confidence: documented
#   remediation: |
#     Set `spec.accessModes: [ReadWriteMany]` on the workspace PersistentVolumeClaim, with a
#     `storageClassName` (or `volumeName`) whose storage supports it (NFS, CephFS, Azure Files, EFS...).
package zowe_ha.rules.kubernetes.workspace_pvc_rwx

import data.zowe_ha.lib.kubernetes as k8s
import data.zowe_ha.lib.zowe

_workspace_path := "/home/zowe/instance/workspace"

_default_claim := "zowe-workspace-pvc"

# _workspace_claims[j]: the claims object j's pods mount as the Zowe workspace.
_workspace_claims := {j: claims |
	some j, spec in k8s.pod_specs
	claims := {claim |
		some volume in spec.volumes
		claim := volume.persistentVolumeClaim.claimName
		is_string(claim)
		_workspace(j, volume.name, claim)
	}
	count(claims) > 0
}

_workspace(_, _, claim) if claim == _default_claim

_workspace(j, name, _) if {
	some [mounted, path] in k8s.mount_paths(j)
	mounted == name
	trim_right(path, "/") == _workspace_path
}

# The keys of the claims some pod mounts as the workspace.
_workspace_keys := {k8s.key("PersistentVolumeClaim", k8s.scopes[j], claim) |
	some j, claims in _workspace_claims
	some claim in claims
}

# The objects of the claim's namespace that mount it as the workspace.
_mounts(p) := {j |
	some j in k8s.templates_in(k8s.scopes[p])
	_workspace_claims[j][k8s.names[p]]
}

# The pods an object runs at most: a DaemonSet one per node (at least 2 counted).
_pods(j) := k8s.replicas_max[j] if {
	k8s.workloads[j]
} else := 2 if {
	k8s.kinds[j] == "DaemonSet"
} else := 1

report contains object.union(k8s.at(p, ["spec", "accessModes"], message), {"severity": _severity(pods)}) if {
	some p, kind in k8s.kinds
	kind == "PersistentVolumeClaim"
	_is_workspace(p)
	mounts := _mounts(p)
	modes := object.get(input.kubernetes[p], ["spec", "accessModes"], [])
	not "ReadWriteMany" in _array(modes)
	pods := k8s.sum_per_key([[k8s.keys[j], _pods(j)] | some j in mounts])
	message := concat("", [k8s.describe(p), " ", _usage(mounts, pods), " but its accessModes are ", zowe.show(modes), ": ", _consequence(pods)])
}

_is_workspace(p) if k8s.names[p] == _default_claim

_is_workspace(p) if _workspace_keys[k8s.keys[p]]

_array(x) := x if is_array(x)

else := []

_severity(pods) := "error" if pods > 1

else := "warning"

_usage(mounts, pods) := concat("", [
	"is the Zowe workspace of ", concat(", ", sort({k8s.describe(j) | some j in mounts})),
	" (up to ", zowe.show(pods), " pods)",
]) if {
	count(mounts) > 0
} else := "is the Zowe workspace claim (no scanned workload mounts it)"

_consequence(pods) := concat("", [
	"pods on other nodes than the first cannot mount it and stay Pending, so the replicas give no ",
	"high availability; Zowe requires ReadWriteMany",
]) if {
	pods > 1
} else := "a second replica or component on another node could not mount it; Zowe requires ReadWriteMany"
