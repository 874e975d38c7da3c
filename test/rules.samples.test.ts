/**
 * Every rule's samples through the compiled wasm (gatekeeper-library style): a pass sample gives
 * no finding of its rule; in a fail sample, the lines marked `# expect: <ID>` are exactly the
 * lines where the rule reports, and a mark `<ID>@<column>` pins the columns of its line's findings
 * (src/custom-policies/sample-marks.ts). A rule folder may hold the .zowe-ha-policy.yaml its samples are
 * checked with.
 */
import { describe, expect, test } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { defaultConfig, loadConfig } from "../src/config/config.js";
import { comparablePlaces, expectations } from "../src/custom-policies/sample-marks.js";
import { sampleZoweVersion } from "../src/core/rules.js";
import { scan } from "../src/pipeline/scan.js";
import { bundledPolicy, ROOT } from "./helpers.js";

const RULES = join(ROOT, "policies", "rules");

interface RuleFolder {
  pkg: string;
  dir: string;
  samples: string[];
}

function ruleFolders(): RuleFolder[] {
  const folders: RuleFolder[] = [];
  for (const group of readdirSync(RULES).sort()) {
    for (const name of readdirSync(join(RULES, group)).sort()) {
      const dir = join(RULES, group, name);
      const samples = readdirSync(dir)
        .filter((f) => /^(pass|fail).*\.(ya?ml|json)$/.test(f))
        .sort();
      folders.push({ pkg: `${group}/${name}`, dir, samples });
    }
  }
  return folders;
}

const folders = ruleFolders();

test("rule folders exist", () => {
  expect(folders.length).toBeGreaterThan(0);
});

describe.each(folders)("$pkg", ({ pkg, dir, samples }) => {
  test("has METADATA in the catalogue, a Rego test file, a pass and a fail sample", async () => {
    const { catalogue } = await bundledPolicy();
    expect(catalogue.forPackage(pkg)).toBeDefined();
    const name = pkg.split("/")[1]!;
    expect(existsSync(join(dir, `${name}.rego`))).toBe(true);
    expect(existsSync(join(dir, `${name}_test.rego`))).toBe(true);
    expect(samples.some((s) => s.startsWith("pass"))).toBe(true);
    expect(samples.some((s) => s.startsWith("fail"))).toBe(true);
  });

  test.each(samples)("%s", async (sample) => {
    const bundle = await bundledPolicy();
    const rule = bundle.catalogue.forPackage(pkg)!;
    const file = join(dir, sample);
    // A rule that depends on a setting (zowe.schemas) has its .zowe-ha-policy.yaml beside its samples.
    const settings = join(dir, ".zowe-ha-policy.yaml");
    const config = existsSync(settings) ? await loadConfig(settings, ROOT) : defaultConfig(ROOT);
    const result = await scan(
      { paths: [relative(ROOT, file)], cwd: ROOT, zoweVersion: sampleZoweVersion(sample), config },
      bundle,
    );
    const problems = result.findings.filter((f) => f.ruleId === "yaml-syntax");
    expect(problems).toEqual([]);
    const { expected, actual } = comparablePlaces(
      expectations(readFileSync(file, "utf8"), rule.id),
      result.findings.filter((f) => f.ruleId === rule.id),
    );
    if (sample.startsWith("fail")) expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });
});

/**
 * The catalogue shows every severity a rule reports (METADATA severity and other_severities), so
 * that `rules`, `explain`, the docs and SARIF tell what `check` applies: every finding of every
 * sample, with and without `kubernetes.ha`, has one of its rule's severities.
 */
test("every severity a rule reports is in its catalogue entry", async () => {
  const bundle = await bundledPolicy();
  const undeclared = new Set<string>();
  for (const { dir, samples } of folders) {
    for (const sample of samples) {
      for (const ha of [false, true]) {
        const base = defaultConfig(ROOT);
        const result = await scan(
          {
            paths: [relative(ROOT, join(dir, sample))],
            cwd: ROOT,
            zoweVersion: sampleZoweVersion(sample),
            config: { ...base, kubernetes: { ...base.kubernetes, ha } },
          },
          bundle,
        );
        for (const f of result.findings) {
          const rule = bundle.catalogue.get(f.ruleId);
          if (!rule?.package) continue;
          if (f.severity !== rule.severity && !rule.otherSeverities?.[f.severity])
            undeclared.add(`${f.ruleId} reports ${f.severity} in ${sample} (kubernetes.ha: ${ha})`);
        }
      }
    }
  }
  expect([...undeclared]).toEqual([]);
}, 120_000);
