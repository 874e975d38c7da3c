/**
 * docs/coverage.md is written by hand where it maps Zowe's HA page and the rule catalog to the
 * rules (each row in the project's words), and generated where it lists the rules beyond them:
 * every bundled rule that no tracked row names, from its METADATA (`npm run build:docs`), so that
 * a new rule appears there without a hand step.
 */
import type { RuleMeta } from "../core/rules.js";

/** The sections whose rows track Zowe's statements and the catalog's entries. */
export const TRACKED_SECTIONS = ["The Zowe page, statement by statement", "The rule catalog"] as const;

export const RULE_LIST_START =
  "<!-- rules beyond the tracked rows: generated from the rules' METADATA by `npm run build:docs`; do not edit -->";
export const RULE_LIST_END = "<!-- end of the generated rules -->";

const RULE_LINK = /\[(ZWE-HA-[0-9K]+)\]\(rules\/\1\.md\)/g;

const GROUP_TITLES: Record<string, string> = { zowe: "Zowe configuration", kubernetes: "Kubernetes" };

/** The text of the `## heading` section, without its heading; undefined when there is none. */
export function coverageSection(coverage: string, heading: string): string | undefined {
  return coverage
    .split(/^## /m)
    .find((s) => s.startsWith(`${heading}\n`))
    ?.slice(heading.length + 1);
}

/** The rules the tracked rows link to. */
export function trackedRuleIds(coverage: string): Set<string> {
  const ids = new Set<string>();
  for (const heading of TRACKED_SECTIONS) {
    const section = coverageSection(coverage, heading);
    if (section === undefined) throw new Error(`docs/coverage.md has no section "## ${heading}"`);
    for (const [, id = ""] of section.matchAll(RULE_LINK)) ids.add(id);
  }
  return ids;
}

/** A short name for a source: the page and the docs version, or the repository and the file. */
export function sourceLabel(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const segments = parsed.pathname.split("/").filter(Boolean);
  const last = segments.at(-1) ?? parsed.hostname;
  if (parsed.hostname === "docs.zowe.org" && segments.length > 1) return `${last} (${segments[0]})`;
  if (parsed.hostname === "github.com" && segments.length > 2) return `${segments[1]}: ${last}`;
  return `${parsed.hostname}: ${last}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

/** The generated list: the bundled rules no tracked row names, by group, with their sources. */
export function ruleList(rules: readonly RuleMeta[], tracked: ReadonlySet<string>): string {
  const beyond = rules.filter((r) => r.package !== "" && !tracked.has(r.id));
  const groups = [...new Set(beyond.map((r) => r.group))].sort(
    (a, b) => Object.keys(GROUP_TITLES).indexOf(a) - Object.keys(GROUP_TITLES).indexOf(b) || a.localeCompare(b),
  );
  const out: string[] = [];
  for (const group of groups) {
    out.push(
      `### ${GROUP_TITLES[group] ?? group}`,
      "",
      "| Rule | What it checks | Confidence | Sources |",
      "| --- | --- | --- | --- |",
    );
    for (const r of beyond.filter((x) => x.group === group).sort((a, b) => a.id.localeCompare(b.id, "en"))) {
      const sources = r.sources.map((s) => `[${cell(sourceLabel(s.url))}](${s.url})`).join(", ");
      out.push(`| [${r.id}](rules/${r.id}.md) | ${cell(r.title)} | ${r.confidence ?? ""} | ${sources} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

/** docs/coverage.md with its generated list made from the rules; throws when the markers are missing. */
export function withRuleList(coverage: string, rules: readonly RuleMeta[]): string {
  const start = coverage.indexOf(RULE_LIST_START);
  const end = coverage.indexOf(RULE_LIST_END);
  if (start < 0 || end < start)
    throw new Error(
      `docs/coverage.md lacks the lines that enclose its generated rule list:\n${RULE_LIST_START}\n${RULE_LIST_END}`,
    );
  const list = ruleList(rules, trackedRuleIds(coverage)) || "Every bundled rule is named in a row above.\n";
  return `${coverage.slice(0, start)}${RULE_LIST_START}\n\n${list}\n${coverage.slice(end)}`;
}
