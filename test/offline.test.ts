/**
 * A clone with Node alone runs `npm test`: the committed dist/policy.wasm is used while its
 * inputs are unchanged (pretest compiles nothing, so Go is not needed), a changed policy
 * without Go is one clear line, and tests that need a tool say in the summary line why they
 * were skipped.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "./helpers.js";

let work: string;
/** A PATH with node on it and nothing else: no Go, no opa. */
let onlyNode: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-offline-"));
  onlyNode = join(work, "bin");
  mkdirSync(onlyNode);
  symlinkSync(process.execPath, join(onlyNode, "node"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildPolicy(root: string) {
  return spawnSync(process.execPath, [join(root, "scripts", "build-policy.mjs"), "--if-stale"], {
    cwd: root,
    env: { PATH: onlyNode },
    encoding: "utf8",
  });
}

/** What the build reads and writes, copied into a folder of its own (no .tools, no node_modules). */
function copyOfTheBuild(): string {
  const root = mkdtempSync(join(work, "clone-"));
  const { inputs } = JSON.parse(readFileSync(join(ROOT, "dist", "policy.inputs.json"), "utf8")) as {
    inputs: string[];
  };
  for (const path of [...inputs, "scripts", "dist/policy.wasm", "dist/rules.json", "dist/policy.inputs.json"]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    cpSync(join(ROOT, path), join(root, path), { recursive: true });
  }
  return root;
}

describe("pretest (build-policy --if-stale)", () => {
  test("the committed policy is current: nothing is compiled, no Go needed", () => {
    const r = buildPolicy(ROOT);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("build-policy: dist/policy.wasm is current (its inputs are unchanged since it was built)\n");
    expect(r.status).toBe(0);
  });

  test("a rule changed and no Go: one line saying what to install, exit 1", () => {
    const root = copyOfTheBuild();
    const rule = join(root, "policies", "main.rego");
    const text = readFileSync(rule, "utf8");
    // Written again unchanged (a checkout, an editor's save): still current, the hash is of the text.
    writeFileSync(rule, text);
    expect(buildPolicy(root).status).toBe(0);

    writeFileSync(rule, `${text}\n# changed\n`);
    const r = buildPolicy(root);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "build-policy: policies/ (or the compile's inputs) changed since dist/policy.wasm was built; compiling it needs Go (https://go.dev/dl/, the version in tools/go.mod) on PATH to build the pinned opa\n",
    );
  });

  test("a Rego unit test is not an input of the build; a rule's sample is (rules.json carries it)", () => {
    const root = copyOfTheBuild();
    const folder = readdirSync(join(root, "policies", "rules"), { withFileTypes: true }).find((e) => e.isDirectory())!;
    const rules = join(root, "policies", "rules", folder.name);
    const rule = readdirSync(rules)[0]!;
    const tests = readdirSync(join(rules, rule)).filter((f) => f.endsWith("_test.rego"));
    expect(tests.length).toBeGreaterThan(0);
    appendFileSync(join(rules, rule, tests[0]!), "# more tests\n");
    expect(buildPolicy(root).status).toBe(0);
    appendFileSync(join(rules, rule, "pass.yaml"), "# another line\n");
    expect(buildPolicy(root).status).toBe(1);
  });

  test("without a record of what dist/policy.wasm was built from, it is rebuilt (and that needs Go)", () => {
    const root = copyOfTheBuild();
    rmSync(join(root, "dist", "policy.inputs.json"));
    const r = buildPolicy(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^build-policy: .* needs Go \(https:\/\/go\.dev\/dl\/.*\n$/);
  });
});

describe("the summary line", () => {
  /** The reporter's last line for tests with these titles (all skipped) and that many passed. */
  function summaryFor(passed: number, skippedTitles: string[][]): string {
    const results = {
      numPassedTests: passed,
      numFailedTests: 0,
      numPendingTests: skippedTitles.length,
      numTodoTests: 0,
      testResults: [
        {
          testResults: skippedTitles.map((titles) => ({
            status: "pending",
            ancestorTitles: titles.slice(0, -1),
            title: titles.at(-1),
          })),
        },
      ],
    };
    const script = `import Reporter from ${JSON.stringify(join(ROOT, "test", "summary-reporter.js"))};
new Reporter().onRunComplete(new Set(), ${JSON.stringify(results)});`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    return r.stdout.trim();
  }

  test("says why tests were skipped, one reason per need", () => {
    expect(
      summaryFor(40, [
        ["with kustomize on PATH [skipped: need Go for kustomize]", "renders"],
        ["with opa [skipped: need Go for opa]", "a bundle", "builds"],
        ["dist/action.js on Node 24 [skipped: need Node 24 (bash .ci/run installs it into .tools/node24)]", "runs"],
        ["a plain skipped test"],
      ]),
    ).toBe(
      "40 passed, 0 failed, 4 skipped: need Go for kustomize, opa; need Node 24 (bash .ci/run installs it into .tools/node24)",
    );
    expect(summaryFor(3, [])).toBe("3 passed, 0 failed");
  });
});

test("no test reads ../shared: everything a test reads is in the repository", () => {
  const sources = readdirSync(join(ROOT, "test"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|js)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  expect(sources.length).toBeGreaterThan(10);
  for (const file of sources) {
    const text = readFileSync(file, "utf8");
    expect({ file, shared: /["'`]\.\.["'`],\s*["'`]shared|\.\.\/shared\//.test(text) }).toEqual({
      file,
      shared: false,
    });
  }
});
