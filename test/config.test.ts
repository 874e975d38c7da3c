/** .zowe-ha-policy.yaml: every key, and clear errors (file, line, allowed values, exit 2). */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, writeTree } from "./helpers.js";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-config-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A repository folder with the given files. */
function repo(files: Record<string, string>): string {
  return writeTree(mkdtempSync(join(work, "repo-")), files);
}

const single = "zowe:\n  workspaceDirectory: /global/ws\n";

async function findings(dir: string, ...args: string[]) {
  const r = await cli(["check", "-f", "json", ...args], dir);
  if (r.code === 2) throw new Error(r.stderr);
  return JSON.parse(r.stdout).findings as Array<{
    ruleId: string;
    severity: string;
    file: string;
    line: number;
    message: string;
  }>;
}

describe("keys", () => {
  test("rules: off removes a rule's findings, a severity replaces its own", async () => {
    const dir = repo({ "zowe.yaml": single, ".zowe-ha-policy.yaml": "rules:\n  ZWE-HA-001: warning\n" });
    expect((await findings(dir)).find((f) => f.ruleId === "ZWE-HA-001")?.severity).toBe("warning");
    writeFileSync(join(dir, ".zowe-ha-policy.yaml"), "rules:\n  ZWE-HA-001: 'off'\n");
    expect((await findings(dir)).some((f) => f.ruleId === "ZWE-HA-001")).toBe(false);
  });

  test("include and exclude globs, relative to the configuration file", async () => {
    const dir = repo({
      "zowe/prod.yaml": single,
      "zowe/test.yaml": single,
      "legacy/old.yaml": single,
      ".zowe-ha-policy.yaml": "include: ['zowe/**', 'legacy/**']\nexclude: ['**/test.yaml']\n",
    });
    expect([...new Set((await findings(dir)).map((f) => f.file))].sort()).toEqual([
      "legacy/old.yaml",
      "zowe/prod.yaml",
    ]);
  });

  test("zowe.configs: layered files are one configuration; findings point into the layer that set the value", async () => {
    const dir = repo({
      "zowe.yaml":
        "zowe:\n  workspaceDirectory: /global/ws\n  externalDomains: [zowe.plex.example.com]\ncomponents:\n  gateway: {enabled: true, port: 7554}\n",
      "lpars.yaml":
        "haInstances:\n  lpar1: {hostname: lpar1.example.com, sysname: LPAR1}\n  lpar2:\n    hostname: lpar2.example.com\n    sysname: LPAR2\n    components:\n      gateway:\n        port: 17554\n",
      ".zowe-ha-policy.yaml": "zowe:\n  configs:\n    - [lpars.yaml, zowe.yaml]\n",
    });
    const all = await findings(dir);
    expect(all.some((f) => f.ruleId === "ZWE-HA-001")).toBe(false);
    const port = all.find((f) => f.ruleId === "ZWE-HA-012");
    expect(port).toMatchObject({ file: "lpars.yaml", line: 8 });
  });

  test("zoweVersion selects the defaults (v2: VSAM caching storage), and --zowe-version overrides it", async () => {
    const two = `${single}haInstances:\n  lpar1: {hostname: lpar1.example.com, sysname: LPAR1}\n  lpar2: {hostname: lpar2.example.com, sysname: LPAR2}\n`;
    const dir = repo({ "zowe.yaml": two, ".zowe-ha-policy.yaml": "zoweVersion: 2\n" });
    const v2 = await findings(dir);
    expect(
      v2.some((f) => /VSAM/.test(f.message) && f.message.endsWith("(the value comes from the Zowe v2 defaults)")),
    ).toBe(true);
    const v3 = await findings(dir, "--zowe-version", "3");
    expect(v3.some((f) => /VSAM/.test(f.message))).toBe(false);
  });

  test("kubernetes.ha makes a single replica an error; kubernetes.scope decides which workloads count", async () => {
    const deployment = (name: string, labels: string) =>
      `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: zowe\nspec:\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}${labels}}\n    spec:\n      containers: [{name: c, image: i}]\n`;
    const manifests =
      deployment("gateway", ", app.kubernetes.io/name: zowe, app.kubernetes.io/component: gateway") +
      deployment("web", "");
    const dir = repo({ "k8s.yaml": manifests });
    const replicas = async () =>
      (await findings(dir)).filter((f) => f.ruleId === "ZWE-HA-K02").map((f) => [f.line, f.severity]);
    expect(await replicas()).toEqual([[7, "warning"]]);
    writeFileSync(join(dir, ".zowe-ha-policy.yaml"), "kubernetes:\n  ha: true\n");
    expect(await replicas()).toEqual([[7, "error"]]);
    writeFileSync(join(dir, ".zowe-ha-policy.yaml"), "kubernetes:\n  scope: all\n");
    expect(await replicas()).toEqual([
      [7, "warning"],
      [21, "warning"],
    ]);
  });

  test("--config names another file", async () => {
    const dir = repo({ "zowe.yaml": single, "ci/policy.yaml": "rules: {ZWE-HA-001: 'off'}\n" });
    expect((await findings(dir, "--config", "ci/policy.yaml")).some((f) => f.ruleId === "ZWE-HA-001")).toBe(false);
  });
});

describe("invalid configuration: exit 2, file and line, allowed values", () => {
  test.each([
    [
      "rules:\n  ZWE-HA-001: critical\n",
      /\.zowe-ha-policy\.yaml:2:3: rules\.ZWE-HA-001: must be one of "off", "error", "warning", "info"/,
    ],
    ["zoweVersion: 4\n", /\.zowe-ha-policy\.yaml:1:1: zoweVersion: must be one of 2, 3/],
    ["kubernetes:\n  scope: everything\n", /:2:3: kubernetes\.scope: must be one of "zowe", "all"/],
    ["includes: ['*.yaml']\n", /:1:1: \(top level\): unknown key "includes"/],
    ["zowe:\n  configs: [a.yaml]\n", /:2:13: zowe\.configs\.0: must be array/],
    ["rules:\n  ZWE-HA-999: 'off'\n", /\.zowe-ha-policy\.yaml:2:3: rules: unknown rule id "ZWE-HA-999"/],
    ["zowe:\n  schemas: 3\n", /:2:3: zowe\.schemas: must be string/],
    ["zowe:\n  schemas: [no-such-folder]\n", /:2:3: zowe\.schemas: .*no-such-folder: ENOENT/],
    ["rules: [\n", /\.zowe-ha-policy\.yaml:2:1: /],
  ])("%j", async (text, message) => {
    const dir = repo({ "zowe.yaml": single, ".zowe-ha-policy.yaml": text });
    const r = await cli(["check"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  test("a --config file that does not exist", async () => {
    const r = await cli(["check", "--config", "nope.yaml"], repo({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.yaml: cannot read the configuration file \(ENOENT\)/);
  });
});
