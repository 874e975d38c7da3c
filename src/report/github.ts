/** GitHub workflow commands (`::error file=...::message`), one per finding. */
import type { Finding, Severity } from "../core/findings.js";
import type { ReportContext } from "./context.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function annotationCommand(f: Finding): string {
  const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`];
  // GitHub ignores columns on annotations that span several lines.
  if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
  props.push(`title=${escapeProperty(f.ruleId)}`);
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}`;
}

export function renderGithub(ctx: ReportContext): string {
  return ctx.result.findings.map((f) => `${annotationCommand(f)}\n`).join("");
}
