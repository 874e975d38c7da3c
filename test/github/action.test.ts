/**
 * The action run in-process against a real HTTP server standing in for the GitHub API: the
 * comment, the check run, degradation, retries, annotations, the summary, outputs, changed-files
 * mode and the trusted configuration.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, ROOT, writeTree } from "../helpers.js";
import { acmeRule, opa, pathWithOpa } from "../policies-helpers.js";
import { renderGfm, unexpectedTags } from "../report/gfm.js";
import { testWithTool } from "../tools.js";
import { FakeGitHub } from "./fake-github.js";
import {
  BASE_SHA,
  HEAD_SHA,
  MERGE_SHA,
  TOKEN,
  onlyRules,
  pullRequestEvent,
  pushEvent,
  runInProcess,
  writeFiles,
  type ActionRun,
} from "./harness.js";

const FIXTURES = join(ROOT, "test/github/fixtures");
const MINIMAL_ZOWE = "zowe:\n  workspaceDirectory: /global/ws\n";
/** Not YAML until rendered: reported as skipped, with severity info. */
const HELM_TEMPLATE =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "x" . | nindent 4 }}\n';

let server: FakeGitHub;
let work: string;
const runs: ActionRun[] = [];

beforeAll(async () => {
  server = await new FakeGitHub().start();
  work = mkdtempSync(join(tmpdir(), "zhp-action-"));
});
afterAll(async () => {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => server.reset());

/** Every run is kept, so the last test can search all of them for the token. */
async function run(...args: Parameters<typeof runInProcess>): Promise<ActionRun> {
  const r = await runInProcess(...args);
  runs.push(r);
  return r;
}

function fixture(name: string, files: Record<string, string>): string {
  return writeFiles(mkdtempSync(join(work, `${name}-`)), files);
}

/** A repository of `count` Zowe configurations, each reported by ZWE-HA-001 (and ZWE-HA-014 as a warning, if kept). */
/** Makes dir a git repository with everything in it committed as the base; git runs more commands there. */
function commitBase(dir: string): { git: (...args: string[]) => string; base: string } {
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
      cwd: dir,
      encoding: "utf8",
    }).trim();
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "base");
  return { git, base: git("rev-parse", "HEAD") };
}

async function sysplexRepo(name: string, count: number, keep: Parameters<typeof onlyRules>[0]): Promise<string> {
  const config = await onlyRules(keep);
  const files: Record<string, string> = { ".zowe-ha-policy.yaml": config };
  for (let i = 0; i < count; i++) files[`sysplex-${String(i).padStart(3, "0")}/zowe.yaml`] = MINIMAL_ZOWE;
  return fixture(name, files);
}

/** The base commit's configuration, as the Contents API serves it (the fixtures are not git repositories). */
function serveBaseConfig(dir: string): void {
  server.contents.set(`${BASE_SHA}:.zowe-ha-policy.yaml`, readFileSync(join(dir, ".zowe-ha-policy.yaml"), "utf8"));
}

function lines(stdout: string, prefix: RegExp): string[] {
  return stdout.split("\n").filter((l) => prefix.test(l));
}

describe("nothing to check", () => {
  test("fails the step, naming the paths and what is checked; allow-nothing-to-check makes it a notice", async () => {
    const dir = fixture("nothing", { "ci.yml": "on: push\n", "docs/readme.txt": "no YAML here\n" });
    const failed = await run({ cwd: dir, server, event: pushEvent(), inputs: { paths: "docs\n." } });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      "::error::nothing to check in docs, .: 1 file read, none holding a Zowe configuration or Kubernetes object (it reads .yaml, .yml and .json files and checks the documents that are a Zowe configuration (a top-level zowe key) or a Kubernetes object (apiVersion and kind)). Set the input allow-nothing-to-check: true where that is expected.",
    );
    const allowed = await run({
      cwd: dir,
      server,
      event: pushEvent(),
      inputs: { "allow-nothing-to-check": "true" },
    });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/^::notice::nothing to check in \.: 1 file read, none holding/m);
  });

  test("a path that does not exist, or a file that is not YAML, fails the step", async () => {
    const dir = fixture("typo", { "zowe/zowe.yaml": MINIMAL_ZOWE, "README.md": "# hello\n" });
    const r = await run({ cwd: dir, server, event: pushEvent(), inputs: { paths: "zowee\nREADME.md" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "::error::input paths: no such file or folder: zowee; README.md is not a YAML or JSON file (.yaml, .yml, .json); name its folder to check what is in it",
    );
  });
});

describe("sticky pull request comment", () => {
  test("is created once, then updated in place with new/fixed counts until everything is fixed", async () => {
    const dir = await sysplexRepo("sticky", 2, { "ZWE-HA-001": "error", "ZWE-HA-014": "warning" });
    // Someone quoting the marker is not the action's comment.
    const quoted = server.addComment("<!-- zowe-ha-policy comment", "octocat");
    serveBaseConfig(dir);

    const first = await run({ cwd: dir, server, event: pullRequestEvent() });
    expect(first.code).toBe(1);
    expect(server.requestsTo("POST", /\/issues\/7\/comments$/)).toHaveLength(1);
    const mine = server.comments.filter((c) => c.id !== quoted.id);
    expect(mine).toHaveLength(1);
    const body = mine[0]!.body;
    expect(body).toMatch(/^<!-- zowe-ha-policy comment [0-9a-f]{12} -->\n## Zowe HA policy/);
    expect(body).toContain("### HA topology at a glance");
    expect(body).toContain("```mermaid\nflowchart LR");
    expect(body).toContain(`](https://github.example/octo/zowe-config/blob/${MERGE_SHA}/sysplex-000/zowe.yaml#L1)`);
    expect(body).toMatch(/<!-- zowe-ha-policy findings v1 [0-9a-f]{16}(,[0-9a-f]{16}){3} -->$/);
    expect(body).not.toContain("Since the last run");

    writeFileSync(join(dir, "sysplex-000/zowe.yaml"), `${MINIMAL_ZOWE}  externalDomains: [zowe.example.com]\n`);
    const second = await run({ cwd: dir, server, event: pullRequestEvent() });
    expect(second.code).toBe(1);
    expect(server.requestsTo("POST", /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(server.requestsTo("PATCH", /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(server.comments.filter((c) => c.id !== quoted.id)).toHaveLength(1);
    expect(mine[0]!.body).toContain("Since the last run: **0 new**, **1 fixed**.");

    unlinkSync(join(dir, "sysplex-000/zowe.yaml"));
    unlinkSync(join(dir, "sysplex-001/zowe.yaml"));
    // No Zowe file is left: nothing to check, which this run allows.
    const third = await run({
      cwd: dir,
      server,
      event: pullRequestEvent(),
      inputs: { "allow-nothing-to-check": "true" },
    });
    expect(third.code).toBe(0);
    expect(server.requestsTo("PATCH", /\/issues\/comments\/\d+$/)).toHaveLength(2);
    expect(server.comments.filter((c) => c.id !== quoted.id)).toHaveLength(1);
    expect(mine[0]!.body).toContain("🎉 **Everything is fixed**: the 3 problems of the last run are gone.");
    expect(quoted.body).toBe("<!-- zowe-ha-policy comment");
  });

  test("auto: no comment on a clean pull request, none on a push; never: not even a look", async () => {
    const clean = fixture("clean", { "ci.yml": "on: push\n" });
    await run({ cwd: clean, server, event: pullRequestEvent() });
    expect(server.requestsTo("POST", /\/comments$/)).toHaveLength(0);
    server.requests.length = 0;
    await run({ cwd: await sysplexRepo("push", 1, { "ZWE-HA-001": "error" }), server });
    expect(server.requestsTo("GET", /\/comments$/)).toHaveLength(0);
    const dir = await sysplexRepo("never", 1, { "ZWE-HA-001": "error" });
    serveBaseConfig(dir);
    await run({ cwd: dir, server, event: pullRequestEvent(), inputs: { comment: "never" } });
    expect(server.requestsTo("GET", /\/comments$/)).toHaveLength(0);
  });

  test("suggests the change where the fix is one certain value", async () => {
    const dir = fixture("suggest", {
      "gateway.yaml": readFileSync(join(FIXTURES, "workloads.yaml"), "utf8"),
      "zowe.yaml":
        "zowe:\n  workspaceDirectory: /global/ws\nhaInstances:\n  LPAR-3:\n    sysname: LPAR3\n  lpar1:\n    sysname: LPAR1\n",
    });
    await run({ cwd: dir, server, event: pullRequestEvent() });
    const body = server.comments[0]!.body;
    expect(body).toContain("### Suggested changes");
    expect(body).toContain("**`gateway.yaml` line 10** (ZWE-HA-K02)\n\n```suggestion\n  replicas: 2\n```");
    expect(body).toContain("**`zowe.yaml` line 4** (ZWE-HA-003)\n\n```suggestion\n  lpar_3:\n```");
  });

  test("403 on the comment: the job still succeeds, with a warning naming pull-requests: write", async () => {
    const dir = await sysplexRepo("forbidden", 1, { "ZWE-HA-001": "warning" });
    serveBaseConfig(dir);
    server.fail("POST", /\/issues\/7\/comments$/, 403);
    const r = await run({ cwd: dir, server, event: pullRequestEvent() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^::warning::The pull request comment skipped: GitHub answered 403 \(Resource not accessible by integration - https:\/\/docs\.github\.com\/rest\)\. The token needs the `pull-requests: write` permission/m,
    );
    expect(r.outputs.findings).toBe("1");
    expect(r.summary).toContain("## Zowe HA policy");
  });

  test("a 500 is retried, and so is a secondary rate limit (403 with retry-after)", async () => {
    const dir = await sysplexRepo("retry", 1, { "ZWE-HA-001": "error" });
    serveBaseConfig(dir);
    server.fail("POST", /\/issues\/7\/comments$/, 500, { message: "Server Error" });
    server.fail("GET", /\/issues\/7\/comments$/, 403, {
      message: "You have exceeded a secondary rate limit",
      headers: { "retry-after": "0" },
    });
    const r = await run({ cwd: dir, server, event: pullRequestEvent() });
    expect(server.requestsTo("GET", /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(server.requestsTo("POST", /\/issues\/7\/comments$/)).toHaveLength(2);
    expect(server.comments).toHaveLength(1);
    expect(r.stdout).not.toMatch(/^::warning::/m);
  });
});

describe("check run", () => {
  test("120 findings: created with 50 annotations, then two updates of 50 and 20, concluded from fail-on", async () => {
    const dir = await sysplexRepo("check", 120, { "ZWE-HA-001": "error" });
    const r = await run({ cwd: dir, server, inputs: { "check-run": "true" } });
    expect(r.outputs.findings).toBe("120");
    const create = server.requestsTo("POST", /\/check-runs$/);
    const updates = server.requestsTo("PATCH", /\/check-runs\/\d+$/);
    const sizes = [...create, ...updates].map(
      (q) => ((q.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length,
    );
    expect(sizes).toEqual([50, 50, 20]);
    const [checkRun] = [...server.checkRuns.values()];
    expect(checkRun).toMatchObject({
      name: "Zowe HA policy",
      head_sha: MERGE_SHA,
      status: "completed",
      conclusion: "failure",
    });
    expect(checkRun!.annotations[0]).toMatchObject({
      path: "sysplex-000/zowe.yaml",
      start_line: 1,
      annotation_level: "failure",
      title: "ZWE-HA-001",
    });
    expect((create[0]!.body as { status: string }).status).toBe("in_progress");
  });

  test("on a pull request it belongs to the head commit, not the merge commit; fail-on none concludes success", async () => {
    const dir = await sysplexRepo("check-pr", 1, { "ZWE-HA-001": "error" });
    serveBaseConfig(dir);
    const r = await run({
      cwd: dir,
      server,
      event: pullRequestEvent(),
      inputs: { "check-run": "true", "fail-on": "none", comment: "never" },
    });
    expect(r.code).toBe(0);
    expect([...server.checkRuns.values()]).toEqual([
      expect.objectContaining({ head_sha: HEAD_SHA, conclusion: "success" }),
    ]);
  });

  test("403: a warning naming checks: write; the result still comes from the findings", async () => {
    const dir = await sysplexRepo("check-403", 1, { "ZWE-HA-001": "error" });
    server.fail("POST", /\/check-runs$/, 403);
    const r = await run({ cwd: dir, server, inputs: { "check-run": "true" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::warning::The check run skipped: GitHub answered 403 .*`checks: write`/m);
  });
});

describe("annotations", () => {
  test("10 per severity, most severe first, and a notice of how many were not shown and where they are", async () => {
    const files: Record<string, string> = {
      ".zowe-ha-policy.yaml": await onlyRules({ "ZWE-HA-001": "error", "ZWE-HA-014": "warning" }),
    };
    for (let i = 0; i < 15; i++) {
      files[`zowe-${String(i).padStart(2, "0")}/zowe.yaml`] = MINIMAL_ZOWE;
      files[`charts/t-${String(i).padStart(2, "0")}.yaml`] = HELM_TEMPLATE;
    }
    const r = await run({ cwd: fixture("caps", files), server, inputs: { "check-run": "true" } });
    const annotations = lines(r.stdout, /^::(error|warning|notice) /);
    expect(lines(r.stdout, /^::error file=/)).toHaveLength(10);
    expect(lines(r.stdout, /^::warning file=/)).toHaveLength(10);
    expect(lines(r.stdout, /^::notice file=/)).toHaveLength(9);
    const kinds = annotations.map((l) => /^::(\w+)/.exec(l)?.[1]);
    expect(kinds).toEqual([...Array(10).fill("error"), ...Array(10).fill("warning"), ...Array(10).fill("notice")]);
    expect(annotations.at(-1)).toBe(
      '::notice title=zowe-ha-policy::16 findings are not shown as annotations (GitHub shows 10 per severity in a step): see the job summary, the check run "Zowe HA policy", the SARIF file zowe-ha-policy.sarif.',
    );
    expect(lines(r.stdout, /^::error file=/)[0]).toMatch(
      /^::error file=zowe-00\/zowe\.yaml,line=1,endLine=1,col=1,endColumn=\d+,title=ZWE-HA-001::/,
    );
    expect(r.summary).toContain(
      "⚠️ 16 findings are not shown as annotations (GitHub shows 10 per severity in a step): see the tables below,",
    );
  });

  test("annotations: false writes none", async () => {
    const r = await run({
      cwd: await sysplexRepo("quiet", 2, { "ZWE-HA-001": "error" }),
      server,
      inputs: { annotations: "false" },
    });
    expect(lines(r.stdout, /^::(error|warning|notice) file=/)).toEqual([]);
  });
});

describe("job summary, outputs and SARIF", () => {
  test("the summary has the totals, the topology, a linked table per file and the rules; the outputs count what was reported", async () => {
    const dir = fixture("summary", {
      "zowe.yaml": readFileSync(join(FIXTURES, "sysplex-noncompliant.yaml"), "utf8"),
      "k8s/workloads.yaml": readFileSync(join(FIXTURES, "workloads.yaml"), "utf8"),
    });
    const r = await run({ cwd: dir, server, inputs: { "sarif-file": "reports/out.sarif" } });
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/^## Zowe HA policy\n\n❌ \*\*\d+ problems\*\* \(\d+ errors?, \d+ warnings?, \d+ info\)/);
    expect(r.summary).toContain("### HA topology at a glance");
    // LPAR-3's instance is never selected (ZWE-HA-003): nothing of it is drawn on an LPAR.
    expect(r.summary).toMatch(/\| gateway \| lpar1 \| lpar2a, lpar2b · 🔴 ZWE-HA-010, 🔴 ZWE-HA-012 \| 2 LPARs \|/);
    expect(r.summary).toContain(
      "HA instances not counted: LPAR-3 (zwe never selects this key, so nothing runs on it) · 🔴 ZWE-HA-003.",
    );
    expect(r.summary).toMatch(
      /\| Deployment zowe\/gateway \| gateway \| 1 \| ⚠️ not spread \| 🔴 single point of failure · 🟡 ZWE-HA-K02, 🟡 ZWE-HA-K10 \|/,
    );
    expect(r.summary).toMatch(
      new RegExp(
        `\\| \\[15\\]\\(https://github\\.example/octo/zowe-config/blob/${MERGE_SHA}/zowe\\.yaml#L15\\) \\| 🔴 error \\| ZWE-HA-013 \\|`,
      ),
    );
    expect(r.summary).toMatch(/^### Rules\n\n- \*\*ZWE-HA-003\*\* /m);
    // HTML in a message stays text; code spans show theirs as written (`haInstances.<id>`).
    expect(unexpectedTags(renderGfm(r.summary))).toEqual([]);
    expect(renderGfm(r.summary)).toContain("<code>haInstances.&lt;id&gt;.hostname</code>");

    const sarif = JSON.parse(readFileSync(join(dir, "reports/out.sarif"), "utf8"));
    const findings = sarif.runs[0].results.length;
    const { "summary-markdown": markdown, ...counts } = r.outputs;
    expect(counts).toEqual({
      findings: String(findings),
      errors: String(sarif.runs[0].results.filter((x: { level: string }) => x.level === "error").length),
      warnings: String(sarif.runs[0].results.filter((x: { level: string }) => x.level === "warning").length),
      "sarif-file": "reports/out.sarif",
    });
    expect(markdown?.trimEnd()).toBe(r.summary.trimEnd());
  });

  test("sarif-file empty: no SARIF file and an empty output", async () => {
    const dir = await sysplexRepo("no-sarif", 1, { "ZWE-HA-001": "error" });
    const r = await run({ cwd: dir, server, inputs: { "sarif-file": "" } });
    expect(r.outputs["sarif-file"]).toBe("");
    expect(() => readFileSync(join(dir, "zowe-ha-policy.sarif"))).toThrow();
  });

  test("bad inputs fail the step with a message naming the input", async () => {
    const r = await run({ cwd: work, server, inputs: { "fail-on": "high" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::input fail-on must be error, warning, info or none, not "high"');
  });
});

describe("only-changed", () => {
  test("the whole repository is scanned; findings only in changed files, annotations only on changed lines", async () => {
    const dir = await sysplexRepo("changed", 3, { "ZWE-HA-001": "error", "ZWE-HA-014": "warning" });
    serveBaseConfig(dir);
    // Page after page: 250 files, two of them ours; sysplex-001's patch does not touch line 1.
    server.prFiles = [
      {
        filename: "sysplex-000/zowe.yaml",
        status: "modified",
        patch: "@@ -0,0 +1,2 @@\n+zowe:\n+  workspaceDirectory: /global/ws",
      },
      {
        filename: "sysplex-001/zowe.yaml",
        status: "modified",
        patch: "@@ -2,1 +2,1 @@\n-  workspaceDirectory: /tmp\n+  workspaceDirectory: /global/ws",
      },
      ...Array.from({ length: 248 }, (_, i) => ({
        filename: `docs/page-${i}.md`,
        status: "added",
        patch: "@@ -0,0 +1 @@\n+x",
      })),
    ];
    const r = await run({ cwd: dir, server, event: pullRequestEvent(7, 250), inputs: { "only-changed": "true" } });
    expect(server.requestsTo("GET", /\/pulls\/7\/files$/)).toHaveLength(3);
    expect(r.outputs.findings).toBe("4");
    expect(r.summary).toContain(
      "Only the 250 files this pull request changes are reported; 2 findings in other files are not shown.",
    );
    // The topology shows the whole deployment; findings and line links only the changed files.
    expect(r.summary).toMatch(/sysplex-000\/zowe\.yaml#L\d/);
    expect(r.summary).not.toMatch(/### .*sysplex-002|sysplex-002\/zowe\.yaml#L/);
    const annotated = lines(r.stdout, /^::(error|warning) file=/).map((l) => /file=([^,]+)/.exec(l)?.[1]);
    expect(annotated).toEqual(["sysplex-000/zowe.yaml", "sysplex-000/zowe.yaml"]);
    expect(server.comments[0]!.body).not.toMatch(/### .*sysplex-002|sysplex-002\/zowe\.yaml#L/);
  });

  test("beyond the API's 3,000 files, the changes come from git diff base...head", async () => {
    const dir = await sysplexRepo("git-diff", 2, { "ZWE-HA-001": "error" });
    const { git, base } = commitBase(dir);
    writeFileSync(join(dir, "sysplex-001/zowe.yaml"), MINIMAL_ZOWE.replace("zowe:", "zowe: # changed"));
    git("commit", "-qam", "head");
    const head = git("rev-parse", "HEAD");
    server.prFiles = [{ filename: "unrelated.md", status: "added" }];
    const r = await run({
      cwd: dir,
      server,
      event: pullRequestEvent(7, 3500, base, head),
      inputs: { "only-changed": "true" },
    });
    expect(r.stdout).toContain("more than the 3000 the API lists: reading the changes with git diff");
    expect(r.outputs.findings).toBe("1");
    expect(lines(r.stdout, /^::error file=/)).toEqual([expect.stringContaining("file=sysplex-001/zowe.yaml,line=1,")]);
  });
});

describe("the configuration of a pull request comes from its base commit", () => {
  test("read with git show; the log says the pull request changes it, and the change has no effect", async () => {
    const dir = await sysplexRepo("trust", 1, { "ZWE-HA-001": "error" });
    const { git, base } = commitBase(dir);
    // The pull request tries to switch the rule off.
    writeFileSync(
      join(dir, ".zowe-ha-policy.yaml"),
      readFileSync(join(dir, ".zowe-ha-policy.yaml"), "utf8").replace("ZWE-HA-001: error", "ZWE-HA-001: off"),
    );
    git("commit", "-qam", "head");
    const r = await run({ cwd: dir, server, event: pullRequestEvent(7, undefined, base, git("rev-parse", "HEAD")) });
    expect(r.code).toBe(1);
    expect(r.outputs.findings).toBe("1");
    expect(r.stdout).toContain(
      `This pull request changes .zowe-ha-policy.yaml; this run uses the version of the base commit ${base.slice(0, 7)}, so that a pull request cannot change its own check.`,
    );
    expect(r.summary).toContain("This pull request changes `.zowe-ha-policy.yaml`");
    expect(server.requestsTo("GET", /\/contents\//)).toHaveLength(0);
  });

  testWithTool(opa, "custom policies inside the repository come from the base commit too", async () => {
    const dir = await sysplexRepo("trust-policies", 1, { "ZWE-HA-001": "error" });
    const work = mkdtempSync(join(tmpdir(), "zhp-trust-policies-"));
    const org = writeTree(join(work, "org"), acmeRule());
    const built = await cli(["build-policies", org, "-o", join(dir, "policies", "acme.wasm")], dir, {
      PATH: pathWithOpa(),
    });
    expect(built.stderr).toBe("");
    writeFileSync(
      join(dir, ".zowe-ha-policy.yaml"),
      `${readFileSync(join(dir, ".zowe-ha-policy.yaml"), "utf8")}policies:\n  - policies/acme.wasm\n`,
    );
    const { git, base } = commitBase(dir);
    // The pull request replaces the organisation's rules with something that would not even load.
    writeFileSync(join(dir, "policies", "acme.wasm"), "not the organisation's rules");
    git("commit", "-qam", "head");
    const r = await run({ cwd: dir, server, event: pullRequestEvent(7, undefined, base, git("rev-parse", "HEAD")) });
    expect(r.code).toBe(1);
    // The bundled rule's finding and the organisation rule's, from the base commit's policy.
    expect(r.outputs.findings).toBe("2");
    expect(r.stdout).toMatch(/^::\w+ file=sysplex-000\/zowe\.yaml,.*title=ACME-001::/m);
    expect(r.stdout).toContain(
      `This pull request changes the custom policies policies/acme.wasm; this run uses the versions of the base commit ${base.slice(0, 7)}`,
    );
    expect(r.stdout).toContain("custom policy policies/acme.wasm (1 rules)");
    expect(r.summary).toContain("This pull request changes the custom policies `policies/acme.wasm`");
    rmSync(work, { recursive: true, force: true });
  });

  test("a checkout without the base commit reads it through the Contents API", async () => {
    const dir = await sysplexRepo("trust-api", 1, { "ZWE-HA-001": "off" });
    server.contents.set(`${BASE_SHA}:.zowe-ha-policy.yaml`, await onlyRules({ "ZWE-HA-001": "warning" }));
    const r = await run({ cwd: dir, server, event: pullRequestEvent(), inputs: { comment: "never" } });
    expect(server.requestsTo("GET", /\/contents\/\.zowe-ha-policy\.yaml$/)).toHaveLength(1);
    expect(r.outputs).toMatchObject({ findings: "1", warnings: "1" });
  });
});

test("a missing event payload: the check still runs and reports, without a comment and without a trace", async () => {
  const dir = await sysplexRepo("no-event", 1, { "ZWE-HA-001": "error" });
  const r = await run({ cwd: dir, server, event: null, inputs: { comment: "always" } });
  expect(r.code).toBe(1);
  expect(r.outputs.errors).toBe("1");
  expect(r.stdout).toMatch(/^::error file=sysplex-000\/zowe\.yaml,line=\d+/m);
  expect(r.summary).toContain("ZWE-HA-001");
  expect(server.requestsTo("POST", /\/comments$/)).toHaveLength(0);
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .*\(/);
});

test("the token is sent as the authorization header and appears nowhere else", async () => {
  const dir = await sysplexRepo("token", 1, { "ZWE-HA-001": "error" });
  serveBaseConfig(dir);
  server.fail("POST", /\/issues\/7\/comments$/, 403);
  server.fail("POST", /\/check-runs$/, 404);
  await run({ cwd: dir, server, event: pullRequestEvent(), inputs: { "check-run": "true", "only-changed": "true" } });
  expect(server.requests.length).toBeGreaterThan(3);
  for (const request of server.requests) expect(request.authorization).toBe(`token ${TOKEN}`);
  // Every run of this file, including the ones whose API calls failed.
  expect(runs.length).toBeGreaterThan(10);
  for (const r of runs) {
    for (const text of [r.stdout, r.stderr, r.summary, ...Object.values(r.outputs)]) expect(text).not.toContain(TOKEN);
  }
});
