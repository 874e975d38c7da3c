/**
 * GitHub `suggestion` blocks for findings whose fix is one certain value change on the reported
 * line. Each fix is the one the rule's own message prescribes, applied only after checking that
 * the line holds exactly the value the rule reported; anything less certain gets no suggestion.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Finding } from "../core/findings.js";
import type { Catalogue } from "../core/rules.js";

export interface Suggestion {
  finding: Finding;
  /** The reported line as the fix makes it. */
  after: string;
}

/** Given the text of the finding's region, the text that fixes it; undefined when not certain. */
type Fix = (region: string, f: Finding) => string | undefined;

/** Rule packages (ids may be renumbered, packages name the rule) → their certain fix. */
const FIXES: Record<string, Fix> = {
  // A single replica: the rule asks for spec.replicas: 2. Not for the discovery StatefulSet, whose
  // replicas must also change in zowe.yaml (the message says so).
  "kubernetes/workload_replicas": (region, f) =>
    /^replicas:\s*1$/.test(region) && !f.message.includes("components.discovery.replicas")
      ? region.replace(/1$/, "2")
      : undefined,
  // An haInstances key zwe never selects: renamed to the id zwe looks up, when the rule says that
  // id is free (otherwise the two sections must be merged by hand). The rule computes the id.
  "zowe/instance_id_format": (region, f) => {
    const id = /rename the key to ([a-z0-9_]+)$/.exec(f.message)?.[1];
    return id !== undefined && region !== id && /^[^\s"':]+$/.test(region) ? id : undefined;
  },
};

/** The suggestions for the findings, in their order; reads each file with a fix candidate once. */
export async function suggestionsFor(
  findings: readonly Finding[],
  catalogue: Catalogue,
  cwd: string,
): Promise<Suggestion[]> {
  const fixesById = new Map<string, Fix>();
  for (const [pkg, fix] of Object.entries(FIXES)) {
    const rule = catalogue.forPackage(pkg);
    if (rule) fixesById.set(rule.id, fix);
  }
  const files = new Map<string, Promise<string[] | undefined>>();
  const linesOf = (file: string) => {
    const cached =
      files.get(file) ??
      readFile(resolve(cwd, file), "utf8").then(
        (t) => t.split(/\r?\n/),
        () => undefined,
      );
    files.set(file, cached);
    return cached;
  };
  const suggestions: Suggestion[] = [];
  for (const f of findings) {
    const fix = fixesById.get(f.ruleId);
    if (!fix || f.line !== f.endLine) continue;
    const before = (await linesOf(f.file))?.[f.line - 1];
    if (before === undefined) continue;
    const replacement = fix(before.slice(f.column - 1, f.endColumn - 1), f);
    if (replacement !== undefined)
      suggestions.push({
        finding: f,
        after: `${before.slice(0, f.column - 1)}${replacement}${before.slice(f.endColumn - 1)}`,
      });
  }
  return suggestions;
}

/** A suggestion as Markdown: where, then the fenced replacement line. */
export function renderSuggestion(s: Suggestion): string[] {
  // A fence longer than any run of backticks in the line keeps the line inside it.
  const fence = "`".repeat(Math.max(3, ...[...s.after.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return [
    `**\`${s.finding.file}\` line ${s.finding.line}** (${s.finding.ruleId})`,
    "",
    `${fence}suggestion`,
    s.after,
    fence,
    "",
  ];
}
