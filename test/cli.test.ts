/** The CLI contract (docs/design.md §3): commands, formats, outputs and exit codes. */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, ROOT } from "./helpers.js";

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

  test("a run that found nothing to check says so", async () => {
    const dir = mkdtempSync(join(work, "none-"));
    writeFileSync(join(dir, "ci.yml"), "on: push\njobs: {}\n");
    const r = await cli(["check"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No Zowe configuration or Kubernetes manifest found \(1 file read\): nothing was checked/);
  });
});

describe("usage errors exit 2 with a message, never a stack trace", () => {
  test.each([
    [["check", "--format", "xml"], /unknown format "xml"/],
    [["check", "--fail-on", "high"], /--fail-on must be error, warning, info or none/],
    [["check", "no/such/dir"], /no such file or folder: no\/such\/dir/],
    [["check", "-f", "json", "-f", "sarif"], /only one format can go to stdout/],
    [["check", "--nope"], /Unknown option '--nope'/],
    [["lint"], /unknown command "lint"/],
  ])("%j", async (argv, message) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
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
