/**
 * `npm run new-rule -- <group> <name>`: the scaffold writes a rule folder that passes everything a
 * bundled rule must pass, shown for real on a copy of policies/: opa check --strict and opa test,
 * the compile the build runs (src/engine/compile.ts), the samples through the compiled policy as
 * test/rules.samples.test.ts runs them, the rule page and docs/coverage.md's generated list.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nextRuleId, newRule, NewRuleError, nextSteps, ruleIds } from "../src/authoring/new-rule.js";
import { RULE_GROUPS } from "../src/authoring/rule-templates.js";
import { defaultConfig } from "../src/config/config.js";
import { withRuleList } from "../src/docs/coverage.js";
import { ruleDoc } from "../src/docs/rule-doc.js";
import { bundledPolicyRequest, compilePolicy, serializeRules } from "../src/engine/compile.js";
import { combinePolicies, loadBundledPolicy } from "../src/engine/policy-set.js";
import { comparablePlaces, expectations } from "../src/custom-policies/sample-marks.js";
import { sampleZoweVersion } from "../src/core/rules.js";
import { scan } from "../src/pipeline/scan.js";
import { bundledPolicy, ROOT } from "./helpers.js";
import { describeWithTool, pinnedTool } from "./tools.js";

const opa = pinnedTool("opa");

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-new-rule-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the repository's policies/ in a folder of its own. */
function copyOfPolicies(): string {
  const root = mkdtempSync(join(work, "root-"));
  cpSync(join(ROOT, "policies"), join(root, "policies"), { recursive: true });
  return root;
}

describe("ids", () => {
  test("are read from the rules' METADATA: the same ids the compiled catalogue holds", async () => {
    const { catalogue } = await bundledPolicy();
    const bundled = catalogue.rules.filter((r) => r.package !== "");
    const read = ruleIds(ROOT);
    expect([...read.keys()].sort()).toEqual(bundled.map((r) => r.id).sort());
    for (const rule of bundled)
      expect(read.get(rule.id)).toBe(`policies/rules/${rule.package}/${rule.package.split("/")[1]}.rego`);
  });

  test("the next is the one after the group's highest, in the group's format", () => {
    expect(nextRuleId("zowe", ["ZWE-HA-001", "ZWE-HA-093", "ZWE-HA-010", "ZWE-HA-K20"])).toBe("ZWE-HA-094");
    expect(nextRuleId("kubernetes", ["ZWE-HA-103", "ZWE-HA-K01", "ZWE-HA-K16", "ZWE-HA-K09"])).toBe("ZWE-HA-K17");
    expect(nextRuleId("zowe", ["ACME-001"])).toBe("ZWE-HA-001");
    expect(nextRuleId("kubernetes", [])).toBe("ZWE-HA-K01");
    expect(() => nextRuleId("kubernetes", ["ZWE-HA-K99"])).toThrow("no kubernetes rule id is left after ZWE-HA-K99");
  });

  test("of this repository: the highest of each group plus one", () => {
    const ids = [...ruleIds(ROOT).keys()];
    const highest = (pattern: RegExp) =>
      Math.max(...ids.flatMap((id) => (pattern.test(id) ? [Number(id.replace(/\D/g, ""))] : [])));
    expect(nextRuleId("zowe", ids)).toBe(`ZWE-HA-${String(highest(/^ZWE-HA-\d{3}$/) + 1).padStart(3, "0")}`);
    expect(nextRuleId("kubernetes", ids)).toBe(`ZWE-HA-K${String(highest(/^ZWE-HA-K\d{2}$/) + 1).padStart(2, "0")}`);
  });
});

describe("refuses", () => {
  test.each([
    ["helm", "x", /^unknown group "helm": the groups are zowe \(.+\) and kubernetes \(.+\)$/],
    ["zowe", "My-Rule", /^"My-Rule" is not a Rego identifier/],
    ["zowe", "1rule", /^"1rule" is not a Rego identifier/],
    ["kubernetes", "in", /^"in" is a Rego keyword/],
    ["zowe", "ports_test", /^"ports_test" ends in _test, which marks unit test files/],
    [
      "zowe",
      "gateway_one_per_lpar",
      /^policies\/rules\/zowe\/gateway_one_per_lpar exists already; choose another name$/,
    ],
  ])("%s %s", (group, name, message) => {
    const root = copyOfPolicies();
    const before = readdirSync(join(root, "policies", "rules", "zowe")).length;
    expect(() => newRule(root, group, name)).toThrow(NewRuleError);
    expect(() => newRule(root, group, name)).toThrow(message);
    expect(readdirSync(join(root, "policies", "rules", "zowe")).length).toBe(before);
  });

  test("a folder without policies/rules", () => {
    expect(() => newRule(mkdtempSync(join(work, "empty-")), "zowe", "x")).toThrow(
      "policies/rules is missing: run this at the repository root",
    );
  });
});

describeWithTool(opa, "a scaffolded rule of each group, in a copy of policies/", () => {
  let root: string;
  const made = new Map<string, ReturnType<typeof newRule>>();

  beforeAll(() => {
    root = copyOfPolicies();
    for (const group of RULE_GROUPS) made.set(group, newRule(root, group, `new_${group}_rule`));
  });

  const run = (args: string[]) =>
    spawnSync(opa.file!, args, { cwd: root, encoding: "utf8" }) as { status: number; stdout: string; stderr: string };

  test("takes the next id of each group and writes the four files", () => {
    const ids = [...ruleIds(ROOT).keys()];
    for (const group of RULE_GROUPS) {
      const rule = made.get(group)!;
      expect(rule).toEqual({
        id: nextRuleId(group, ids),
        folder: `policies/rules/${group}/new_${group}_rule`,
        files: [`new_${group}_rule.rego`, `new_${group}_rule_test.rego`, "pass.yaml", "fail.yaml"],
      });
      expect(readdirSync(join(root, rule.folder)).sort()).toEqual([...rule.files].sort());
      expect(nextSteps(rule)).toContain("npm run build");
    }
    // The copy now has the ids: the next rule of the group gets the one after.
    expect(ruleIds(root).get(made.get("zowe")!.id)).toBe("policies/rules/zowe/new_zowe_rule/new_zowe_rule.rego");
  });

  test("opa fmt, opa check --strict and opa test pass", () => {
    const folders = [...made.values()].map((r) => r.folder);
    const fmt = run(["fmt", "--list", "--fail", ...folders]);
    expect(fmt.stdout).toBe("");
    expect(fmt.status).toBe(0);
    const ignore = ["--ignore", "*.yaml", "--ignore", "*.json"];
    const check = run(["check", "--strict", ...ignore, "policies"]);
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    const tests = run(["test", ...ignore, "-v", "policies/main.rego", "policies/lib", ...folders]);
    expect(tests.status).toBe(0);
    for (const group of RULE_GROUPS)
      expect(tests.stdout).toMatch(
        new RegExp(`data\\.zowe_ha\\.rules\\.${group}\\.new_${group}_rule_test\\.test_\\w+: PASS`),
      );
    expect(tests.stdout).not.toMatch(/FAIL|ERROR/);
  });

  test("compiles as the build compiles, and its samples give the marked findings through the compiled policy", async () => {
    mkdirSync(join(root, "build"));
    const { wasm, rules } = compilePolicy(
      bundledPolicyRequest(root, { file: opa.file!, args: [] }, join(root, "build")),
    );
    writeFileSync(join(root, "build", "policy.wasm"), wasm);
    writeFileSync(join(root, "build", "rules.json"), serializeRules(rules));
    const bundle = combinePolicies([
      await loadBundledPolicy(join(root, "build", "policy.wasm"), join(root, "build", "rules.json")),
    ]);
    const { catalogue } = bundle;
    for (const [group, made_] of made) {
      const rule = catalogue.get(made_.id)!;
      expect(rule).toMatchObject({
        package: `${group}/new_${group}_rule`,
        severity: "warning",
        confidence: "inference",
      });
      expect(rule.examples?.fail.map((s) => s.name)).toEqual(["fail.yaml"]);
      for (const sample of ["pass.yaml", "fail.yaml"]) {
        const file = join(made_.folder, sample);
        const result = await scan(
          { paths: [file], cwd: root, zoweVersion: sampleZoweVersion(sample), config: defaultConfig(root) },
          bundle,
        );
        expect(result.findings.filter((f) => f.ruleId === "yaml-syntax")).toEqual([]);
        const { expected, actual } = comparablePlaces(
          expectations(readFileSync(join(root, file), "utf8"), rule.id),
          result.findings.filter((f) => f.ruleId === rule.id),
        );
        expect({ sample, actual }).toEqual({ sample, actual: expected });
        if (sample === "fail.yaml") expect(expected.length).toBeGreaterThan(0);
      }
      // The page the build writes, and the list of docs/coverage.md the build regenerates.
      const page = ruleDoc(rule);
      expect(page).toContain(`# ← ${rule.id} is reported here`);
      expect(page).toMatch(/^## Sources\n\n- \[.+\]\(https:\/\/docs\.zowe\.org\/.+\)$/m);
      const coverage = readFileSync(join(ROOT, "docs", "coverage.md"), "utf8");
      expect(withRuleList(coverage, catalogue.rules)).toContain(`| [${rule.id}](rules/${rule.id}.md) | TODO `);
    }
    // The other rules are all still there.
    expect(catalogue.rules.filter((r) => r.package !== "").length).toBe(ruleIds(ROOT).size + made.size);
  }, 240_000);
});

describe("npm run new-rule", () => {
  const script = join(ROOT, "scripts", "new-rule.mjs");

  test("writes the folder under --root and prints what to do next", () => {
    const root = copyOfPolicies();
    const out = execFileSync(process.execPath, [script, "kubernetes", "spread_zones", "--root", root], {
      encoding: "utf8",
    });
    const id = nextRuleId("kubernetes", ruleIds(ROOT).keys());
    expect(out).toMatch(new RegExp(`^Wrote policies/rules/kubernetes/spread_zones/ with rule id ${id} `));
    expect(out).toContain("tools/run opa test --ignore '*.yaml' --ignore '*.json' policies\n");
    expect(out).toContain("npm test -- test/rules.samples.test.ts");
    expect(existsSync(join(root, "policies", "rules", "kubernetes", "spread_zones", "fail.yaml"))).toBe(true);
  });

  test("refuses with exit 2 and the reason, writing nothing", () => {
    const root = copyOfPolicies();
    const r = spawnSync(process.execPath, [script, "zowe", "sysname_valid", "--root", root], { encoding: "utf8" });
    expect(r.stderr).toBe("new-rule: policies/rules/zowe/sysname_valid exists already; choose another name\n");
    expect(r.status).toBe(2);
    const usage = spawnSync(process.execPath, [script, "zowe"], { encoding: "utf8" });
    expect(usage.stderr).toBe("usage: npm run new-rule -- <zowe|kubernetes> <name> [--root DIR]\n");
    expect(usage.status).toBe(2);
  });
});
