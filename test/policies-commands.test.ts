/** build-policies and test-policies: an organisation keeps its rules in its own repository, with real opa. */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, ROOT } from "./helpers.js";
import { acmeRule, opa, pathWithOpa, pathWithoutOpa, under, writeTree } from "./policies-helpers.js";
import { describeWithTool } from "./tools.js";

let work: string;
let withOpa: { PATH: string };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-policy-commands-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An organisation's repository with its rules under policies/. */
function orgRepo(files: Record<string, string> = under("policies", acmeRule())): string {
  return writeTree(mkdtempSync(join(work, "org-")), files);
}

describeWithTool(opa, "build-policies", () => {
  beforeAll(() => {
    withOpa = { PATH: pathWithOpa() };
  });

  test("writes DIR.tar.gz, an OPA bundle opa itself can inspect", async () => {
    const dir = orgRepo();
    const r = await cli(["build-policies", "policies"], dir, withOpa);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("compiled 1 rule from policies into a policy bundle: policies.tar.gz\n");
    expect(r.code).toBe(0);
    const inspected = JSON.parse(
      execFileSync(opa.file!, ["inspect", "--format", "json", join(dir, "policies.tar.gz")], {
        encoding: "utf8",
      }),
    );
    expect(inspected.manifest.wasm).toEqual([{ entrypoint: "zowe_ha/main/findings", module: "/policy.wasm" }]);
  });

  test("-o NAME.wasm writes the module and NAME.rules.json, the catalogue with the samples", async () => {
    const dir = orgRepo();
    const r = await cli(["build-policies", "policies", "-o", "out/acme.wasm"], dir, withOpa);
    expect(r.stdout).toBe(
      "compiled 1 rule from policies into the policy and its rule catalogue: out/acme.wasm, out/acme.rules.json\n",
    );
    expect(readFileSync(join(dir, "out", "acme.wasm")).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
    const [rule] = JSON.parse(readFileSync(join(dir, "out", "acme.rules.json"), "utf8")).rules;
    expect(rule).toMatchObject({
      id: "ACME-001",
      package: "acme/workspace_path",
      severity: "warning",
      file: "policies/rules/acme/workspace_path/workspace_path.rego",
    });
    expect(rule.examples.fail).toEqual([{ name: "fail.yaml", text: expect.stringContaining("# expect: ACME-001") }]);
  });

  test("the same sources give the same bundle", async () => {
    const dir = orgRepo();
    await cli(["build-policies", "policies", "-o", "a.tar.gz"], dir, withOpa);
    await cli(["build-policies", "policies", "-o", "b.tar.gz"], dir, withOpa);
    expect(readFileSync(join(dir, "a.tar.gz")).equals(readFileSync(join(dir, "b.tar.gz")))).toBe(true);
  });

  test("DIR may be a repository root with node_modules (holding this package's Rego): they are not compiled", async () => {
    const dir = orgRepo(acmeRule());
    cpSync(join(ROOT, "policies"), join(dir, "node_modules", "zowe-ha-policy", "policies"), { recursive: true });
    const r = await cli(["build-policies", ".", "-o", "acme.tar.gz"], dir, withOpa);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("compiled 1 rule from . into a policy bundle: acme.tar.gz\n");
    expect((await cli(["test-policies", "."], dir, withOpa)).code).toBe(0);
  });

  test("refuses a rule whose id is a bundled one before writing anything", async () => {
    const dir = orgRepo(under("policies", acmeRule("ZWE-HA-010")));
    const r = await cli(["build-policies", "policies"], dir, withOpa);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rule id ZWE-HA-010 is defined twice: by bundled policy and by custom policy policies/);
    expect(existsSync(join(dir, "policies.tar.gz"))).toBe(false);
  });

  test.each([
    [["build-policies"], /build-policies takes one folder of \.rego files/],
    [["build-policies", "policies", "-o", "x.zip"], /--output must end in \.tar\.gz, \.tgz or \.wasm, not "x\.zip"/],
    [["build-policies", "nope"], /policy error: custom policy nope: no such folder/],
  ])("%j exits 2", async (argv, message) => {
    const r = await cli(argv as string[], orgRepo(), withOpa);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });
});

describe("build-policies without opa", () => {
  test("without opa on PATH: exit 2, and how to get it", async () => {
    const r = await cli(["build-policies", "policies"], orgRepo(), { PATH: pathWithoutOpa(work) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "zowe-ha-policy: opa was not found on PATH: install opa 1.x (https://www.openpolicyagent.org/docs/#running-opa; in GitHub Actions: uses: open-policy-agent/setup-opa@v2)\n",
    );
  });
});

describeWithTool(opa, "test-policies", () => {
  beforeAll(() => {
    withOpa = { PATH: pathWithOpa() };
  });

  test("passes: the Rego unit tests and every sample", async () => {
    const r = await cli(["test-policies", "policies"], orgRepo(), withOpa);
    expect(r.stdout).toMatch(/^opa test policies\n {2}PASS: 2\/2\n/);
    expect(r.stdout).toMatch(/^ok {4}ACME-001 {2}2 samples$/m);
    expect(r.stdout).toMatch(/✔ 1 of 1 rules passed their samples; Rego unit tests passed\n$/);
    expect(r.code).toBe(0);
  });

  test("fails (exit 1) when a sample reports elsewhere than its '# expect:' line", async () => {
    const files = under("policies", acmeRule());
    files["policies/rules/acme/workspace_path/fail.yaml"] =
      "# expect: ACME-001\nzowe:\n  workspaceDirectory: /tmp/ws\n";
    const r = await cli(["test-policies", "policies"], orgRepo(files), withOpa);
    expect(r.stdout).toContain(
      "FAIL  ACME-001\n  policies/rules/acme/workspace_path/fail.yaml: expected findings at lines [1], got [3]\n",
    );
    expect(r.stdout).toMatch(/✖ 0 of 1 rules passed their samples; Rego unit tests passed/);
    expect(r.code).toBe(1);
  });

  test("fails (exit 1) when a Rego unit test fails", async () => {
    const files = under("policies", acmeRule());
    files["policies/rules/acme/workspace_path/workspace_path_test.rego"] = files[
      "policies/rules/acme/workspace_path/workspace_path_test.rego"
    ]!.replace("== 1 with", "== 2 with");
    const r = await cli(["test-policies", "policies"], orgRepo(files), withOpa);
    expect(r.stdout).toMatch(/data\.zowe_ha\.rules\.acme\.workspace_path_test\.test_elsewhere_fails: FAIL/);
    expect(r.stdout).toMatch(/✖ 1 of 1 rules passed their samples; Rego unit tests failed/);
    expect(r.code).toBe(1);
  });

  test("fails (exit 1) for a rule without unit tests or samples", async () => {
    const files = under("policies", acmeRule());
    delete files["policies/rules/acme/workspace_path/workspace_path_test.rego"];
    delete files["policies/rules/acme/workspace_path/pass.yaml"];
    const r = await cli(["test-policies", "policies"], orgRepo(files), withOpa);
    expect(r.stdout).toContain(
      "FAIL  ACME-001\n  no unit tests: add a _test.rego beside policies/rules/acme/workspace_path/workspace_path.rego\n  no pass*.yaml sample\n",
    );
    expect(r.code).toBe(1);
  });

  test("a rule that does not compile is a policy error (exit 2)", async () => {
    const files = under("policies", acmeRule());
    files["policies/rules/acme/workspace_path/workspace_path.rego"] += "\nbroken if {\n";
    const r = await cli(["test-policies", "policies"], orgRepo(files), withOpa);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/policy error: custom policy policies: opa build failed:\n.*rego_parse_error/);
  });
});
