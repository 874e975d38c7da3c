/**
 * "HA topology at a glance": where each component runs, computed from the model the policy
 * evaluated, with single points of failure marked. One computation for every view: the Markdown
 * table (markdown.ts: job summary and `--format markdown`) and the Mermaid diagram below (the
 * pull request comment).
 */
import { isObject, type JsonObject } from "../load/classify.js";
import type { ScanResult } from "../scan.js";

/** A component needs at least this many LPARs, or replicas, to survive the loss of one. */
const MIN_FOR_HA = 2;

export interface ComponentPlacement {
  component: string;
  /** LPAR (system name) → the HA instances on it that start the component. */
  instances: Map<string, string[]>;
  spof: boolean;
}

export interface SysplexTopology {
  label: string;
  /** Every LPAR an HA instance names, sorted. */
  lpars: string[];
  components: ComponentPlacement[];
}

export interface WorkloadTopology {
  /** The deployment unit it belongs to (a cluster's folder, a kustomization, a Helm release). */
  unit: string;
  /** "Deployment zowe/gateway" */
  workload: string;
  component?: string;
  /** The fewest pods it runs: the HPA floor when an HPA scales it, else spec.replicas (default 1). */
  replicas: number;
  /** The HPA's maxReplicas when one scales it. */
  maxReplicas?: number;
  /** The failure domains it is spread over (anti-affinity or topology spread), if any. */
  spread?: "zones" | "nodes";
  spof: boolean;
}

export interface Topology {
  sysplexes: SysplexTopology[];
  workloads: WorkloadTopology[];
}

// ---------------------------------------------------------------------------------------------
// Zowe in a Sysplex

/**
 * The instance section deep-merged over the configuration: objects merge, scalars and arrays of
 * the instance replace (policies/lib/zowe.rego `effective`, Rego's object.union).
 */
function mergeOver(base: JsonObject, over: JsonObject): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = Object.hasOwn(merged, key) ? merged[key] : undefined;
    // Defined, not assigned: a YAML key "__proto__" stays a key and never becomes a prototype.
    Object.defineProperty(merged, key, {
      value: isObject(current) && isObject(value) ? mergeOver(current, value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return merged;
}

function enabledComponents(config: JsonObject): string[] {
  const components = config.components;
  if (!isObject(components)) return [];
  return Object.entries(components)
    .filter(([, c]) => isObject(c) && c.enabled === true)
    .map(([name]) => name);
}

/** The system name as the rules compare it (policies/lib/zowe.rego `sysname`). */
function sysnameOf(instance: unknown): string | undefined {
  return isObject(instance) && typeof instance.sysname === "string" ? instance.sysname.trim().toUpperCase() : undefined;
}

function sysplexLabel(config: JsonObject, file: string): string {
  const zowe = isObject(config.zowe) ? config.zowe : {};
  const domain =
    Array.isArray(zowe.externalDomains) && typeof zowe.externalDomains[0] === "string"
      ? zowe.externalDomains[0]
      : undefined;
  return domain ? `${file} (${domain})` : file;
}

function sysplexTopology(config: JsonObject, file: string): SysplexTopology {
  const { haInstances, ...shared } = config;
  const instances = isObject(haInstances) ? Object.entries(haInstances) : [];
  const placements = new Map<string, Map<string, string[]>>();
  const lpars = new Set<string>();
  // Without HA instances one Zowe on one (unnamed) system runs everything.
  if (instances.length === 0) for (const c of enabledComponents(shared)) placements.set(c, new Map());
  for (const [id, instance] of instances) {
    const effective = isObject(instance) ? mergeOver(shared, instance) : shared;
    const lpar = sysnameOf(instance);
    if (lpar) lpars.add(lpar);
    for (const c of enabledComponents(effective)) {
      const onLpars = placements.get(c) ?? new Map<string, string[]>();
      placements.set(c, onLpars);
      // An instance without a system name runs the component on no LPAR the rules can count.
      if (lpar) onLpars.set(lpar, [...(onLpars.get(lpar) ?? []), id]);
    }
  }
  const components = [...placements]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([component, on]) => ({ component, instances: on, spof: on.size < MIN_FOR_HA }));
  return { label: sysplexLabel(config, file), lpars: [...lpars].sort(), components };
}

// ---------------------------------------------------------------------------------------------
// Kubernetes

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet"]);
const SPREAD_KEYS: Record<string, "zones" | "nodes"> = {
  "topology.kubernetes.io/zone": "zones",
  "kubernetes.io/hostname": "nodes",
};

function field(o: unknown, ...path: string[]): unknown {
  let node = o;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return node;
}

function labelsOf(o: unknown): Record<string, unknown> {
  const labels = field(o, "metadata", "labels");
  return isObject(labels) ? labels : {};
}

function namespaceOf(o: JsonObject): string {
  const ns = field(o, "metadata", "namespace");
  return typeof ns === "string" && ns !== "" ? ns : "default";
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A LabelSelector selects pods with these labels (matchLabels and matchExpressions). */
function selects(selector: unknown, labels: Record<string, unknown>): boolean {
  if (!isObject(selector)) return false;
  const matchLabels = isObject(selector.matchLabels) ? selector.matchLabels : {};
  if (!Object.entries(matchLabels).every(([k, v]) => labels[k] === v)) return false;
  return asArray(selector.matchExpressions).every((e) => {
    if (!isObject(e) || typeof e.key !== "string") return false;
    const values = asArray(e.values);
    switch (e.operator) {
      case "In":
        return values.includes(labels[e.key]);
      case "NotIn":
        return !values.includes(labels[e.key]);
      case "Exists":
        return e.key in labels;
      case "DoesNotExist":
        return !(e.key in labels);
      default:
        return false;
    }
  });
}

/**
 * The widest failure domain the pods are spread over: topology spread constraints or pod
 * anti-affinity on a node or zone key that select the workload's own pods (as ZWE-HA-K09 checks).
 */
function spreadOf(podSpec: unknown, podLabels: Record<string, unknown>): "zones" | "nodes" | undefined {
  const antiAffinity = field(podSpec, "affinity", "podAntiAffinity");
  const terms = [
    ...asArray(field(podSpec, "topologySpreadConstraints")),
    ...asArray(field(antiAffinity, "requiredDuringSchedulingIgnoredDuringExecution")),
    ...asArray(field(antiAffinity, "preferredDuringSchedulingIgnoredDuringExecution")).map((w) =>
      field(w, "podAffinityTerm"),
    ),
  ];
  const domains = new Set(
    terms
      .filter((t) => selects(field(t, "labelSelector"), podLabels))
      .map((t) => SPREAD_KEYS[String(field(t, "topologyKey"))]),
  );
  return domains.has("zones") ? "zones" : domains.has("nodes") ? "nodes" : undefined;
}

function workloadTopology(objects: readonly JsonObject[], units: readonly string[], scope: string): WorkloadTopology[] {
  const hpas = objects.flatMap((o, j) => (o.kind === "HorizontalPodAutoscaler" ? [{ h: o, unit: units[j] }] : []));
  const result: WorkloadTopology[] = [];
  objects.forEach((o, j) => {
    const name = field(o, "metadata", "name");
    if (typeof o.kind !== "string" || !WORKLOAD_KINDS.has(o.kind) || typeof name !== "string") return;
    const template = field(o, "spec", "template");
    const podLabels = labelsOf(template);
    const labels = { ...labelsOf(o), ...podLabels };
    // The same workloads the rules cover (policies/lib/kubernetes.rego `in_scope`).
    const zowe = labels["app.kubernetes.io/name"] === "zowe";
    if (scope !== "all" && !zowe) return;
    const namespace = namespaceOf(o);
    const unit = units[j] ?? "";
    const scalers = hpas.flatMap(({ h, unit: hpaUnit }) =>
      hpaUnit === unit &&
      namespaceOf(h) === namespace &&
      field(h, "spec", "scaleTargetRef", "kind") === o.kind &&
      field(h, "spec", "scaleTargetRef", "name") === name
        ? [h]
        : [],
    );
    const declared = field(o, "spec", "replicas");
    const replicas =
      scalers.length > 0
        ? Math.min(...scalers.map((h) => numberOr(field(h, "spec", "minReplicas"), 1)))
        : numberOr(declared, 1);
    const maxima = scalers
      .map((h) => field(h, "spec", "maxReplicas"))
      .filter((m): m is number => typeof m === "number");
    const component = labels["app.kubernetes.io/component"];
    const spread = spreadOf(field(template, "spec"), podLabels);
    result.push({
      unit,
      workload: `${o.kind} ${namespace}/${name}`,
      ...(typeof component === "string" ? { component } : zowe ? { component: name } : {}),
      replicas,
      ...(maxima.length > 0 ? { maxReplicas: Math.max(...maxima) } : {}),
      ...(spread ? { spread } : {}),
      spof: replicas < MIN_FOR_HA,
    });
  });
  const text = (w: WorkloadTopology) => `${w.unit}\0${w.workload}`;
  return result.sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" ? value : fallback;
}

export function topologyOf({ input, zoweFiles }: Pick<ScanResult, "input" | "zoweFiles">): Topology {
  const sysplexes: SysplexTopology[] = [];
  input.zowe.forEach((entry, i) => {
    // A zowe.yaml in a ConfigMap runs in containers: its replicas are the workloads'.
    if (!entry.container) sysplexes.push(sysplexTopology(entry.config, zoweFiles[i] ?? `Zowe configuration ${i + 1}`));
  });
  return { sysplexes, workloads: workloadTopology(input.kubernetes, input.units, input.options.kubernetes.scope) };
}

/** The workloads of each deployment unit, in report order: one section each. */
export function workloadsByUnit(t: Topology): Map<string, WorkloadTopology[]> {
  const units = new Map<string, WorkloadTopology[]>();
  for (const w of t.workloads) units.set(w.unit, [...(units.get(w.unit) ?? []), w]);
  return units;
}

/** A unit's section title: "Kubernetes" alone when the repository holds one unit (the checked folder). */
export function kubernetesLabel(unit: string): string {
  return unit === "" || unit === "." ? "Kubernetes" : `Kubernetes: ${unit}`;
}

export function isEmptyTopology(t: Topology): boolean {
  return t.sysplexes.length === 0 && t.workloads.length === 0;
}

// ---------------------------------------------------------------------------------------------
// Rendering

export function replicasText(w: WorkloadTopology): string {
  return w.maxReplicas !== undefined ? `${w.replicas}–${w.maxReplicas} (autoscaled)` : String(w.replicas);
}

/** Mermaid node labels are quoted strings: entity codes stand in for characters that would end them. */
function mermaidText(text: string): string {
  return text
    .replace(/&/g, "#amp;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/`/g, "#96;")
    .replace(/\r?\n/g, " ");
}

/** GitHub stops rendering very large diagrams; past this many nodes the table in the summary is the view. */
const MAX_DIAGRAM_NODES = 150;

/** The topology as a Mermaid flowchart (lines without the code fence); [] when it is empty or too large. */
export function topologyMermaid(t: Topology): string[] {
  const nodes = t.sysplexes.reduce((n, s) => n + s.lpars.length + s.components.length, 0) + t.workloads.length;
  if (nodes === 0 || nodes > MAX_DIAGRAM_NODES) return [];
  const out = ["flowchart LR"];
  const spof: string[] = [];
  t.sysplexes.forEach((s, i) => {
    out.push(`  subgraph s${i}["${mermaidText(s.label)}"]`);
    s.lpars.forEach((lpar, l) => out.push(`    s${i}l${l}[("${mermaidText(lpar)}")]`));
    s.components.forEach((c, k) => {
      const id = `s${i}c${k}`;
      out.push(`    ${id}["${c.spof ? "⚠ " : ""}${mermaidText(c.component)}"]`);
      for (const lpar of c.instances.keys()) out.push(`    ${id} --- s${i}l${s.lpars.indexOf(lpar)}`);
      if (c.spof) spof.push(id);
    });
    out.push("  end");
  });
  let k = 0;
  [...workloadsByUnit(t)].forEach(([unit, workloads], u) => {
    out.push(`  subgraph k${u}["${mermaidText(kubernetesLabel(unit))}"]`);
    for (const w of workloads) {
      const id = `w${k++}`;
      const spread = w.spread ? `spread over ${w.spread}` : "not spread";
      out.push(
        `    ${id}["${w.spof ? "⚠ " : ""}${mermaidText(w.component ?? w.workload)}<br/>${mermaidText(w.workload)}<br/>replicas: ${mermaidText(replicasText(w))}, ${spread}"]`,
      );
      if (w.spof) spof.push(id);
    }
    out.push("  end");
  });
  if (spof.length > 0)
    out.push("  classDef spof fill:#ffe5e5,stroke:#d1242f,color:#82071e", `  class ${spof.join(",")} spof`);
  return out;
}
