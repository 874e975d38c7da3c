/** Markdown: totals, the HA topology, then a table per file, then the rules that fired with their fix. */
import type { Finding } from "../findings.js";
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
  isEmptyTopology,
  kubernetesLabel,
  replicasText,
  topologyOf,
  workloadsByUnit,
  type Topology,
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
 * Each component against the LPARs or replicas it runs on, single points of failure marked; cut
 * at a line (tables stay tables) before maxBytes.
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

function topologyLines(t: Topology): string[] {
  if (isEmptyTopology(t)) return [];
  const out = ["### HA topology at a glance", ""];
  const spof = "🔴 single point of failure";
  for (const s of t.sysplexes) {
    out.push(`**${cell(s.label)}**`, "");
    if (s.components.length === 0) {
      out.push("No component is enabled.", "");
      continue;
    }
    const columns = s.lpars.length > 0 ? s.lpars : ["LPAR"];
    out.push(
      `| Component | ${columns.map(cell).join(" | ")} | HA |`,
      `| --- |${" --- |".repeat(columns.length)} --- |`,
    );
    for (const c of s.components) {
      const cells = columns.map(
        (lpar) => cell((c.instances.get(lpar) ?? []).join(", ")) || (s.lpars.length > 0 ? "" : "—"),
      );
      const status = c.spof
        ? `${spof} (${c.instances.size === 0 ? "no named LPAR" : "1 LPAR"})`
        : `✅ ${c.instances.size} LPARs`;
      out.push(`| ${cell(c.component)} | ${cells.join(" | ")} | ${status} |`);
    }
    out.push("");
    if (s.lpars.length > 0) out.push("_A cell names the HA instances that start the component on that LPAR._", "");
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
        `| ${cell(w.workload)} | ${cell(w.component ?? "")} | ${replicasText(w)} | ${w.spread ?? "⚠️ not spread"} | ${w.spof ? spof : "✅"} |`,
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
  head.push(
    ...topologySection(topologyOf(ctx.result), options.maxBytes === undefined ? undefined : options.maxBytes / 2),
  );
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
