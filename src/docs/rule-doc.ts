/** A rule's documentation page, rendered from its METADATA and samples (docs/rules/<id>.md, `explain`). */
import {
  sampleZoweVersion,
  severitySummary,
  severityText,
  type Confidence,
  type RuleMeta,
  type Sample,
} from "../core/rules.js";
import { expectations, SampleMarkError } from "../custom-policies/sample-marks.js";

const CONFIDENCE: Record<Confidence, string> = {
  documented: "documented: Zowe's documentation or code states what the rule reports",
  inference:
    "inference: the rule derives what it reports from Zowe's documentation or code; its findings are warnings at most and their messages say so",
  heuristic:
    "heuristic: the rule guesses from names or paths what the YAML cannot show; its findings are warnings at most and their messages say so",
};

/** The text at a column of a sample line (a scalar, a quoted string or a key), for the page. */
function textAt(line: string, column: number): string | undefined {
  return /^("[^"]*"|'[^']*'|[^\s,[\]{}#]+?)(?=:?(?:[\s,\]}]|$))/.exec(line.slice(column - 1))?.[1];
}

/** Where on the line the marks say the rule reports: ", at localhost (column 21)". */
function where(line: string, columns: readonly number[]): string {
  if (columns.length === 0) return "";
  const places = columns.map((c) => {
    const text = textAt(line, c);
    return text === undefined ? `column ${c}` : `${text} (column ${c})`;
  });
  return `, at ${places.join(" and ")}`;
}

/** Sample lines marked `# expect: <ids>` show where the rule reports (a mark that cannot be read stays as written). */
function annotate(text: string, id: string): string {
  let marked: Map<number, number[]>;
  try {
    marked = new Map(expectations(text, id).map((e) => [e.line, e.columns]));
  } catch (error) {
    if (error instanceof SampleMarkError) return text;
    throw error;
  }
  return text
    .split("\n")
    .map((line, index) =>
      line.replace(/#\s*expect:\s*[^#\n]*/, () => {
        const columns = marked.get(index + 1);
        return columns ? `# ← ${id} is reported here${where(line, columns)}` : "";
      }),
    )
    .join("\n")
    .replace(/[ \t]+$/gm, "");
}

function fence(sample: Sample, id: string): string {
  const lang = sample.name.endsWith(".json") ? "json" : "yaml";
  const version = sampleZoweVersion(sample.name) === 2 ? "With Zowe v2's defaults (`--zowe-version 2`):\n\n" : "";
  return `${version}\`\`\`${lang}\n${annotate(sample.text, id).trimEnd()}\n\`\`\``;
}

export function ruleDoc(rule: RuleMeta): string {
  const out: string[] = [`# ${rule.id}: ${rule.title}`, ""];
  out.push("| | |", "| --- | --- |", `| Severity | ${severityText(rule).replace(/\|/g, "\\|")} |`);
  if (rule.confidence) out.push(`| Confidence | ${CONFIDENCE[rule.confidence]} |`);
  if (rule.package)
    out.push(
      `| Applies to | ${rule.group === "kubernetes" ? "Kubernetes manifests" : "Zowe configuration (zowe.yaml)"} |`,
      `| Policy | ${rule.source ? `custom policy \`${rule.source}\`, package \`${rule.package}\`` : `\`policies/rules/${rule.package}\``} |`,
    );
  out.push("", "## Why", "", rule.description, "", "## How to fix", "", rule.remediation, "");
  const [before] = rule.examples?.fail ?? [];
  const [after] = rule.examples?.pass ?? [];
  if (before && after)
    out.push(
      "### Before: reported",
      "",
      fence(before, rule.id),
      "",
      "### After: passes",
      "",
      fence(after, rule.id),
      "",
    );
  const more = [...(rule.examples?.fail.slice(1) ?? [])];
  if (more.length > 0) {
    out.push("### More cases the rule reports", "");
    for (const s of more) out.push(`\`${s.name}\`:`, "", fence(s, rule.id), "");
  }
  if (rule.sources.length > 0) {
    out.push("## Sources", "");
    for (const s of rule.sources) out.push(`- [${s.description ?? s.url}](${s.url})`);
    out.push("");
  }
  return `${out.join("\n")}`;
}

/** The index page: every rule by group. */
export function rulesIndex(rules: readonly RuleMeta[]): string {
  const out = ["# Rules", "", "Generated from the policies' METADATA by `npm run build`; do not edit.", ""];
  const groups = new Map<string, RuleMeta[]>();
  for (const r of rules) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const titles: Record<string, string> = {
    zowe: "Zowe configuration",
    kubernetes: "Kubernetes",
    input: "Input problems (reported by the tool itself)",
  };
  for (const [group, list] of groups) {
    out.push(
      `## ${titles[group] ?? group} (${list.length})`,
      "",
      "| Rule | Severity | Confidence | Title |",
      "| --- | --- | --- | --- |",
    );
    for (const r of list)
      out.push(
        `| [${r.id}](${r.id}.md) | ${severitySummary(r)} | ${r.confidence ?? ""} | ${r.title.replace(/\|/g, "\\|")} |`,
      );
    out.push("");
  }
  return out.join("\n");
}

/** Every page of docs/rules/, by file name. */
export function ruleDocs(rules: readonly RuleMeta[]): Map<string, string> {
  const pages = new Map<string, string>([["README.md", rulesIndex(rules)]]);
  for (const r of rules) pages.set(`${r.id}.md`, ruleDoc(r));
  return pages;
}
