/** The CLI contract (docs/design.md §3): commands, formats, outputs and exit codes. */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawn } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { USAGE } from "../src/cli/run.js";
import { bundledCli, cli, DIST, ROOT, writeTree } from "./helpers.js";
import { pinnedTool, testWithTool } from "./tools.js";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-cli-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("check", () => {
  test("reports the non-compliant example at its lines and exits 1", async () => {
    const r = await cli(["check", "examples/sysplex-noncompliant"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^ {2}examples\/sysplex-noncompliant\/zowe\.yaml:\d+:\d+ +error +ZWE-HA-010 +instances lpar2a and lpar2b/m,
    );
    expect(r.stderr).toBe("");
  });

  test("the compliant example has no errors and exits 0", async () => {
    const r = await cli(["check", "examples/sysplex", "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(report.summary.zoweConfigs).toBe(1);
    expect(r.code).toBe(0);
  });

  test("the layered example (declared in the repository's .zowe-ha-policy.yaml) and the templated example pass", async () => {
    const r = await cli(["check", "examples/sysplex-layered", "examples/sysplex-templated", "-f", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ files: 3, zoweConfigs: 2 });
    expect(r.code).toBe(0);
  });

  test("templates: a reference is resolved (and checked); an expression is left alone, never a false error", async () => {
    const dir = mkdtempSync(join(work, "templates-"));
    const text = readFileSync(join(ROOT, "examples/sysplex-templated/zowe.yaml"), "utf8");
    // The Gateway port refers to externalPort: changing externalPort moves both, so 013 stays quiet.
    writeFileSync(join(dir, "resolved.yaml"), text.replace("externalPort: 7554", "externalPort: 443"));
    // A port from the environment cannot be known: no rule may claim it differs.
    writeFileSync(
      join(dir, "unknown.yaml"),
      text.replace("port: ${{ zowe.externalPort }}", "port: ${{ process.env.GATEWAY_PORT }}"),
    );
    const report = JSON.parse((await cli(["check", ".", "-f", "json"], dir)).stdout);
    expect(report.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });

  test("--fail-on decides the exit code", async () => {
    expect((await cli(["check", "examples/sysplex-noncompliant", "--fail-on", "none"])).code).toBe(0);
    expect((await cli(["check", "examples/sysplex-noncompliant", "--fail-on", "info"])).code).toBe(1);
  });

  test("JSON report: the contract's fields, relative paths, 1-based positions, same bytes twice", async () => {
    const first = await cli(["check", "examples", "-f", "json"]);
    const second = await cli(["check", "examples", "-f", "json"]);
    expect(first.stdout).toBe(second.stdout);
    const report = JSON.parse(first.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining([
          "ruleId",
          "severity",
          "message",
          "file",
          "line",
          "column",
          "endLine",
          "endColumn",
          "path",
        ]),
      );
      expect(f.file).toMatch(/^examples\/[^\\]+$/);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
    expect(report.summary).toMatchObject({ failOn: "error", failed: true });
    expect(report.summary.zoweConfigs).toBeGreaterThanOrEqual(4);
  });

  test("SARIF 2.1.0 with a descriptor for every rule and a region for every result", async () => {
    const r = await cli(["check", "examples/sysplex-noncompliant", "-f", "sarif"]);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe("2.1.0");
    const [run0] = sarif.runs;
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toContain("ZWE-HA-010");
    expect(ids).toContain("yaml-syntax");
    for (const rule of run0.tool.driver.rules) {
      expect(rule.shortDescription.text).not.toBe("");
      expect(rule.help.text).not.toBe("");
      expect(["error", "warning", "note"]).toContain(rule.defaultConfiguration.level);
    }
    for (const result of run0.results) {
      expect(ids[result.ruleIndex]).toBe(result.ruleId);
      const { region, artifactLocation } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).toBe("examples/sysplex-noncompliant/zowe.yaml");
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints["zoweHaPolicyFinding/v1"]).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  test("several formats in one run, each to its own file; one may go to stdout", async () => {
    const junit = join(work, "out", "report.xml");
    const md = join(work, "report.md");
    const r = await cli(["check", "examples", "-f", "junit", "-o", junit, "-f", "markdown", "-o", md, "-f", "github"]);
    expect(r.code).toBe(1);
    expect(readFileSync(junit, "utf8")).toMatch(/<testsuites name="zowe-ha-policy" tests="\d+" failures="[1-9]\d*"/);
    expect(readFileSync(md, "utf8")).toMatch(/\| \d+ \| 🔴 error \| ZWE-HA-010 \|/);
    expect(r.stdout).toMatch(
      /^::error file=examples\/sysplex-noncompliant\/zowe\.yaml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=ZWE-HA-010::/m,
    );
  });

  test("a file with a syntax error is a finding at its line; the other files are still checked", async () => {
    const dir = mkdtempSync(join(work, "syntax-"));
    writeFileSync(join(dir, "broken.yaml"), "zowe:\n  externalDomains: [a.example.com\n  externalPort: 7554\n");
    writeFileSync(join(dir, "empty.yaml"), "");
    writeFileSync(join(dir, "comments.yaml"), "# nothing but\n# comments\n");
    writeFileSync(join(dir, "zowe.yaml"), "zowe:\n  workspaceDirectory: /global/ws\n");
    const r = await cli(["check", ".", "-f", "json"], dir);
    const report = JSON.parse(r.stdout);
    const syntax = report.findings.filter((f: { ruleId: string }) => f.ruleId === "yaml-syntax");
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ file: "broken.yaml", severity: "error" });
    expect(syntax[0].line).toBeGreaterThanOrEqual(2);
    expect(
      report.findings.some(
        (f: { ruleId: string; file: string }) => f.ruleId === "ZWE-HA-001" && f.file === "zowe.yaml",
      ),
    ).toBe(true);
    expect(report.summary.files).toBe(4);
    expect(r.code).toBe(1);
  });

  test("a JSON manifest is checked like YAML, and its findings point at the JSON key", async () => {
    const dir = mkdtempSync(join(work, "json-"));
    const deployment = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: {
        name: "gateway",
        namespace: "zowe",
        labels: { "app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway" },
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: { "app.kubernetes.io/component": "gateway" } },
        template: {
          metadata: { labels: { "app.kubernetes.io/name": "zowe", "app.kubernetes.io/component": "gateway" } },
          spec: { containers: [{ name: "gateway", image: "gateway:3" }] },
        },
      },
    };
    const text = JSON.stringify(deployment, null, 2);
    writeFileSync(join(dir, "gateway.json"), text);
    const report = JSON.parse((await cli(["check", ".", "-f", "json"], dir)).stdout);
    const replicasLine = text.split("\n").findIndex((l) => l.includes('"replicas"')) + 1;
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === "ZWE-HA-K02")).toMatchObject({
      file: "gateway.json",
      line: replicasLine,
      column: 5,
      path: ["spec", "replicas"],
    });
  });

  test("a Helm template is skipped with a notice-level finding, not a syntax error", async () => {
    const dir = mkdtempSync(join(work, "helm-"));
    writeFileSync(
      join(dir, "deployment.yaml"),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "x" . | nindent 4 }}\n',
    );
    const report = JSON.parse((await cli(["check", ".", "-f", "json"], dir)).stdout);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: "template-skipped", severity: "info", file: "deployment.yaml" }),
    ]);
  });
});

describe("nothing to check", () => {
  const NOTHING =
    "it reads .yaml, .yml and .json files and checks the documents that are a Zowe configuration (a top-level zowe key) or a Kubernetes object (apiVersion and kind)";

  test("exits 2, naming the paths and what is checked there: a mistyped path cannot pass", async () => {
    const dir = writeTree(mkdtempSync(join(work, "none-")), {
      "ci.yml": "on: push\njobs: {}\n",
      "docs/notes.txt": "not YAML\n",
    });
    const r = await cli(["check"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/No Zowe configuration or Kubernetes manifest found \(1 file read\): nothing was checked/);
    expect(r.stderr).toBe(
      `zowe-ha-policy: nothing to check in .: 1 file read, none holding a Zowe configuration or Kubernetes object (${NOTHING}). Pass --allow-nothing-to-check where that is expected.\n`,
    );
    expect((await cli(["check", "docs", "-f", "json"], dir)).stderr).toBe(
      `zowe-ha-policy: nothing to check in docs: no .yaml, .yml or .json file is there (${NOTHING}). Pass --allow-nothing-to-check where that is expected.\n`,
    );
  });

  test("--allow-nothing-to-check: exit 0, the report still says that nothing was checked", async () => {
    const dir = writeTree(mkdtempSync(join(work, "none-")), { "ci.yml": "on: push\n" });
    const r = await cli(["check", "--allow-nothing-to-check"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/nothing was checked\. Settings: the defaults \(no \.zowe-ha-policy\.yaml\)\.\n$/);
  });

  test("findings at or above --fail-on still exit 1: a broken file is something to fix", async () => {
    const dir = writeTree(mkdtempSync(join(work, "none-")), { "zowe.yaml": "zowe: [unclosed\n" });
    const r = await cli(["check"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/yaml-syntax/);
  });

  // Root reads any folder: there the bundle runs without the capabilities that let it.
  const root = process.getuid?.() === 0;
  const setpriv = root ? [pinnedTool("setpriv")] : [];
  testWithTool(setpriv, "an unreadable folder is an error finding (unreadable-folder), not a notice", () => {
    const dir = writeTree(mkdtempSync(join(work, "locked-")), {
      "zowe/zowe.yaml": "zowe:\n  workspaceDirectory: /global/ws\n",
      "k8s/deployment.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n",
    });
    chmodSync(join(dir, "k8s"), 0o000);
    try {
      const prefix = root ? [setpriv[0]!.file!, "--bounding-set", "-dac_override,-dac_read_search"] : [];
      const r = bundledCli(["check", ".", "-f", "json", "--fail-on", "none"], { cwd: dir, prefix });
      expect(r.stderr).toBe("");
      const report = JSON.parse(r.stdout);
      expect(report.findings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            ruleId: "unreadable-folder",
            severity: "error",
            file: "k8s",
            message: "the folder cannot be read (EACCES): nothing in it was checked",
          }),
        ]),
      );
      expect(report.notices).toEqual([]);
      expect(bundledCli(["check", "."], { cwd: dir, prefix }).code).toBe(1);
    } finally {
      chmodSync(join(dir, "k8s"), 0o755);
    }
  });
});

describe("--format and --output", () => {
  test("the README's example: each --output takes the --format just before it", async () => {
    const dir = mkdtempSync(join(work, "formats-"));
    cpSync(join(ROOT, "examples", "sysplex-noncompliant"), dir, { recursive: true });
    const r = await cli(
      ["check", "-f", "text", "-f", "sarif", "-o", "zowe-ha-policy.sarif", "-f", "junit", "-o", "junit.xml"],
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^zowe\.yaml\n {2}zowe\.yaml:\d+:\d+ +(error|warning) /);
    expect(JSON.parse(readFileSync(join(dir, "zowe-ha-policy.sarif"), "utf8")).version).toBe("2.1.0");
    expect(readFileSync(join(dir, "junit.xml"), "utf8")).toMatch(/^<\?xml [^>]*>\n<testsuites name="zowe-ha-policy"/);
  });

  test("an --output without a --format before it takes the format its extension names", async () => {
    const dir = mkdtempSync(join(work, "extensions-"));
    cpSync(join(ROOT, "examples", "sysplex-noncompliant"), dir, { recursive: true });
    const r = await cli(
      [
        "check",
        "-o",
        "a.sarif",
        "-o",
        "a.json",
        "-o",
        "a.xml",
        "-o",
        "a.md",
        "-o",
        "a.txt",
        "-f",
        "json",
        "-o",
        "b.out",
      ],
      dir,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "a.sarif"), "utf8")).version).toBe("2.1.0");
    expect(JSON.parse(readFileSync(join(dir, "a.json"), "utf8")).tool.name).toBe("zowe-ha-policy");
    expect(readFileSync(join(dir, "a.xml"), "utf8")).toContain("<testsuites");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toMatch(/\| 🔴 error \| ZWE-HA-010 \|/);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toMatch(/^zowe\.yaml\n/);
    expect(JSON.parse(readFileSync(join(dir, "b.out"), "utf8")).tool.name).toBe("zowe-ha-policy");
  });

  test.each([
    [
      ["-o", "report.html"],
      /--output report\.html: give its --format just before it \(its name does not say: .*\.sarif is sarif, \.xml is junit/,
    ],
    [["-f", "json", "-o", "a.json", "-o", "report"], /--output report: give its --format just before it/],
    [
      ["-f", "json", "-f", "sarif"],
      /only one format can go to stdout \(json, sarif\); put --output FILE after the others/,
    ],
    [["-f", "xml", "-o", "a.xml"], /unknown format "xml"/],
  ])("%j is a usage error", async (argv, message) => {
    const r = await cli(["check", "examples/sysplex", ...argv], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe("configuration file", () => {
  const OFF_001 = "rules:\n  ZWE-HA-001: 'off'\n";
  const ZOWE = "zowe:\n  workspaceDirectory: /global/ws\n";
  const has001 = async (cwd: string, args: string[] = []) =>
    JSON.parse((await cli(["check", ".", "-f", "json", ...args], cwd)).stdout);

  test("found from the working directory up to the repository root, as init writes it; reports say which", async () => {
    const repo = writeTree(mkdtempSync(join(work, "repo-")), {
      ".zowe-ha-policy.yaml": OFF_001,
      "clusters/east/zowe.yaml": ZOWE,
    });
    mkdirSync(join(repo, ".git"));
    const east = join(repo, "clusters", "east");
    const report = await has001(east);
    expect(report.configFile).toBe("../../.zowe-ha-policy.yaml");
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === "ZWE-HA-001")).toBe(false);
    const text = await cli(["check", "."], east);
    expect(text.stdout.trimEnd().split("\n").at(-1)).toMatch(/\. Settings: \.\.\/\.\.\/\.zowe-ha-policy\.yaml\.$/);
    // The nearest one wins.
    writeFileSync(join(repo, "clusters", ".zowe-ha-policy.yaml"), "zoweVersion: 2\n");
    expect((await has001(east)).configFile).toBe("../.zowe-ha-policy.yaml");
    // --config names one explicitly.
    expect((await has001(east, ["-c", "../../.zowe-ha-policy.yaml"])).configFile).toBe("../../.zowe-ha-policy.yaml");
  });

  test("the search stops at the repository root, and outside a repository looks only in the working directory", async () => {
    const outer = writeTree(mkdtempSync(join(work, "outer-")), {
      ".zowe-ha-policy.yaml": OFF_001,
      "repo/zowe.yaml": ZOWE,
      "loose/zowe.yaml": ZOWE,
    });
    mkdirSync(join(outer, "repo", ".git"));
    for (const dir of ["repo", "loose"]) {
      const report = await has001(join(outer, dir));
      expect({ dir, configFile: report.configFile }).toEqual({ dir, configFile: null });
      expect(report.findings.some((f: { ruleId: string }) => f.ruleId === "ZWE-HA-001")).toBe(true);
    }
    const text = await cli(["check", "."], join(outer, "loose"));
    expect(text.stdout.trimEnd().split("\n").at(-1)).toMatch(
      /\. Settings: the defaults \(no \.zowe-ha-policy\.yaml\)\.$/,
    );
  });
});

describe("output to a closed pipe (| head -1)", () => {
  /** Runs the bundle, reads its first line and closes the pipe, as head does. */
  function firstLineThenClose(argv: string[]): Promise<{ line: string; code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(DIST, "cli.js"), ...argv], { cwd: ROOT });
      let out = "";
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("\n")) child.stdout.destroy();
      });
      child.on("error", reject);
      child.on("close", (code) => resolve({ line: out.split("\n")[0]!, code, stderr }));
    });
  }

  test.each([
    [["rules"], /^ZWE-HA-001 /, 0],
    [["check", "examples", "-f", "json"], /^\{$/, 1],
    [["explain", "ZWE-HA-010"], /^# ZWE-HA-010/, 0],
    [["--help"], /^Usage: zowe-ha-policy/, 0],
  ])("%j: no EPIPE trace, and the run's own exit code", async (argv, first, code) => {
    const r = await firstLineThenClose(argv as string[]);
    expect(r.line).toMatch(first as RegExp);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(code);
  });
});

describe("usage errors exit 2 with a message, never a stack trace", () => {
  test.each([
    [["check", "--format", "xml"], /unknown format "xml"/],
    [["check", "--fail-on", "high"], /--fail-on must be error, warning, info or none/],
    [["check", "no/such/dir"], /no such file or folder: no\/such\/dir/],
    [["check", "-f", "json", "-f", "sarif"], /only one format can go to stdout/],
    [["lint"], /unknown command "lint"/],
    [
      ["check", "README.md"],
      /^zowe-ha-policy: README\.md is not a YAML or JSON file \(\.yaml, \.yml, \.json\); name its folder to check what is in it\n/,
    ],
  ])("%j", async (argv, message) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([
    [["check", "--nope"], "unknown option --nope"],
    [["check", "-x", "examples"], "unknown option -x"],
    [["check", "--format"], "option --format needs a value"],
    [["check", "-f", "-o", "x.json"], "option -f needs a value"],
    [["init", "--force=yes"], "option --force takes no value"],
  ])("%j: our own one-line message, then the usage", async (argv, message) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`zowe-ha-policy: ${message}\n\n${USAGE}`);
  });
});

describe("rules", () => {
  test("lists every rule with id, severity and title", async () => {
    const r = await cli(["rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ZWE-HA-001 +error +haInstances defines at least two instances$/m);
  });

  test("as JSON", async () => {
    const rules = JSON.parse((await cli(["rules", "--format", "json"])).stdout).rules;
    expect(rules.find((r: { id: string }) => r.id === "ZWE-HA-010")).toMatchObject({
      severity: "error",
      package: "zowe/gateway_one_per_lpar",
    });
  });
});
