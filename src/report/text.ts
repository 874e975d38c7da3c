/** Human-readable output: `file:line:col  severity  ruleId  message`, grouped by file. */
import type { Severity } from "../core/findings.js";
import {
  byFile,
  checkedLine,
  nothingChecked,
  plural,
  settingsLine,
  severityLine,
  summarize,
  type ReportContext,
} from "./context.js";

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<Severity | "dim" | "bold" | "ok", string> = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  info: "\u001b[36m",
  dim: "\u001b[2m",
  bold: "\u001b[1m",
  ok: "\u001b[32m",
};
const RESET = "\u001b[0m";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text from the checked files (file names, values quoted in messages) on one line and without
 * terminal control. A line break would start a line of its own, which a CI log reads as a
 * workflow command (`::error …`) and which could fake a verdict; escape codes would drive the
 * terminal. Line breaks become spaces, other control characters \u escapes.
 */
function printable(text: string): string {
  return text
    .replace(/\r\n|[\n\r]/g, " ")
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function renderText(ctx: ReportContext, options: TextOptions): string {
  const paint = (style: keyof typeof COLORS, text: string) =>
    options.color ? `${COLORS[style]}${text}${RESET}` : text;
  const lines: string[] = [];
  for (const [file, findings] of byFile(ctx.result.findings)) {
    lines.push(paint("bold", printable(file)));
    const rows = findings.map((f) => ({ f, where: `${printable(f.file)}:${f.line}:${f.column}` }));
    const width = Math.max(...rows.map((r) => r.where.length));
    const idWidth = Math.max(...findings.map((f) => f.ruleId.length));
    for (const { f, where } of rows) {
      const instance = f.instance ? paint("dim", ` [instance ${printable(f.instance)}]`) : "";
      lines.push(
        `  ${where.padEnd(width)}  ${paint(f.severity, f.severity.padEnd(7))}  ${paint("dim", f.ruleId.padEnd(idWidth))}  ${printable(f.message)}${instance}`,
      );
    }
    lines.push("");
  }
  for (const notice of ctx.result.notices) lines.push(paint("dim", `note: ${printable(notice)}`));
  for (const e of ctx.result.fixedSinceBaseline)
    lines.push(
      paint(
        "ok",
        printable(
          `fixed since the baseline: ${e.ruleId} ${e.file} (${e.path.join(".") || "document"}${e.instance ? `, instance ${e.instance}` : ""})`,
        ),
      ),
    );
  const s = summarize(ctx);
  if (nothingChecked(s)) {
    lines.push(
      paint(
        "warning",
        `No Zowe configuration or Kubernetes manifest found (${plural(s.files, "file")} read): nothing was checked. ${settingsLine(ctx)}`,
      ),
    );
  } else if (s.findings === 0) {
    lines.push(paint("ok", `✔ No problems found. ${checkedLine(s)}. ${settingsLine(ctx)}`));
  } else {
    const mark = s.failed ? paint("error", "✖") : paint("warning", "!");
    lines.push(
      `${mark} ${plural(s.findings, "problem")} (${severityLine(s.bySeverity)}). ${checkedLine(s)}. ${settingsLine(ctx)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
