/** Markdown: totals, the HA topology, then a table per file, then the rules that fired with their fix. */
import type { Finding } from "../core/findings.js";
import {
  byFile,
  checkedLine,
  nothingChecked,
  plural,
  severityLine,
  summarize,
  type ReportContext,
  type Summary,
} from "./context.js";
import { cell, codeSpan, inline } from "./markdown-text.js";
import {
  APART_TEXT,
  isEmptyTopology,
  kubernetesLabel,
  placementText,
  replicasText,
  topologyOf,
  workloadsByUnit,
  type ComponentPlacement,
  type Mark,
  type Topology,
  type WorkloadTopology,
} from "./topology.js";

const ICON = { error: "🔴", warning: "🟡", info: "🔵" } as const;

export interface MarkdownOptions {
  /** Where a finding's line number links to (on GitHub: the file at the commit checked). */
  lineLink?: (f: Finding) => string;
  /** Paragraphs shown under the totals (on GitHub: what was reported where). */
  notes?: readonly string[];
  /** Finding rows stop before the text would exceed this many UTF-8 bytes (GitHub's size limits). */
  maxBytes?: number;
}

function bytes(lines: readonly string[]): number {
  return lines.reduce((n, line) => n + Buffer.byteLength(line, "utf8") + 1, 0);
}

/** "❌ **3 problems** (2 errors, 1 warning, 0 info). 2 files read: …" */
export function statusLine(s: Summary): string {
  if (nothingChecked(s))
    return `No Zowe configuration or Kubernetes manifest found (${plural(s.files, "file")} read): nothing was checked.`;
  if (s.findings === 0) return `✅ No problems found. ${checkedLine(s)}.`;
  return `${s.failed ? "❌" : "⚠️"} **${plural(s.findings, "problem")}** (${severityLine(s.bySeverity)}). ${checkedLine(s)}.`;
}

/**
 * Each component against the LPARs or replicas it runs on, single points of failure and what the
 * findings are about marked; cut at a line (tables stay tables) before maxBytes.
 */
export function topologySection(t: Topology, maxBytes?: number): string[] {
  const out = topologyLines(t);
  if (maxBytes === undefined || bytes(out) <= maxBytes) return out;
  const note = ["", "_The topology is cut here: it is larger than the report's size limit._", ""];
  let size = bytes(note);
  const kept: string[] = [];
  for (const line of out) {
    size += bytes([line]);
    if (size > maxBytes) break;
    kept.push(line);
  }
  return [...kept, ...note];
}

/** "🔴 ZWE-HA-010, 🟡 ZWE-HA-091": the rules of the findings about a place, each with its most severe finding. */
function marksText(marks: readonly Mark[]): string {
  return marks.map((m) => `${ICON[m.severity]} ${cell(m.ruleId)}`).join(", ");
}

function withMarks(text: string, marks: readonly Mark[]): string {
  if (marks.length === 0) return text;
  return text === "" ? marksText(marks) : `${text} · ${marksText(marks)}`;
}

/**
 * The HA verdict of a component: how many LPARs it runs on, ✅ only when no finding is about any
 * of its cells, and the findings about its shared setting.
 */
function componentVerdict(c: ComponentPlacement): string {
  const marked = c.marks.length > 0 || c.cellMarks.size > 0;
  const icon = c.started && c.spof ? "🔴 " : marked || !c.started ? "" : "✅ ";
  return withMarks(`${icon}${placementText(c)}`, c.marks);
}

function workloadVerdict(w: WorkloadTopology): string {
  if (w.spof) return withMarks("🔴 single point of failure", w.marks);
  return w.marks.length > 0 ? marksText(w.marks) : "✅";
}

function topologyLines(t: Topology): string[] {
  if (isEmptyTopology(t)) return [];
  const out = ["### HA topology at a glance", ""];
  for (const s of t.sysplexes) {
    out.push(`**${cell(s.label)}**`, "");
    if (s.components.length === 0) out.push("No component is enabled.", "");
    else {
      const columns = s.lpars.length > 0 ? s.lpars : ["LPAR"];
      const headers = columns.map((lpar) => withMarks(cell(lpar), s.lparMarks.get(lpar) ?? []));
      out.push(`| Component | ${headers.join(" | ")} | HA |`, `| --- |${" --- |".repeat(columns.length)} --- |`);
      for (const c of s.components) {
        const cells = columns.map((lpar) =>
          withMarks(cell((c.instances.get(lpar) ?? []).join(", ")), c.cellMarks.get(lpar) ?? []),
        );
        const shown = s.lpars.length > 0 ? cells : cells.map((text) => text || "—");
        out.push(`| ${cell(c.component)} | ${shown.join(" | ")} | ${componentVerdict(c)} |`);
      }
      out.push("");
      if (s.lpars.length > 0)
        out.push(
          "_A cell names the HA instances that start the component on that LPAR; a rule id marks a finding listed below about it._",
          "",
        );
    }
    if (s.apart.length > 0) {
      const apart = s.apart.map((a) => withMarks(`${cell(a.instance)} (${APART_TEXT[a.reason]})`, a.marks));
      out.push(`HA instances not counted: ${apart.join("; ")}.`, "");
    }
  }
  for (const [unit, workloads] of workloadsByUnit(t)) {
    out.push(
      `**${cell(kubernetesLabel(unit))}**`,
      "",
      "| Workload | Component | Replicas | Spread over | HA |",
      "| --- | --- | ---: | --- | --- |",
    );
    for (const w of workloads) {
      out.push(
        `| ${cell(w.workload)} | ${cell(w.component ?? "")} | ${replicasText(w)} | ${w.spread ?? "⚠️ not spread"} | ${workloadVerdict(w)} |`,
      );
    }
    out.push("");
  }
  return out;
}

/** A table per file; rows stop before maxBytes, and omitted counts the findings left out. */
export function findingTables(
  findings: readonly Finding[],
  options: Pick<MarkdownOptions, "lineLink" | "maxBytes"> = {},
): { lines: string[]; omitted: number } {
  const lines: string[] = [];
  let size = 0;
  let shown = 0;
  const fits = (more: string[]) => options.maxBytes === undefined || size + bytes(more) <= options.maxBytes;
  for (const [file, group] of byFile(findings)) {
    const header = [`### ${codeSpan(file)}`, "", "| Line | Severity | Rule | Message |", "| ---: | --- | --- | --- |"];
    const rows: string[] = [];
    for (const f of group) {
      const instance = f.instance ? ` _(instance ${cell(f.instance)})_` : "";
      const line = options.lineLink ? `[${f.line}](${options.lineLink(f)})` : String(f.line);
      const row = `| ${line} | ${ICON[f.severity]} ${f.severity} | ${f.ruleId} | ${cell(f.message)}${instance} |`;
      if (!fits([...header, ...rows, row, ""])) break;
      rows.push(row);
    }
    if (rows.length === 0) break;
    const table = [...header, ...rows, ""];
    lines.push(...table);
    size += bytes(table);
    shown += rows.length;
    if (rows.length < group.length) break;
  }
  return { lines, omitted: findings.length - shown };
}

/** The rules that fired, each with its count, how to fix it and where it comes from. */
export function rulesSection(ctx: ReportContext): string[] {
  const counts = new Map<string, number>();
  for (const f of ctx.result.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const fired = [...counts.keys()].sort();
  if (fired.length === 0) return [];
  const out = ["### Rules", ""];
  for (const id of fired) {
    const rule = ctx.catalogue.get(id);
    if (!rule) continue;
    const link = rule.sources[0] ? `, [source](${rule.sources[0].url})` : "";
    out.push(
      `- **${rule.id}** ${inline(rule.title)} (${plural(counts.get(id) ?? 0, "finding")}${link}): ${inline(rule.remediation)}`,
    );
  }
  out.push("");
  return out;
}

export function renderMarkdown(ctx: ReportContext, options: MarkdownOptions = {}): string {
  const s = summarize(ctx);
  const head = ["## Zowe HA policy", "", statusLine(s), ""];
  if (nothingChecked(s)) return `${head.join("\n")}`;
  for (const note of options.notes ?? []) head.push(note, "");
  // The topology may take half the space; the findings are what the report is for.
  const topology = topologyOf(ctx.result);
  if (topology)
    head.push(...topologySection(topology, options.maxBytes === undefined ? undefined : options.maxBytes / 2));
  const rules = rulesSection(ctx);
  const omittedNote = (n: number) => [
    `_${plural(n, "more problem is", "more problems are")} not listed: the report reached its size limit._`,
    "",
  ];
  const budget =
    options.maxBytes === undefined
      ? undefined
      : Math.max(0, options.maxBytes - bytes([...head, ...rules, ...omittedNote(s.findings)]));
  const tables = findingTables(ctx.result.findings, {
    ...options,
    ...(budget !== undefined ? { maxBytes: budget } : {}),
  });
  const out = [...head, ...tables.lines, ...(tables.omitted > 0 ? omittedNote(tables.omitted) : []), ...rules];
  return `${out.join("\n")}`;
}
