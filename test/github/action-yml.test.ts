/** action.yml: the inputs and outputs issue 7 names, the defaults the code falls back to, the runtime. */
import { expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DEFAULTS } from "../../src/github/inputs.js";
import { ROOT } from "../helpers.js";

const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
};

test("inputs and outputs are exactly those of the issue, each described", () => {
  expect(Object.keys(action.inputs)).toEqual([
    "paths",
    "config",
    "fail-on",
    "zowe-version",
    "annotations",
    "comment",
    "check-run",
    "sarif-file",
    "only-changed",
    "allow-nothing-to-check",
    "github-token",
  ]);
  expect(Object.keys(action.outputs)).toEqual(["findings", "errors", "warnings", "sarif-file", "summary-markdown"]);
  for (const { description } of [...Object.values(action.inputs), ...Object.values(action.outputs)])
    expect(description.length).toBeGreaterThan(10);
});

test("the defaults a local run falls back to are action.yml's", () => {
  for (const [name, value] of Object.entries(DEFAULTS))
    expect([name, action.inputs[name]?.default]).toEqual([name, value]);
  expect(action.inputs["github-token"]?.default).toBe("${{ github.token }}");
});

test("runs the bundle on node24, with branding", () => {
  expect(action.runs).toEqual({ using: "node24", main: "dist/action.js" });
  expect(action.branding).toEqual({ icon: "shield", color: "blue" });
});

test("the reusable workflow takes the action's inputs (but check-run and the token) and passes each on, allowing nothing to check", () => {
  const workflow = parse(readFileSync(join(ROOT, ".github/workflows/zowe-ha-policy.yml"), "utf8")) as {
    on: { workflow_call: { inputs: Record<string, { default: unknown }>; outputs: Record<string, unknown> } };
    permissions: Record<string, string>;
    jobs: { check: { steps: Array<{ uses?: string; with?: Record<string, string> }> } };
  };
  const inputs = Object.keys(workflow.on.workflow_call.inputs);
  expect(inputs).toEqual(Object.keys(action.inputs).filter((n) => n !== "check-run" && n !== "github-token"));
  const step = workflow.jobs.check.steps.find((s) => s.uses?.endsWith("/zowe-ha-policy@v1"));
  expect(step?.with).toEqual(Object.fromEntries(inputs.map((n) => [n, `\${{ inputs.${n} }}`])));
  // The organisation-wide workflow runs in every repository, most of which hold no Zowe files:
  // there, nothing to check is a notice, not a failure.
  const differs: Record<string, string> = { "allow-nothing-to-check": "true" };
  for (const n of inputs)
    expect([n, String(workflow.on.workflow_call.inputs[n]?.default)]).toEqual([
      n,
      differs[n] ?? action.inputs[n]?.default,
    ]);
  expect(Object.keys(workflow.on.workflow_call.outputs)).toEqual(Object.keys(action.outputs));
  expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write" });
});
