/**
 * The `# expect:` marks of fail samples: `ID` (this line, any column) and `ID@COL` (this line, at
 * that column), read the same way by the bundled rules' sample tests, `test-policies` for an
 * organisation's rules, and the rule pages.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { defaultConfig } from "../src/config/config.js";
import { ruleDoc } from "../src/docs/rule-doc.js";
import { comparablePlaces, expectations, SampleMarkError } from "../src/custom-policies/sample-marks.js";
import { scan } from "../src/pipeline/scan.js";
import { bundledPolicy, cli, ROOT, writeTree } from "./helpers.js";
import { acmeRule, opa, pathWithOpa, under } from "./policies-helpers.js";
import { describeWithTool } from "./tools.js";

describe("expectations", () => {
  test("a mark without a column is its line; with columns, the line and each column once", () => {
    const text = [
      "zowe:  # expect: A-1",
      "  x: [a, b]  # expect: A-1@7, A-1@10 A-1@7",
      "  y: 1  # expect: B-2@3 error",
      "  z: 2",
    ].join("\n");
    expect(expectations(text, "A-1")).toEqual([
      { line: 1, columns: [] },
      { line: 2, columns: [7, 10] },
    ]);
    // Other rules' marks and words of other conventions are left alone.
    expect(expectations(text, "B-2")).toEqual([{ line: 3, columns: [3] }]);
    expect(expectations(text, "C-3")).toEqual([]);
  });

  test("a column that is no column, or a line:column, is refused with the line", () => {
    const refused = (mark: string) => () => expectations(`zowe:\n  x: 1  # expect: ${mark}\n`, "A-1");
    expect(refused("A-1@")).toThrow(SampleMarkError);
    expect(refused("A-1@0")).toThrow('line 2: "A-1@0": after "@" comes the column (from 1) on this line, as in A-1@5');
    expect(refused("A-1@2:5")).toThrow("the mark is on the finding's line");
    expect(refused("A-1 @5")).toThrow('line 2: "@5": write the column right after the rule id (ID@COL)');
    expect(refused("A-1 A-1@5")).toThrow("line 2: A-1 is marked both with and without a column");
    // Also another rule's: the samples of a rule are read only for its own id.
    expect(() => expectations("zowe:  # expect: B-2@x\n", "A-1")).toThrow('line 1: "B-2@x"');
  });
});

describe("comparablePlaces", () => {
  const at = (line: number, column: number) => ({ line, column });

  test("a line mark takes a finding at any column of the line, several once", () => {
    expect(comparablePlaces([{ line: 2, columns: [] }], [at(2, 9), at(2, 3)])).toEqual({
      expected: ["2"],
      actual: ["2"],
    });
  });

  test("a column mark needs a finding at that column, and every finding of its line marked", () => {
    const marks = [{ line: 2, columns: [7, 10] }];
    expect(comparablePlaces(marks, [at(2, 10), at(2, 7)])).toEqual({
      expected: ["2:7", "2:10"],
      actual: ["2:7", "2:10"],
    });
    // A wrong column, a missing one, or one too many: the places differ.
    expect(comparablePlaces(marks, [at(2, 8), at(2, 10)]).actual).toEqual(["2:8", "2:10"]);
    expect(comparablePlaces(marks, [at(2, 7)]).actual).toEqual(["2:7"]);
    expect(comparablePlaces(marks, [at(2, 7), at(2, 10), at(2, 3)]).actual).toEqual(["2:3", "2:7", "2:10"]);
  });

  test("findings on unmarked lines show by line, in order", () => {
    expect(comparablePlaces([{ line: 4, columns: [5] }], [at(9, 1), at(4, 5), at(1, 1)]).actual).toEqual([
      "1",
      "4:5",
      "9",
    ]);
  });
});

/** The findings of a rule in a sample, through the compiled bundled policy as rules.samples.test.ts runs them. */
async function findingsOf(sample: string, ruleId: string): Promise<Array<{ line: number; column: number }>> {
  const bundle = await bundledPolicy();
  const result = await scan({ paths: [relative(ROOT, sample)], cwd: ROOT, config: defaultConfig(ROOT) }, bundle);
  return result.findings.filter((f) => f.ruleId === ruleId);
}

test("a bundled sample with two findings on one line: the right columns pass, a wrong one fails", async () => {
  const sample = join(ROOT, "policies", "rules", "zowe", "external_domains_defined", "fail-entries.yaml");
  const text = readFileSync(sample, "utf8");
  expect(text).toContain("# expect: ZWE-HA-014@44, ZWE-HA-014@48");
  const found = await findingsOf(sample, "ZWE-HA-014");
  const places = (marks: string) => comparablePlaces(expectations(marks, "ZWE-HA-014"), found);

  const right = places(text);
  expect(right.actual).toEqual(right.expected);
  const wrong = places(text.replace("ZWE-HA-014@44", "ZWE-HA-014@43"));
  expect(wrong).toEqual({ expected: ["3:43", "3:48"], actual: ["3:44", "3:48"] });
  const missing = places(text.replace("ZWE-HA-014@44, ", ""));
  expect(missing).toEqual({ expected: ["3:48"], actual: ["3:44", "3:48"] });
  const anyColumn = places(text.replace("ZWE-HA-014@44, ZWE-HA-014@48", "ZWE-HA-014"));
  expect(anyColumn.actual).toEqual(anyColumn.expected);
});

test("the rule page points at the marked column", async () => {
  const { catalogue } = await bundledPolicy();
  const page = ruleDoc(catalogue.get("ZWE-HA-014")!);
  expect(page).toContain(
    '  externalDomains: [zowe.plex.example.com, "", ZOWE.plex.example.com]  # ← ZWE-HA-014 is reported here, at "" (column 44) and ZOWE.plex.example.com (column 48)\n',
  );
  expect(ruleDoc(catalogue.get("ZWE-HA-016")!)).toContain(
    "  externalDomains: [localhost]  # ← ZWE-HA-016 is reported here, at localhost (column 21)\n",
  );
});

describeWithTool(opa, "test-policies with column marks", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "zhp-sample-marks-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function testPolicies(failSample: string) {
    const files = under("policies", acmeRule());
    files["policies/rules/acme/workspace_path/fail.yaml"] = failSample;
    const dir = writeTree(mkdtempSync(join(work, "org-")), files);
    return cli(["test-policies", "policies"], dir, { PATH: pathWithOpa() });
  }

  test("passes when the finding is at the marked column (the key's)", async () => {
    const r = await testPolicies("zowe:\n  workspaceDirectory: /tmp/ws  # expect: ACME-001@3\n");
    expect(r.stdout).toMatch(/^ok {4}ACME-001 {2}2 samples$/m);
    expect(r.code).toBe(0);
  });

  test("fails (exit 1) when the finding is at another column", async () => {
    const r = await testPolicies("zowe:\n  workspaceDirectory: /tmp/ws  # expect: ACME-001@23\n");
    expect(r.stdout).toContain(
      "FAIL  ACME-001\n  policies/rules/acme/workspace_path/fail.yaml: expected findings at lines [2:23], got [2:3]\n",
    );
    expect(r.code).toBe(1);
  });

  test("fails (exit 1), naming the file and line, on a mark it cannot read", async () => {
    const r = await testPolicies("zowe:\n  workspaceDirectory: /tmp/ws  # expect: ACME-001@2:3\n");
    expect(r.stdout).toContain(
      'FAIL  ACME-001\n  policies/rules/acme/workspace_path/fail.yaml: line 2: "ACME-001@2:3": after "@" comes the column (from 1) on this line, as in ACME-001@5; the mark is on the finding\'s line\n',
    );
    expect(r.code).toBe(1);
  });
});
