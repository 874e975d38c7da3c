/**
 * End to end: the committed bundle dist/action.js run as the runner runs it, in a child process
 * with only the runner's variables, on Node 20 and, when installed (.ci/run installs it), on
 * Node 24, the runtime action.yml names.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers.js";
import { FakeGitHub } from "./fake-github.js";
import { MERGE_SHA, pullRequestEvent, runBundled, TOKEN, writeFiles } from "./harness.js";
import { describeWithTool, pinnedTool } from "../tools.js";

const node24 = pinnedTool("node24");

let server: FakeGitHub;
let repo: string;

beforeAll(async () => {
  server = await new FakeGitHub().start();
  repo = writeFiles(mkdtempSync(join(tmpdir(), "zhp-bundled-")), {
    "zowe/zowe.yaml": readFileSync(join(ROOT, "test/github/fixtures/sysplex-noncompliant.yaml"), "utf8"),
  });
});
afterAll(async () => {
  await server.stop();
  rmSync(repo, { recursive: true, force: true });
});

/** The run the runner makes, on the given node. */
function runsLikeTheRunner(node: string): void {
  test("a pull request: annotations, summary, outputs, SARIF and one sticky comment, exit 1", async () => {
    server.reset();
    const r = await runBundled({ cwd: repo, server, event: pullRequestEvent(), inputs: { "check-run": "true" } }, node);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error file=zowe\/zowe\.yaml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=ZWE-HA-010::/m,
    );
    expect(r.summary).toContain("### HA topology at a glance");
    expect(r.summary).toContain(`/blob/${MERGE_SHA}/zowe/zowe.yaml#L`);
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(repo, "zowe-ha-policy.sarif"), "utf8")).version).toBe("2.1.0");
    expect(server.comments).toHaveLength(1);
    expect(server.checkRuns.size).toBe(1);
    for (const text of [r.stdout, r.stderr, r.summary]) expect(text).not.toContain(TOKEN);
  });
}

describe("dist/action.js on Node 20+ (this process's node)", () => runsLikeTheRunner(process.execPath));
describeWithTool(node24, "dist/action.js on Node 24", () => runsLikeTheRunner(node24.file!));
