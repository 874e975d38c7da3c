/**
 * "HA topology at a glance": the bundled policy's topology view (policies/views/topology.rego,
 * computed from the library the rules judge by) with each cell marked by the reported findings
 * about it. One topology for every view: the Markdown tables (markdown.ts: job summary and
 * `--format markdown`) and the Mermaid diagram below (the pull request comment).
 */
import type { Violation } from "../engine/policy.js";
import type { ApartReason, SysplexFacts, WorkloadFacts } from "../engine/topology.js";
import { compareSeverity, type Finding, type Severity } from "../core/findings.js";
import type { ScanResult } from "../pipeline/scan.js";

/** A reported finding's rule on what the topology shows. */
export interface Mark {
  ruleId: string;
  /** The most severe of the rule's findings there. */
  severity: Severity;
}

export interface ComponentPlacement {
  component: string;
  /** LPAR (system name) → the HA instances on it that start the component. */
  instances: Map<string, string[]>;
  /** LPAR → findings about an instance's own setting of the component there. */
  cellMarks: Map<string, Mark[]>;
  /** Findings about the component's shared setting. */
  marks: Mark[];
  /** Some instance starts it. */
  started: boolean;
  spof: boolean;
}

export interface ApartInstance {
  instance: string;
  /** never-selected: zwe never selects the key, so nothing runs on it; no-lpar: its LPAR is unknown. */
  reason: ApartReason;
  marks: Mark[];
}

export interface SysplexTopology {
  label: string;
  /** Every LPAR an instance that zwe can select names, in natural order. */
  lpars: string[];
  /** LPAR → findings about an instance there that are not about one component (its names, its job). */
  lparMarks: Map<string, Mark[]>;
  /** The components that run, or that a finding is about. */
  components: ComponentPlacement[];
  apart: ApartInstance[];
}

/** A workload as the view gives it (without its indexes), with the findings about it, its HPAs and its PDBs. */
export interface WorkloadTopology extends Omit<WorkloadFacts, "object" | "related"> {
  marks: Mark[];
}

export interface Topology {
  sysplexes: SysplexTopology[];
  workloads: WorkloadTopology[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Names with numbers in them in the order people count: LPAR2 before LPAR10, lpar1_2 before lpar1_10. */
const naturalOrder = new Intl.Collator("en", { numeric: true }).compare;

/** The marks of one place, one per rule with its most severe finding. */
class MarkSet {
  private readonly byRule = new Map<string, Severity>();

  add(mark: Mark): void {
    const known = this.byRule.get(mark.ruleId);
    if (known === undefined || compareSeverity(mark.severity, known) < 0) this.byRule.set(mark.ruleId, mark.severity);
  }

  list(): Mark[] {
    return [...this.byRule].sort(([a], [b]) => compareText(a, b)).map(([ruleId, severity]) => ({ ruleId, severity }));
  }
}

function markSet<K>(map: Map<K, MarkSet>, key: K): MarkSet {
  let set = map.get(key);
  if (!set) map.set(key, (set = new MarkSet()));
  return set;
}

function listAt<T>(map: Map<number, T[]>, key: number): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** A finding's identity in the report: orderFindings keeps one finding per file, position, rule and message. */
function identity(f: Finding): string {
  return JSON.stringify([f.file, f.line, f.column, f.ruleId, f.message]);
}

interface MarkedViolation {
  violation: Violation;
  mark: Mark;
}

/**
 * What a violation about a Zowe configuration is about, by the library's finding convention
 * (policies/lib/zowe.rego at and at_effective): an instance's own value is under
 * haInstances.<id>, or the violation names the instance with a path from the root.
 */
function zoweSubject(v: Violation): { instance?: string; component?: string } {
  const inSection = v.instance === undefined && v.path[0] === "haInstances" && typeof v.path[1] === "string";
  const instance = v.instance ?? (inSection ? (v.path[1] as string) : undefined);
  const rest = inSection ? v.path.slice(2) : v.path;
  const component = rest[0] === "components" && typeof rest[1] === "string" ? rest[1] : undefined;
  return { ...(instance !== undefined ? { instance } : {}), ...(component !== undefined ? { component } : {}) };
}

function sysplexTopology(s: SysplexFacts, file: string, marked: readonly MarkedViolation[]): SysplexTopology {
  const rowMarks = new Map<string, MarkSet>();
  const cellMarks = new Map<string, Map<string, MarkSet>>();
  const lparMarks = new Map<string, MarkSet>();
  const apartMarks = new Map<string, MarkSet>();
  for (const { violation, mark } of marked) {
    const { instance, component } = zoweSubject(violation);
    const lpar = instance === undefined ? undefined : s.instances.get(instance);
    if (instance !== undefined && s.apart.has(instance)) markSet(apartMarks, instance).add(mark);
    else if (component !== undefined && instance === undefined) markSet(rowMarks, component).add(mark);
    else if (component !== undefined && lpar !== undefined) {
      let cells = cellMarks.get(component);
      if (!cells) cellMarks.set(component, (cells = new Map()));
      markSet(cells, lpar).add(mark);
    } else if (lpar !== undefined) markSet(lparMarks, lpar).add(mark);
  }
  const components = s.components
    .filter((c) => c.started || rowMarks.has(c.component) || cellMarks.has(c.component))
    .sort((a, b) => compareText(a.component, b.component))
    .map((c) => ({
      component: c.component,
      instances: new Map([...c.lpars].map(([lpar, ids]) => [lpar, [...ids].sort(naturalOrder)])),
      cellMarks: new Map([...(cellMarks.get(c.component) ?? [])].map(([lpar, set]) => [lpar, set.list()])),
      marks: rowMarks.get(c.component)?.list() ?? [],
      started: c.started,
      spof: c.spof,
    }));
  const apart = [...s.apart]
    .sort(([a], [b]) => naturalOrder(a, b))
    .map(([instance, reason]) => ({ instance, reason, marks: apartMarks.get(instance)?.list() ?? [] }));
  return {
    label: s.domain ? `${file} (${s.domain})` : file,
    lpars: [...new Set(s.instances.values())].sort(naturalOrder),
    lparMarks: new Map([...lparMarks].map(([lpar, set]) => [lpar, set.list()])),
    components,
    apart,
  };
}

function workloadTopology(w: WorkloadFacts, marks: MarkSet): WorkloadTopology {
  // The indexes are the input's, which the reports do not show.
  const { object, related, ...shown } = w;
  return { ...shown, marks: marks.list() };
}

/**
 * The topology of a scan asked for it, marked with the findings it reports (in the action's
 * changed-files mode, those of the changed files); undefined for a scan that did not compute it.
 */
export function topologyOf(result: Pick<ScanResult, "findings" | "topology">): Topology | undefined {
  if (!result.topology) return undefined;
  const { facts, zoweFiles, located } = result.topology;
  const reported = new Map(result.findings.map((f) => [identity(f), f]));
  const byConfig = new Map<number, MarkedViolation[]>();
  const byObject = new Map<number, Mark[]>();
  for (const { violation, finding } of located) {
    const shown = reported.get(identity(finding));
    if (!shown) continue;
    const mark = { ruleId: shown.ruleId, severity: shown.severity };
    if (violation.zowe !== undefined) listAt(byConfig, violation.zowe).push({ violation, mark });
    if (violation.object !== undefined) listAt(byObject, violation.object).push(mark);
  }
  const sysplexes = facts.sysplexes.map((s) =>
    sysplexTopology(s, zoweFiles[s.zowe] ?? `Zowe configuration ${s.zowe + 1}`, byConfig.get(s.zowe) ?? []),
  );
  const workloads = facts.workloads
    .map((w) => {
      const marks = new MarkSet();
      for (const j of [w.object, ...w.related]) for (const mark of byObject.get(j) ?? []) marks.add(mark);
      return workloadTopology(w, marks);
    })
    .sort((a, b) => compareText(a.unit, b.unit) || compareText(a.workload, b.workload));
  return { sysplexes, workloads };
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

/** How many LPARs a component runs on, as its HA verdict says it. */
export function placementText(c: ComponentPlacement): string {
  if (!c.started) return "not started";
  if (c.instances.size === 0) return "single point of failure (no named LPAR)";
  return c.spof ? `single point of failure (${c.instances.size} LPAR)` : `${c.instances.size} LPARs`;
}

export const APART_TEXT: Record<ApartReason, string> = {
  "never-selected": "zwe never selects this key, so nothing runs on it",
  "no-lpar": "its system name is missing or a template, so its LPAR is unknown",
};

export function replicasText(w: WorkloadTopology): string {
  if (w.replicas === undefined) return "?";
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
    .replace(/\|/g, "#124;")
    .replace(/\r?\n/g, " ");
}

function ruleIds(marks: readonly Mark[]): string {
  return mermaidText(marks.map((m) => m.ruleId).join(", "));
}

/** A line of rule ids under a node's name, when there are any. */
function marksLine(marks: readonly Mark[]): string {
  return marks.length > 0 ? `<br/>${ruleIds(marks)}` : "";
}

/** GitHub stops rendering very large diagrams; past this many nodes the table in the summary is the view. */
const MAX_DIAGRAM_NODES = 150;

/**
 * The topology as a Mermaid flowchart (lines without the code fence); [] when it is empty or too
 * large. Single points of failure are red; what a finding is about carries the rule's id (on the
 * node, or on the link between a component and an LPAR) and, when not already red, is amber.
 */
export function topologyMermaid(t: Topology): string[] {
  const nodes =
    t.sysplexes.reduce((n, s) => n + s.lpars.length + s.components.length + s.apart.length, 0) + t.workloads.length;
  if (nodes === 0 || nodes > MAX_DIAGRAM_NODES) return [];
  const out = ["flowchart LR"];
  const spof: string[] = [];
  const flagged: string[] = [];
  t.sysplexes.forEach((s, i) => {
    out.push(`  subgraph s${i}["${mermaidText(s.label)}"]`);
    s.lpars.forEach((lpar, l) => {
      const marks = s.lparMarks.get(lpar) ?? [];
      out.push(`    s${i}l${l}[("${mermaidText(lpar)}${marksLine(marks)}")]`);
      if (marks.length > 0) flagged.push(`s${i}l${l}`);
    });
    s.components.forEach((c, k) => {
      const id = `s${i}c${k}`;
      out.push(`    ${id}["${c.spof ? "⚠ " : ""}${mermaidText(c.component)}${marksLine(c.marks)}"]`);
      for (const lpar of new Set([...c.instances.keys(), ...c.cellMarks.keys()])) {
        const marks = c.cellMarks.get(lpar) ?? [];
        const link = marks.length > 0 ? `---|"${ruleIds(marks)}"|` : "---";
        out.push(`    ${id} ${link} s${i}l${s.lpars.indexOf(lpar)}`);
      }
      if (c.spof) spof.push(id);
      else if (c.marks.length > 0 || c.cellMarks.size > 0) flagged.push(id);
    });
    s.apart.forEach((a, k) => {
      const id = `s${i}x${k}`;
      const what = a.reason === "never-selected" ? "never started" : "LPAR unknown";
      out.push(`    ${id}["${mermaidText(a.instance)}: ${what}${marksLine(a.marks)}"]`);
      if (a.marks.length > 0) flagged.push(id);
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
        `    ${id}["${w.spof ? "⚠ " : ""}${mermaidText(w.component ?? w.workload)}<br/>${mermaidText(w.workload)}<br/>replicas: ${mermaidText(replicasText(w))}, ${spread}${marksLine(w.marks)}"]`,
      );
      if (w.spof) spof.push(id);
      else if (w.marks.length > 0) flagged.push(id);
    }
    out.push("  end");
  });
  if (spof.length > 0)
    out.push("  classDef spof fill:#ffe5e5,stroke:#d1242f,color:#82071e", `  class ${spof.join(",")} spof`);
  if (flagged.length > 0)
    out.push("  classDef flagged fill:#fff8c5,stroke:#9a6700,color:#4d2d00", `  class ${flagged.join(",")} flagged`);
  return out;
}
