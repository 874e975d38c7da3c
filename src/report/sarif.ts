/** SARIF 2.1.0 for GitHub code scanning: a descriptor per rule and a region per result. */
import { createHash } from "node:crypto";
import type { Finding, Severity } from "../core/findings.js";
import { severityText, type Confidence, type RuleMeta } from "../core/rules.js";
import type { ReportContext } from "./context.js";
import { inline, prose } from "./markdown-text.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
/** GitHub code scanning's precision, from how the rule knows what it reports. */
const PRECISION: Record<Confidence, string> = { documented: "high", inference: "medium", heuristic: "low" };
const INFORMATION_URI = "https://www.npmjs.com/package/zowe-ha-policy";

/** The rule's help on GitHub code scanning; its texts' code spans stay code, `<id>` elsewhere stays text. */
export function ruleHelpMarkdown(rule: RuleMeta): string {
  const sources = rule.sources.map((s) => `- [${inline(s.description ?? s.url)}](${s.url})`).join("\n");
  return [
    `**${inline(rule.title)}**`,
    prose(rule.description),
    `**How to fix:** ${prose(rule.remediation)}`,
    `**Severity:** ${inline(severityText(rule))}`,
    sources ? `**Sources:**\n${sources}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

function descriptor(rule: RuleMeta) {
  return {
    id: rule.id,
    name: rule.package ? rule.package.split("/")[1] : rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description}\n\nHow to fix: ${rule.remediation}\n\nSeverity: ${severityText(rule)}`,
      markdown: ruleHelpMarkdown(rule),
    },
    ...(rule.sources[0] ? { helpUri: rule.sources[0].url } : {}),
    // The severity a finding gets unless it carries another (each result has its own level).
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ["high-availability", rule.group],
      precision: PRECISION[rule.confidence ?? "documented"],
      ...(rule.confidence ? { confidence: rule.confidence } : {}),
    },
  };
}

/**
 * A repository-relative path as a relative URI reference: encodeURI leaves # and ? (which would
 * start a fragment or a query) and : (which in a first segment reads as a scheme) as they are.
 */
function relativeUri(file: string): string {
  return encodeURI(file).replace(/[#?:]/g, (c) => encodeURIComponent(c));
}

/** Stable across edits that only move lines: what the finding is about, not where it is. */
export function fingerprint(f: Finding): string {
  return createHash("sha256")
    .update(JSON.stringify([f.ruleId, f.file, f.path, f.instance ?? null, f.message]))
    .digest("hex")
    .slice(0, 32);
}

export function renderSarif(ctx: ReportContext): string {
  const rules = [...ctx.catalogue.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = [...ctx.result.findings, ...ctx.result.suppressed].map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.instance ? `${f.message} (instance ${f.instance})` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { "zoweHaPolicyFinding/v1": fingerprint(f) },
    ...(f.suppressed ? { suppressions: [{ kind: f.suppressed.kind, justification: f.suppressed.justification }] } : {}),
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "zowe-ha-policy",
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules.map(descriptor),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: "file:///" } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
