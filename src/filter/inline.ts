/**
 * Inline suppressions in YAML comments:
 *   # zowe-ha-policy: ignore ZWE-HA-022[,ZWE-HA-023] -- reason     (this line or the next)
 *   # zowe-ha-policy: ignore-file ZWE-HA-022 -- reason             (the whole file; `*` for every rule)
 */
import type { Region } from "../core/findings.js";

// Rule ids contain single dashes, so only " --" (two) starts the reason.
const DIRECTIVE = /#\s*zowe-ha-policy:\s*(ignore-file|ignore)\b\s*(.*?)(?:\s*--\s*(.*?))?\s*$/;

export interface InlineSuppression {
  scope: "line" | "file";
  rules: string[];
  reason: string;
  /** The comment's line: it covers that line and the next. */
  line: number;
  region: Region;
}

/** Every suppression comment of a file. */
export function parseInlineSuppressions(text: string): InlineSuppression[] {
  const found: InlineSuppression[] = [];
  if (!text.includes("zowe-ha-policy:")) return found;
  text.split(/\r?\n/).forEach((content, i) => {
    if (!content.includes("zowe-ha-policy:")) return;
    const m = DIRECTIVE.exec(content);
    if (!m) return;
    const column = content.indexOf("#") + 1;
    found.push({
      scope: m[1] === "ignore-file" ? "file" : "line",
      rules: (m[2] ?? "").split(/[\s,]+/).filter(Boolean),
      reason: (m[3] ?? "").trim(),
      line: i + 1,
      region: { line: i + 1, column, endLine: i + 1, endColumn: content.length + 1 },
    });
  });
  return found;
}

export function covers(s: InlineSuppression, ruleId: string, line: number): boolean {
  const rule = s.rules.includes(ruleId) || s.rules.includes("*");
  return rule && (s.scope === "file" || line === s.line || line === s.line + 1);
}
