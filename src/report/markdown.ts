/** Markdown: totals, then a table per file, then the rules that fired with their fix. */
import { byFile, checkedLine, nothingChecked, plural, severityLine, summarize, type ReportContext } from "./context.js";

const ICON = { error: "🔴", warning: "🟡", info: "🔵" } as const;

/** Table cells cannot hold pipes or line breaks, and HTML in messages must stay text. */
export function cell(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function renderMarkdown(ctx: ReportContext): string {
  const s = summarize(ctx);
  const out: string[] = ["## Zowe HA policy", ""];
  if (nothingChecked(s)) {
    out.push(`No Zowe configuration or Kubernetes manifest found (${plural(s.files, "file")} read): nothing was checked.`, "");
    return `${out.join("\n")}`;
  }
  out.push(s.findings === 0 ? `✅ No problems found. ${checkedLine(s)}.` : `${s.failed ? "❌" : "⚠️"} **${plural(s.findings, "problem")}** (${severityLine(s.bySeverity)}). ${checkedLine(s)}.`, "");
  for (const [file, findings] of byFile(ctx.result.findings)) {
    out.push(`### \`${cell(file)}\``, "", "| Line | Severity | Rule | Message |", "| ---: | --- | --- | --- |");
    for (const f of findings) {
      const instance = f.instance ? ` _(instance ${cell(f.instance)})_` : "";
      out.push(`| ${f.line} | ${ICON[f.severity]} ${f.severity} | ${f.ruleId} | ${cell(f.message)}${instance} |`);
    }
    out.push("");
  }
  const fired = [...new Set(ctx.result.findings.map((f) => f.ruleId))].sort();
  if (fired.length > 0) {
    out.push("### Rules", "");
    for (const id of fired) {
      const rule = ctx.catalogue.get(id);
      if (!rule) continue;
      const link = rule.sources[0] ? ` ([source](${rule.sources[0].url}))` : "";
      out.push(`- **${rule.id}** ${cell(rule.title)}${link}: ${cell(rule.remediation)}`);
    }
    out.push("");
  }
  return `${out.join("\n")}`;
}
