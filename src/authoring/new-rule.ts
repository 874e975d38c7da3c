/**
 * `npm run new-rule -- <group> <name>`: a new rule's folder, policies/rules/<group>/<name>/, with
 * the next free id of its group. The ids in use are read from the METADATA of the rules under
 * policies/rules (the one place they are written), never from a list kept by hand.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { GROUP_SUBJECTS, isRuleGroup, RULE_GROUPS, ruleTemplate, type RuleGroup } from "./rule-templates.js";
import { relativePath } from "../core/paths.js";

/** The request cannot be done; the message says why and what to do instead. */
export class NewRuleError extends Error {
  override readonly name = "NewRuleError";
}

/** Each group's ids: zowe rules ZWE-HA-NNN, Kubernetes rules ZWE-HA-KNN. */
const ID_FORMATS: Record<RuleGroup, { prefix: string; digits: number }> = {
  zowe: { prefix: "ZWE-HA-", digits: 3 },
  kubernetes: { prefix: "ZWE-HA-K", digits: 2 },
};

/** Words of Rego that cannot name a package. */
const REGO_KEYWORDS = new Set([
  "as",
  "contains",
  "default",
  "else",
  "every",
  "false",
  "if",
  "import",
  "in",
  "not",
  "null",
  "package",
  "some",
  "true",
  "with",
]);

/** The rule files under a folder: every .rego but the unit tests. */
function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".rego") && !e.name.endsWith("_test.rego"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The YAML of each `# METADATA` comment block of a Rego file. */
function metadataBlocks(text: string): string[] {
  const blocks: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() !== "# METADATA") return;
    const block: string[] = [];
    for (const next of lines.slice(index + 1)) {
      if (!next.startsWith("#")) break;
      block.push(next.replace(/^# ?/, ""));
    }
    blocks.push(block.join("\n"));
  });
  return blocks;
}

/** The ids the rules' METADATA declares (custom.id), each with the file (relative to root) that declares it. */
export function ruleIds(root: string): Map<string, string> {
  const ids = new Map<string, string>();
  const rules = join(root, "policies", "rules");
  for (const file of existsSync(rules) ? ruleFiles(rules) : []) {
    for (const block of metadataBlocks(readFileSync(file, "utf8"))) {
      let parsed: unknown;
      try {
        parsed = load(block);
      } catch (error) {
        throw new NewRuleError(`${relativePath(root, file)}: its METADATA is not YAML: ${(error as Error).message}`);
      }
      const id = (parsed as { custom?: { id?: unknown } } | null)?.custom?.id;
      if (typeof id === "string") ids.set(id, relativePath(root, file));
    }
  }
  return ids;
}

/** The id after the highest of the group's ids in use (the first of the group when none is). */
export function nextRuleId(group: RuleGroup, ids: Iterable<string>): string {
  const { prefix, digits } = ID_FORMATS[group];
  const pattern = new RegExp(`^${prefix}(\\d{${digits}})$`);
  let highest = 0;
  for (const id of ids) {
    const number = pattern.exec(id)?.[1];
    if (number !== undefined) highest = Math.max(highest, Number(number));
  }
  const next = highest + 1;
  if (String(next).length > digits)
    throw new NewRuleError(`no ${group} rule id is left after ${prefix}${String(highest).padStart(digits, "0")}`);
  return `${prefix}${String(next).padStart(digits, "0")}`;
}

/** Why name cannot name a rule package, or undefined when it can. */
function nameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    return `"${name}" is not a Rego identifier (letters, digits and _, not starting with a digit); rule names are lower_snake_case, e.g. gateway_one_per_lpar`;
  if (REGO_KEYWORDS.has(name)) return `"${name}" is a Rego keyword; choose a name that says what the rule checks`;
  if (name.endsWith("_test"))
    return `"${name}" ends in _test, which marks unit test files (the build leaves ${name}.rego out)`;
  return undefined;
}

export interface NewRule {
  id: string;
  /** The rule's folder, relative to root with forward slashes. */
  folder: string;
  /** The files written, in the order of ruleTemplate. */
  files: string[];
}

/** Writes policies/rules/<group>/<name>/ under root, with the group's next free id. */
export function newRule(root: string, group: string, name: string): NewRule {
  if (!isRuleGroup(group))
    throw new NewRuleError(
      `unknown group "${group}": the groups are ${RULE_GROUPS.map((g) => `${g} (${GROUP_SUBJECTS[g]})`).join(" and ")}`,
    );
  const problem = nameProblem(name);
  if (problem) throw new NewRuleError(problem);
  const rules = join(root, "policies", "rules");
  if (!existsSync(rules))
    throw new NewRuleError(`${relativePath(root, rules) || rules} is missing: run this at the repository root`);
  const dir = join(rules, group, name);
  if (existsSync(dir)) throw new NewRuleError(`${relativePath(root, dir)} exists already; choose another name`);
  const id = nextRuleId(group, ruleIds(root).keys());
  const files = ruleTemplate(group, name, id);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text, { flag: "wx" });
  return { id, folder: relativePath(root, dir), files: Object.keys(files) };
}

/** What to do after the folder is written: edit, test, build. */
export function nextSteps(rule: NewRule): string {
  const [rego = "", test = ""] = rule.files;
  return `Wrote ${rule.folder}/ with rule id ${rule.id} (the next free one of its group):
  ${rego.padEnd(28)}METADATA and the check (an example that reports the placeholder TODO)
  ${test.padEnd(28)}opa unit tests of the check
  ${"pass.yaml".padEnd(28)}a sample the rule passes
  ${"fail.yaml".padEnd(28)}a sample it reports, at the lines marked '# expect: ${rule.id}'

Next:
  1. Edit the four files: the METADATA (docs/writing-rules.md says what each field means and
     when a finding may be an error), the check, its unit tests and its samples.
  2. tools/run opa test --ignore '*.yaml' --ignore '*.json' policies
  3. npm test -- test/rules.samples.test.ts     (the samples through the compiled policy)
  4. npm run build                              (dist/, docs/rules/ and docs/coverage.md's rule list)
`;
}
