/**
 * Repositories shaped like real ones, each with its exact findings: several clusters in folders,
 * a Kustomize base with overlays, a layered zowe.yaml whose layers only the ZWESLSTC procedure
 * names; and the bundled examples, whose findings must be those of their folders checked one by
 * one.
 */
import { describe, expect, test } from "@jest/globals";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, ROOT } from "./helpers.js";
import { describeWithTool, pinnedTool } from "./tools.js";

const REPOS = "test/fixtures/repos";

interface Report {
  findings: Array<{ ruleId: string; file: string; line: number; column: number; message: string }>;
  notices: string[];
  summary: { files: number; zoweConfigs: number; kubernetesObjects: number };
}

async function check(
  paths: string[],
  env: Record<string, string | undefined> = {},
  cwd = ROOT,
  options: string[] = [],
): Promise<Report> {
  const saved = process.env.PATH;
  if (env.PATH !== undefined) process.env.PATH = env.PATH;
  try {
    const r = await cli(["check", ...paths, "-f", "json", "--fail-on", "none", ...options], cwd, env);
    expect(r.stderr).toBe("");
    return JSON.parse(r.stdout) as Report;
  } finally {
    process.env.PATH = saved;
  }
}

/** "file:line:column rule" of each finding, in report order. */
const where = (r: Report) => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

describe("several clusters in one repository (clusters/prod and clusters/dev, same object names)", () => {
  test("each cluster is judged on its own: only dev's budget that blocks every drain is reported", async () => {
    const report = await check([`${REPOS}/gitops`]);
    expect(where(report)).toEqual([
      `${REPOS}/gitops/clusters/dev/zowe/policies/pod-disruption-budgets.yaml:8:3 ZWE-HA-K07`,
    ]);
    expect(report.findings[0]!.message).toContain("Deployment zowe/gateway, which runs 2 pod(s)");
  });

  test("one cluster checked alone gives its own findings", async () => {
    expect(where(await check([`${REPOS}/gitops/clusters/prod`]))).toEqual([]);
  });
});

describe("a layered zowe.yaml whose layers only the ZWESLSTC procedure names", () => {
  const repo = `${REPOS}/sysplex-proclib`;

  test("the two files are merged as Zowe reads them, and a notice says from where", async () => {
    const report = await check([repo]);
    expect(report.notices).toEqual([
      `${repo}/jcl/ZWESLSTC:16: Zowe reads ` +
        "FILE(/global/zowe/config/zowe-lpars.yaml):FILE(/global/zowe/config/zowe-site.yaml):FILE(/global/zowe/config/zowe.yaml); " +
        `checked as one configuration: ${repo}/zowe/zowe-lpars.yaml over ${repo}/zowe/zowe-site.yaml over ${repo}/zowe/zowe.yaml`,
    ]);
    expect(report.summary.zoweConfigs).toBe(1);
    // The lower layer's sample domain comes first in the merged list: that is the domain Zowe
    // advertises, reported at its line. No layer is judged alone (the shared file has no
    // haInstances, the site's file no workspace), so that is all.
    expect(where(report)).toEqual([`${repo}/zowe/zowe.yaml:21:7 ZWE-HA-014`]);
    expect(report.findings[0]!.message).toContain("sample-domain.com, the placeholder of Zowe's example-zowe.yaml");
  });

  test("without the procedure, the file of instances is not judged alone: one info finding says how to declare the list", async () => {
    const report = await check([`${repo}/zowe`]);
    expect(report.notices).toEqual([]);
    const fragment = report.findings.filter((f) => f.ruleId === "zowe-layer-fragment");
    expect(fragment).toEqual([expect.objectContaining({ file: `${repo}/zowe/zowe-lpars.yaml`, line: 2, column: 1 })]);
    expect(fragment[0]!.message).toContain("CONFIG=FILE(this file):FILE(the rest)");
    // The two files with a zowe key are each a configuration of their own, as written.
    expect(report.summary.zoweConfigs).toBe(2);
  });
});

describe("configuration lists whose entries do not map to one file", () => {
  test("an entry that maps to no file is reported at its line, and the list is not used", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhp-proc-"));
    writeFileSync(
      join(dir, "ZWESLSTC"),
      "//STDENV DD *\nCONFIG=FILE(/u/site/lpars.yaml):FILE(/usr/lpp/zowe/example-zowe.yaml)\n/*\n",
    );
    writeFileSync(join(dir, "lpars.yaml"), "haInstances:\n  a:\n    hostname: a.example.com\n    sysname: A\n");
    const report = await check(["."], {}, dir);
    expect(where(report)).toEqual(["ZWESLSTC:2:33 config-list-unmapped", "lpars.yaml:1:1 zowe-layer-fragment"]);
    expect(report.findings[0]!.message).toContain("FILE(/usr/lpp/zowe/example-zowe.yaml) of the configuration list");
    expect(report.findings[1]!.message).toContain("holds Zowe settings (haInstances) but no zowe key");
  });
});

describe("the Zowe version, read from the files", () => {
  const sysplex = (components: string) =>
    "zowe:\n  workspaceDirectory: /global/zowe/workspace\n  externalDomains: [zowe.plex.example.com]\n" +
    `components:\n${components}` +
    "haInstances:\n  lpar1: {hostname: lpar1.example.com, sysname: LPAR1}\n  lpar2: {hostname: lpar2.example.com, sysname: LPAR2}\n";

  test("a v2 configuration (it lists metrics-service) gets v2's defaults: VSAM storage without a data set name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhp-v2-"));
    writeFileSync(join(dir, "zowe.yaml"), sysplex("  metrics-service:\n    enabled: false\n"));
    const vsam = (await check(["."], {}, dir)).findings.filter(
      (f) => f.ruleId === "ZWE-HA-034" && f.message.includes("vsam.name"),
    );
    expect(vsam).toEqual([expect.objectContaining({ file: "zowe.yaml", line: 4 })]);
    expect(vsam[0]!.message).toContain("(the value comes from the Zowe v2 defaults)");
  });

  test("with no evidence, a finding that depends on the version says which was assumed and how to set it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhp-v-"));
    writeFileSync(
      join(dir, "zowe.yaml"),
      sysplex("  caching-service:\n    storage:\n      mode: VSAM\n      vsam: {name: ZWE.CACHE}\n"),
    );
    const deprecated = (await check(["."], {}, dir)).findings.find((f) => f.message.includes("deprecated in Zowe v3"));
    expect(deprecated?.message).toContain(
      "no file shows the Zowe version, so v3 was assumed: set zoweVersion in .zowe-ha-policy.yaml or --zowe-version",
    );
  });
});

const kustomize = pinnedTool("kustomize");

describeWithTool(kustomize, "a Kustomize base with prod and dev overlays", () => {
  const repo = `${REPOS}/kustomize`;

  test("each overlay is a unit of its own, its findings at the patch or generated file that sets the value", async () => {
    const report = await check([repo], { PATH: kustomize.bin() });
    expect(report.notices).toEqual([]);
    expect(where(report)).toEqual([
      `${repo}/overlays/dev/replicas.yaml:13:3 ZWE-HA-K01`,
      `${repo}/overlays/dev/zowe.yaml:14:5 ZWE-HA-K01`,
    ]);
    expect(report.summary.kubernetesObjects).toBe(10);
  });
});

const helm = pinnedTool("helm");

describeWithTool(helm, "a Helm chart with values.yaml, values-prod.yaml and values-dev.yaml", () => {
  const repo = "test/fixtures/helm/zowe-repo";

  test("each environment is a unit rendered by Helm; findings at the values line that sets the value, else the template line", async () => {
    const report = await check([repo], { PATH: helm.bin() });
    expect(report.notices).toEqual([]);
    expect(where(report).map((w) => w.slice(repo.length + 1))).toEqual([
      "charts/zowe/templates/api-catalog-deployment.yaml:4:3 ZWE-HA-K06",
      "charts/zowe/templates/api-catalog-deployment.yaml:19:5 ZWE-HA-K09",
      "charts/zowe/templates/api-catalog-deployment.yaml:21:11 ZWE-HA-K10",
      "charts/zowe/templates/app-server-deployment.yaml:5:3 ZWE-HA-K06",
      "charts/zowe/templates/app-server-deployment.yaml:20:5 ZWE-HA-K09",
      "charts/zowe/templates/app-server-deployment.yaml:22:11 ZWE-HA-K10",
      "charts/zowe/templates/caching-deployment.yaml:4:3 ZWE-HA-K06",
      "charts/zowe/templates/caching-deployment.yaml:19:5 ZWE-HA-K09",
      "charts/zowe/templates/caching-deployment.yaml:21:11 ZWE-HA-K10",
      "charts/zowe/templates/discovery-statefulset.yaml:21:5 ZWE-HA-K09",
      "charts/zowe/templates/discovery-statefulset.yaml:27:11 ZWE-HA-K10",
      "charts/zowe/templates/gateway-deployment.yaml:35:11 ZWE-HA-K10",
      "charts/zowe/templates/workspace-pvc.yaml:11:3 ZWE-HA-K03",
      "charts/zowe/templates/zaas-deployment.yaml:4:3 ZWE-HA-K06",
      "charts/zowe/templates/zaas-deployment.yaml:21:5 ZWE-HA-K09",
      // dev keeps the cache in memory again: at dev's own line
      "charts/zowe/values-dev.yaml:4:5 ZWE-HA-K04",
      // values.yaml alone is a single-replica starter: at the lines that set its values
      "charts/zowe/values.yaml:16:3 ZWE-HA-K02",
      "charts/zowe/values.yaml:28:3 ZWE-HA-K02",
      "charts/zowe/values.yaml:32:3 ZWE-HA-K02",
      "charts/zowe/values.yaml:36:3 ZWE-HA-K02",
      "charts/zowe/values.yaml:40:3 ZWE-HA-K02",
      "charts/zowe/values.yaml:43:5 ZWE-HA-K04",
      "charts/zowe/values.yaml:46:3 ZWE-HA-K01",
      "charts/zowe/values.yaml:46:3 ZWE-HA-K02",
      // dev autoscales zaas from the floor values.yaml gives it
      "charts/zowe/values.yaml:56:5 ZWE-HA-K05",
      "charts/zowe/values.yaml:61:3 ZWE-HA-K07",
      "charts/zowe/values.yaml:61:3 ZWE-HA-K07",
      "charts/zowe/values.yaml:61:3 ZWE-HA-K07",
    ]);
    // Three renders (values.yaml, + values-dev.yaml, + values-prod.yaml), each its own unit.
    expect(report.summary.zoweConfigs).toBe(3);
  });

  test("without helm, one notice per chart says how to get it checked, and no template is read as YAML", async () => {
    // Nothing else is there to check, which a gate must be told (exit 2) unless it allows it.
    const noHelm = { PATH: mkdtempSync(join(tmpdir(), "zhp-no-helm-")) };
    expect((await cli(["check", repo], ROOT, noHelm)).code).toBe(2);
    const report = await check([repo], noHelm, ROOT, ["--allow-nothing-to-check"]);
    // One notice for the chart; its library chart (zowe-common) renders with it.
    expect(report.notices).toEqual([
      `${repo}/charts/zowe/Chart.yaml: Helm chart not checked: helm is not on PATH (GitHub's hosted runners have it; ` +
        "elsewhere install Helm 3 or 4), and its templates are only YAML once rendered",
    ]);
    expect(report.findings).toEqual([]);
  });
});

describe("the bundled examples", () => {
  /** The folders of examples/ that hold files of their own: each is checked alone. */
  function leaves(dir: string): string[] {
    const entries = readdirSync(join(ROOT, dir));
    const subfolders = entries.filter((e) => statSync(join(ROOT, dir, e)).isDirectory());
    if (subfolders.length < entries.length) return [dir];
    return subfolders.flatMap((s) => leaves(`${dir}/${s}`));
  }

  test("check examples/ gives exactly the findings of its folders checked one by one", async () => {
    const folders = leaves("examples");
    expect(folders.length).toBeGreaterThanOrEqual(6);
    const all = (await check(["examples"])).findings;
    const byFolder = (await Promise.all(folders.map((f) => check([f])))).flatMap((r) => r.findings);
    expect(all.length).toBeGreaterThan(40);
    expect(new Set(all.map((f) => JSON.stringify(f)))).toEqual(new Set(byFolder.map((f) => JSON.stringify(f))));
    expect(all).toHaveLength(byFolder.length);
  });
});
