/**
 * The four files of a new rule's folder (`npm run new-rule`), per group: METADATA with every field
 * the build requires, a small working check that shows the library's finding constructors, opa
 * unit tests that pass on it, and a pass and a fail sample that the rule's sample tests accept.
 * The example check reports only the placeholder value TODO, so a rule scaffolded and not yet
 * written reports nothing on real repositories.
 */

export const RULE_GROUPS = ["zowe", "kubernetes"] as const;
export type RuleGroup = (typeof RULE_GROUPS)[number];

export function isRuleGroup(value: string): value is RuleGroup {
  return (RULE_GROUPS as readonly string[]).includes(value);
}

/** What each group's rules check, for messages. */
export const GROUP_SUBJECTS: Record<RuleGroup, string> = {
  zowe: "a zowe.yaml of a Sysplex or container deployment",
  kubernetes: "Kubernetes manifests",
};

function metadata(id: string, source: string, what: string): string {
  return `# METADATA
# title: TODO Say in a few words what the rule requires
# description: |
#   TODO Why this matters for high availability (2-4 sentences), which cases are errors and which
#   warnings, and what is inferred. The check below is an example to replace: it reports ${what}.
# related_resources:
#   - ref: ${source}
#     description: "TODO What the source says, paraphrased"
# custom:
#   id: ${id}
#   severity: warning
#   confidence: inference
#   remediation: |
#     TODO How to fix it, with the YAML keys to change.
`;
}

function zoweRule(name: string, id: string): Record<string, string> {
  return {
    [`${name}.rego`]: `${metadata(id, "https://docs.zowe.org/stable/user-guide/zowe-ha-overview", "the placeholder TODO as a system\n#   name or a workspace directory")}package zowe_ha.rules.zowe.${name}

import data.zowe_ha.lib.zowe

# zowe.at(i, path, message): a finding at a path of configuration i as written, from its root (an
# instance's own value is under ["haInstances", id, ...]). A path that does not exist is reported
# at its nearest existing ancestor, where the missing key would be added.
report contains zowe.at(i, ["haInstances", id, "sysname"], message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.sysname(i, id) == "TODO"
	message := concat("", ["instance ", id, " has the placeholder system name TODO; set the system name of its LPAR (inference: TODO from what)"])
}

# zowe.at_effective(i, id, path, instance_message, shared_message): a value of instance id's
# effective configuration, reported at the instance's own value when it sets one, otherwise once
# at the shared value that every instance inherits.
report contains zowe.at_effective(i, id, ["zowe", "workspaceDirectory"], instance_message, shared_message) if {
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.effective[i][id].zowe.workspaceDirectory == "TODO"
	instance_message := concat("", ["instance ", id, " sets the placeholder workspace directory TODO (inference: TODO from what)"])
	shared_message := "the workspace directory is the placeholder TODO (inference: TODO from what)"
}
`,
    [`${name}_test.rego`]: `package zowe_ha.rules.zowe.${name}_test

import data.zowe_ha.rules.zowe.${name} as rule

config(workspace, sysname2) := {
	"zowe": {"workspaceDirectory": workspace},
	"haInstances": {
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": sysname2},
	},
}

test_real_values_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": config("/global/zowe/workspace", "LPAR2")}]}
}

test_a_placeholder_system_name_is_reported_at_the_instance if {
	rule.report == {{
		"zowe": 0,
		"path": ["haInstances", "lpar2", "sysname"],
		"message": "instance lpar2 has the placeholder system name TODO; set the system name of its LPAR (inference: TODO from what)",
	}} with input as {"zowe": [{"config": config("/global/zowe/workspace", "TODO")}]}
}

test_a_shared_placeholder_is_reported_once_at_the_shared_value if {
	rule.report == {{
		"zowe": 0,
		"path": ["zowe", "workspaceDirectory"],
		"message": "the workspace directory is the placeholder TODO (inference: TODO from what)",
	}} with input as {"zowe": [{"config": config("TODO", "LPAR2")}]}
}

test_an_instance_placeholder_is_reported_at_the_instance if {
	own := json.patch(config("/global/zowe/workspace", "LPAR2"), [{"op": "add", "path": "/haInstances/lpar1/zowe", "value": {"workspaceDirectory": "TODO"}}])
	rule.report == {{
		"zowe": 0,
		"instance": "lpar1",
		"path": ["zowe", "workspaceDirectory"],
		"message": "instance lpar1 sets the placeholder workspace directory TODO (inference: TODO from what)",
	}} with input as {"zowe": [{"config": own}]}
}

test_a_zowe_yaml_in_a_configmap_is_not_a_sysplex_configuration if {
	count(rule.report) == 0 with input as {"zowe": [{"config": config("TODO", "TODO"), "container": true}]}
}
`,
    "pass.yaml": `zowe:
  workspaceDirectory: /global/zowe/workspace
  externalDomains: [zowe.plex.example.com]
  externalPort: 7554
haInstances:
  lpar1:
    hostname: lpar1.example.com
    sysname: LPAR1
  lpar2:
    hostname: lpar2.example.com
    sysname: LPAR2
`,
    "fail.yaml": `zowe:
  workspaceDirectory: TODO  # expect: ${id}@3
  externalDomains: [zowe.plex.example.com]
  externalPort: 7554
haInstances:
  lpar1:
    hostname: lpar1.example.com
    sysname: LPAR1
  lpar2:
    hostname: lpar2.example.com
    sysname: TODO  # expect: ${id}
`,
  };
}

function kubernetesRule(name: string, id: string): Record<string, string> {
  return {
    [`${name}.rego`]: `${metadata(id, "https://docs.zowe.org/stable/user-guide/k8s-config", "a workload whose pods carry a label\n#   with the placeholder value TODO")}package zowe_ha.rules.kubernetes.${name}

import data.zowe_ha.lib.kubernetes as k8s

# k8s.at(j, path, message): a finding at a path inside Kubernetes object j (input.kubernetes[j]).
# k8s.at_ha(j, path, message) is the same finding, an error when the user declares
# kubernetes.ha: true (the METADATA then lists error under custom.other_severities).
# k8s.in_scope: the Deployments and StatefulSets the rules cover (Zowe's, or every one with
# kubernetes.scope: all); k8s.pod_labels[j]: the labels of their pods.
# The bundled rules see objects without the fields none of them reads (src/engine/projection.ts:
# containers' images, env and resources, annotations, ConfigMap data): a rule that reads one takes
# it off that list.
report contains k8s.at(j, path, message) if {
	some j in k8s.in_scope
	some label, value in k8s.pod_labels[j]
	value == "TODO"
	path := array.concat(k8s.template_path(k8s.kinds[j]), ["metadata", "labels", label])
	message := concat("", [k8s.describe(j), ": the label ", label, " of its pods has the placeholder value TODO (inference: TODO from what)"])
}
`,
    [`${name}_test.rego`]: `package zowe_ha.rules.kubernetes.${name}_test

import data.zowe_ha.rules.kubernetes.${name} as rule

deployment(labels) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "gateway", "namespace": "zowe"},
	"spec": {"template": {"metadata": {"labels": labels}, "spec": {"containers": [{"name": "gateway"}]}}},
}

zowe_labels := {"app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway"}

test_real_labels_pass if {
	count(rule.report) == 0 with input as {"kubernetes": [deployment(object.union(zowe_labels, {"app.kubernetes.io/version": "3.1.0"}))]}
}

test_the_placeholder_is_reported_at_its_label if {
	rule.report == {{
		"object": 0,
		"path": ["spec", "template", "metadata", "labels", "app.kubernetes.io/version"],
		"message": "Deployment zowe/gateway: the label app.kubernetes.io/version of its pods has the placeholder value TODO (inference: TODO from what)",
	}} with input as {"kubernetes": [deployment(object.union(zowe_labels, {"app.kubernetes.io/version": "TODO"}))]}
}

test_other_workloads_only_with_scope_all if {
	other := deployment({"app": "web", "tier": "TODO"})
	count(rule.report) == 0 with input as {"kubernetes": [other]}
	count(rule.report) == 1 with input as {"kubernetes": [other], "options": {"kubernetes": {"scope": "all"}}}
}
`,
    "pass.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
  namespace: zowe
  labels:
    app.kubernetes.io/name: zowe
    app.kubernetes.io/component: gateway
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: zowe
      app.kubernetes.io/component: gateway
  template:
    metadata:
      labels:
        app.kubernetes.io/name: zowe
        app.kubernetes.io/component: gateway
        app.kubernetes.io/version: 3.1.0
    spec:
      containers:
        - name: gateway
          image: zowe-docker-release.jfrog.io/ompzowe/gateway-service:3
`,
    "fail.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
  namespace: zowe
  labels:
    app.kubernetes.io/name: zowe
    app.kubernetes.io/component: gateway
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: zowe
      app.kubernetes.io/component: gateway
  template:
    metadata:
      labels:
        app.kubernetes.io/name: zowe
        app.kubernetes.io/component: gateway
        app.kubernetes.io/version: TODO  # expect: ${id}@9
    spec:
      containers:
        - name: gateway
          image: zowe-docker-release.jfrog.io/ompzowe/gateway-service:3
`,
  };
}

/** The rule folder's files, by name. */
export function ruleTemplate(group: RuleGroup, name: string, id: string): Record<string, string> {
  return group === "zowe" ? zoweRule(name, id) : kubernetesRule(name, id);
}
