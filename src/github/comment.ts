/**
 * The sticky pull request comment's text: the status, what changed since the last run, the HA
 * topology as a Mermaid diagram, the findings, suggested changes. Two hidden HTML comments carry
 * the marker that finds it again and the findings it reported, for the next run to compare.
 */
import { createHash } from "node:crypto";
import type { Finding } from "../core/findings.js";
import { plural, summarize, type ReportContext } from "../report/context.js";
import { findingTables, statusLine } from "../report/markdown.js";
import { fingerprint } from "../report/sarif.js";
import { isEmptyTopology, topologyMermaid, topologyOf } from "../report/topology.js";
import { renderSuggestion, type Suggestion } from "./suggestions.js";

/** GitHub rejects comment bodies over 65,536 characters; bytes ≥ characters, so this is safe. */
export const COMMENT_MAX_BYTES = 60_000;
/** Findings remembered in the comment for the next run's new/fixed counts (17 bytes each: at most 25 KB). */
const MAX_TRACKED = 1500;
const MAX_SUGGESTIONS = 10;

/** One comment per pull request and configuration: the marker names the configuration and paths checked. */
export function commentMarker(config: string | undefined, paths: readonly string[]): string {
  const key = createHash("sha256")
    .update(JSON.stringify([config ?? "", [...paths].sort()]))
    .digest("hex")
    .slice(0, 12);
  return `<!-- zowe-ha-policy comment ${key} -->`;
}

const STATE = /<!-- zowe-ha-policy findings v1 ([0-9a-f,]*|untracked) -->/;

function findingKey(f: Finding): string {
  return fingerprint(f).slice(0, 16);
}

function stateComment(findings: readonly Finding[]): string {
  const keys = [...new Set(findings.map(findingKey))].sort();
  return `<!-- zowe-ha-policy findings v1 ${keys.length > MAX_TRACKED ? "untracked" : keys.join(",")} -->`;
}

/** The findings an earlier comment reported; undefined when it did not record them. */
export function reportedIn(body: string): Set<string> | undefined {
  const state = STATE.exec(body)?.[1];
  if (state === undefined || state === "untracked") return undefined;
  return new Set(state.split(",").filter(Boolean));
}

function changeLine(findings: readonly Finding[], previous: ReadonlySet<string> | undefined): string | undefined {
  if (!previous) return undefined;
  const current = new Set(findings.map(findingKey));
  const added = [...current].filter((k) => !previous.has(k)).length;
  const fixed = [...previous].filter((k) => !current.has(k)).length;
  if (current.size === 0 && previous.size > 0)
    return `🎉 **Everything is fixed**: the ${plural(previous.size, "problem")} of the last run ${previous.size === 1 ? "is" : "are"} gone.`;
  if (added === 0 && fixed === 0) return "No change since the last run.";
  return `Since the last run: **${added} new**, **${fixed} fixed**.`;
}

export interface CommentOptions {
  marker: string;
  /** What the previous comment reported, if there is one. */
  previous?: ReadonlySet<string>;
  lineLink?: (f: Finding) => string;
  runUrl?: string;
  suggestions: readonly Suggestion[];
  /** Paragraphs under the status (what was reported, where the configuration came from). */
  notes: readonly string[];
}

export function renderComment(ctx: ReportContext, options: CommentOptions): string {
  const { findings } = ctx.result;
  const head = [options.marker, "## Zowe HA policy", "", statusLine(summarize(ctx)), ""];
  const change = changeLine(findings, options.previous);
  if (change) head.push(change, "");
  for (const note of options.notes) head.push(note, "");
  const topology = topologyOf(ctx.result);
  const diagram = topology ? topologyMermaid(topology) : [];
  if (diagram.length > 0) {
    head.push(
      "### HA topology at a glance",
      "",
      "```mermaid",
      ...diagram,
      "```",
      "",
      "_⚠ marks a single point of failure: a component on fewer than 2 LPARs, or a workload with fewer than 2 replicas. A rule id marks a finding about it._",
      "",
    );
  } else if (topology && !isEmptyTopology(topology)) {
    head.push("### HA topology at a glance", "", "_Too large for a diagram: the job summary shows it as tables._", "");
  }
  const suggestions = options.suggestions.slice(0, MAX_SUGGESTIONS).flatMap(renderSuggestion);
  const tail = [
    ...(suggestions.length > 0 ? ["### Suggested changes", "", ...suggestions] : []),
    `<sub>zowe-ha-policy ${ctx.toolVersion}${options.runUrl ? ` · [workflow run](${options.runUrl})` : ""}</sub>`,
    stateComment(findings),
  ];
  const more = (n: number) => [
    `_${plural(n, "more problem is", "more problems are")} listed in the job summary${options.runUrl ? ` of the [workflow run](${options.runUrl})` : ""}._`,
    "",
  ];
  const reserved = Buffer.byteLength([...head, ...tail, ...more(findings.length)].join("\n"), "utf8");
  const tables = findingTables(findings, {
    ...(options.lineLink ? { lineLink: options.lineLink } : {}),
    maxBytes: Math.max(0, COMMENT_MAX_BYTES - reserved),
  });
  return [...head, ...tables.lines, ...(tables.omitted > 0 ? more(tables.omitted) : []), ...tail].join("\n");
}
