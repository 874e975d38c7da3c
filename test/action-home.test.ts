/**
 * The action's home is written once, in package.json's `repository`: the code reads it, and the
 * Markdown and YAML that cannot (the README, docs/action.md, the reusable workflow) must name the
 * same repository (`npm run build:docs` rewrites them).
 */
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { ACTION_HOME_FILES, actionReferences, withActionHome } from "../src/docs/action-home.js";
import { githubRepository } from "../src/init/workflow.js";
import packageJson from "../package.json" with { type: "json" };
import { bundledCli, ROOT } from "./helpers.js";

const repository = githubRepository(packageJson.repository);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-home-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("package.json names the action's GitHub repository", () => {
  expect(repository).toBe("zowe-ha-policy/zowe-ha-policy");
});

test.each(ACTION_HOME_FILES)("%s names the repository of package.json (run 'npm run build:docs')", (name) => {
  const text = readFileSync(join(ROOT, name), "utf8");
  const references = actionReferences(text);
  expect(references.length).toBeGreaterThan(0);
  expect(new Set(references)).toEqual(new Set([repository]));
  expect(withActionHome(text, repository!)).toBe(text);
  expect(text).not.toMatch(/\bOWNER\//);
});

test("a fork's repository replaces every reference to the action, and only those", () => {
  const text = [
    "      - uses: actions/checkout@v6",
    "      - uses: zowe-ha-policy/zowe-ha-policy@v1   # pin a full commit SHA",
    "    uses: zowe-ha-policy/zowe-ha-policy/.github/workflows/zowe-ha-policy.yml@<sha>  # v1.2.3",
    "      - uses: open-policy-agent/setup-opa@v2",
    "        uses: github/codeql-action/upload-sarif@v4",
    "Pin it (`uses: zowe-ha-policy/zowe-ha-policy@<sha> # v1.2.3`).",
  ].join("\n");
  expect(withActionHome(text, "acme/zhp-fork")).toBe(
    [
      "      - uses: actions/checkout@v6",
      "      - uses: acme/zhp-fork@v1   # pin a full commit SHA",
      "    uses: acme/zhp-fork/.github/workflows/zowe-ha-policy.yml@<sha>  # v1.2.3",
      "      - uses: open-policy-agent/setup-opa@v2",
      "        uses: github/codeql-action/upload-sarif@v4",
      "Pin it (`uses: acme/zhp-fork@<sha> # v1.2.3`).",
    ].join("\n"),
  );
});

test("init (the bundle, reading package.json) writes a workflow that uses the repository of package.json", () => {
  const repo = mkdtempSync(join(work, "repo-"));
  mkdirSync(join(repo, ".git"));
  const r = bundledCli(["init"], { cwd: repo });
  expect(r.code).toBe(0);
  const text = readFileSync(join(repo, ".github/workflows/zowe-ha-policy.yml"), "utf8");
  expect(parse(text).jobs["zowe-ha-policy"].steps[1].uses).toBe(`${repository}@v1`);
  expect(text).not.toContain("TODO");
});
