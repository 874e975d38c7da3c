/** Exceptions with expiry, inline suppressions and baselines: suppressed findings are kept, marked and not counted. */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseInlineSuppressions } from "../src/filter/inline.js";
import { cli, writeTree } from "./helpers.js";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-suppress-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function repo(files: Record<string, string>): string {
  return writeTree(mkdtempSync(join(work, "repo-")), files);
}

interface Report {
  findings: Array<{ ruleId: string; severity: string; file: string; line: number; message: string }>;
  suppressed: Array<{
    ruleId: string;
    file: string;
    line: number;
    suppressed: { kind: string; justification: string };
  }>;
  fixedSinceBaseline: Array<{ ruleId: string; file: string }>;
  summary: { findings: number; suppressed: number; failed: boolean };
}

async function report(dir: string, ...args: string[]): Promise<{ code: number; report: Report }> {
  const r = await cli(["check", "-f", "json", ...args], dir);
  if (r.code === 2) throw new Error(r.stderr);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

/** One instance only: ZWE-HA-001 reports at haInstances (line 3). */
const single =
  "zowe:\n  workspaceDirectory: /global/ws\nhaInstances:\n  lpar1: {hostname: lpar1.example.com, sysname: LPAR1}\n";

describe("exceptions", () => {
  test("a live exception suppresses with its reason; the finding stays in JSON and SARIF as suppressed", async () => {
    const dir = repo({
      "zowe/a.yaml": single,
      ".zowe-ha-policy.yaml":
        "exceptions:\n  - rule: ZWE-HA-001\n    files: ['zowe/*.yaml']\n    reason: second LPAR arrives in Q3\n    expires: 2999-12-31\n",
    });
    const { code, report: r } = await report(dir);
    expect(r.findings.some((f) => f.ruleId === "ZWE-HA-001")).toBe(false);
    expect(r.suppressed.find((f) => f.ruleId === "ZWE-HA-001")).toMatchObject({
      file: "zowe/a.yaml",
      line: 3,
      suppressed: {
        kind: "external",
        justification: "second LPAR arrives in Q3 (exception in .zowe-ha-policy.yaml, expires 2999-12-31)",
      },
    });
    expect(r.summary.suppressed).toBeGreaterThanOrEqual(1);
    expect(r.findings.some((f) => f.ruleId === "exception-stale")).toBe(false);
    const sarif = JSON.parse((await cli(["check", "-f", "sarif"], dir)).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "ZWE-HA-001");
    expect(result.suppressions).toEqual([{ kind: "external", justification: expect.stringContaining("second LPAR") }]);
    expect(code).toBe(r.findings.some((f) => f.severity === "error") ? 1 : 0);
  });

  test("an expired exception stops applying and is a finding of its own at its expires line", async () => {
    const dir = repo({
      "a.yaml": single,
      ".zowe-ha-policy.yaml":
        "exceptions:\n  - rule: ZWE-HA-001\n    files: ['*.yaml']\n    reason: temporary\n    expires: 2000-01-31\n",
    });
    const { code, report: r } = await report(dir);
    expect(r.findings.some((f) => f.ruleId === "ZWE-HA-001" && f.file === "a.yaml")).toBe(true);
    expect(r.findings.find((f) => f.ruleId === "exception-expired")).toMatchObject({
      file: ".zowe-ha-policy.yaml",
      line: 5,
      severity: "warning",
    });
    expect(code).toBe(1);
  });

  test("an exception that matches nothing is reported as stale (info)", async () => {
    const dir = repo({
      "a.yaml": single,
      ".zowe-ha-policy.yaml":
        "exceptions:\n  - rule: ZWE-HA-001\n    files: ['other/*.yaml']\n    reason: x\n    expires: 2999-01-01\n  - rule: ZWE-HA-001\n    files: ['a.yaml']\n    instance: lpar9\n    reason: y\n    expires: 2999-01-01\n",
    });
    const stale = (await report(dir)).report.findings.filter((f) => f.ruleId === "exception-stale");
    expect(stale.map((f) => [f.line, f.severity])).toEqual([
      [2, "info"],
      [6, "info"],
    ]);
  });

  test("an exception naming an unknown rule is a configuration error", async () => {
    const dir = repo({
      "a.yaml": single,
      ".zowe-ha-policy.yaml":
        "exceptions:\n  - rule: ZWE-HA-1\n    files: ['*']\n    reason: x\n    expires: 2999-01-01\n",
    });
    const r = await cli(["check"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.zowe-ha-policy\.yaml:2:\d+: exceptions: unknown rule id "ZWE-HA-1"/);
  });

  test("reason and expires are required", async () => {
    const dir = repo({
      "a.yaml": single,
      ".zowe-ha-policy.yaml": "exceptions:\n  - rule: ZWE-HA-001\n    files: ['*']\n",
    });
    const r = await cli(["check"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/:2:\d+: exceptions\.0: must have required property 'reason'/);
  });
});

describe("inline suppressions", () => {
  test("on the line or the line above, with a reason", async () => {
    const above = single.replace(
      "haInstances:\n",
      "# zowe-ha-policy: ignore ZWE-HA-001 -- second LPAR arrives in Q3\nhaInstances:\n",
    );
    const same = single.replace(
      "haInstances:\n",
      "haInstances: # zowe-ha-policy: ignore ZWE-HA-001 -- single LPAR lab\n",
    );
    for (const [text, line, why] of [
      [above, 4, "second LPAR arrives in Q3"],
      [same, 3, "single LPAR lab"],
    ] as const) {
      const { report: r } = await report(repo({ "a.yaml": text }));
      expect(r.findings.some((f) => f.ruleId === "ZWE-HA-001")).toBe(false);
      expect(r.suppressed.find((f) => f.ruleId === "ZWE-HA-001")).toMatchObject({
        line,
        suppressed: { kind: "inSource", justification: why },
      });
      expect(r.findings.some((f) => f.ruleId === "suppression-without-reason")).toBe(false);
    }
  });

  test("without a reason it still suppresses, and is itself a warning", async () => {
    const text = single.replace("haInstances:\n", "haInstances: # zowe-ha-policy: ignore ZWE-HA-001\n");
    const { report: r } = await report(repo({ "a.yaml": text }));
    expect(r.suppressed.some((f) => f.ruleId === "ZWE-HA-001")).toBe(true);
    expect(r.findings.find((f) => f.ruleId === "suppression-without-reason")).toMatchObject({
      line: 3,
      severity: "warning",
    });
  });

  test("a comment two lines above does not apply; a file-level one does", async () => {
    const far = single.replace("zowe:\n", "# zowe-ha-policy: ignore ZWE-HA-001 -- no\nzowe:\n");
    expect((await report(repo({ "a.yaml": far }))).report.findings.some((f) => f.ruleId === "ZWE-HA-001")).toBe(true);
    const file = `# zowe-ha-policy: ignore-file * -- lab system, not HA\n${single}`;
    const { report: r } = await report(repo({ "a.yaml": file }));
    expect(r.findings.filter((f) => f.file === "a.yaml")).toEqual([]);
  });

  test("parsing", () => {
    expect(parseInlineSuppressions("a: 1 # zowe-ha-policy: ignore ZWE-HA-001,ZWE-HA-002 -- why -- really\n")).toEqual([
      expect.objectContaining({ scope: "line", rules: ["ZWE-HA-001", "ZWE-HA-002"], reason: "why -- really", line: 1 }),
    ]);
    expect(parseInlineSuppressions("# zowe-ha-policy is great\n# zowe-ha-policy: unknown\n")).toEqual([]);
  });
});

describe("baseline", () => {
  test("survives a line inserted at the top; reports only new findings; lists the fixed ones", async () => {
    const dir = repo({ "a.yaml": single, "b.yaml": single });
    const written = await cli(["baseline", "-o", "baseline.json"], dir);
    expect(written.code).toBe(0);
    const entries = JSON.parse(readFileSync(join(dir, "baseline.json"), "utf8")).entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(Object.keys(entries[0])).not.toContain("line");

    writeFileSync(join(dir, "a.yaml"), `# a comment that moves every line down\n\n${single}`);
    writeFileSync(
      join(dir, "b.yaml"),
      "zowe:\n  workspaceDirectory: /global/ws\n  externalDomains: [zowe.example.com]\nhaInstances:\n  lpar1: {hostname: lpar1.example.com, sysname: LPAR1}\n  lpar2: {hostname: lpar2.example.com, sysname: LPAR2}\n",
    );
    writeFileSync(join(dir, "c.yaml"), single);
    const { code, report: r } = await report(dir, "--baseline", "baseline.json");
    expect(r.findings.filter((f) => f.file === "a.yaml")).toEqual([]);
    expect(r.suppressed.some((f) => f.file === "a.yaml" && f.line === 5)).toBe(true);
    expect(r.findings.some((f) => f.file === "c.yaml" && f.ruleId === "ZWE-HA-001")).toBe(true);
    expect(r.fixedSinceBaseline).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: "ZWE-HA-001", file: "b.yaml" })]),
    );
    expect(code).toBe(1);
    const text = await cli(["check", "--baseline", "baseline.json", "a.yaml", "b.yaml"], dir);
    expect(text.stdout).toMatch(/fixed since the baseline: ZWE-HA-001 b\.yaml \(haInstances\)/);
  });

  test("a file that is not a baseline is an error (exit 2)", async () => {
    const dir = repo({ "a.yaml": single, "x.json": "{}" });
    const r = await cli(["check", "--baseline", "x.json"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.json: not a zowe-ha-policy baseline/);
  });
});
