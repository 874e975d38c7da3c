/**
 * "HA topology at a glance": the bundled policy's topology view (policies/views/topology.rego)
 * marked with the reported findings, the same in the CLI's Markdown, the job summary (tables) and
 * the pull request comment (Mermaid).
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultConfig, type Config } from "../../src/config/config.js";
import { topologySection } from "../../src/report/markdown.js";
import { topologyMermaid, topologyOf, type Mark, type Topology } from "../../src/report/topology.js";
import { scan, type PolicyBundle } from "../../src/pipeline/scan.js";
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generate } from "../../bench/generate.mjs";
import { bundledPolicy, cli, ROOT } from "../helpers.js";
import { FakeGitHub } from "./fake-github.js";
import { pullRequestEvent, runInProcess, writeFiles } from "./harness.js";

const SYSPLEX = `zowe:
  externalDomains: [zowe.plex.example.com]
components:
  gateway:
    enabled: true
  discovery:
    enabled: true
  caching-service:
    enabled: true
    storage:
      mode: infinispan
  app-server:
    enabled: false
haInstances:
  lpar1:
    hostname: lpar1.example.com
    sysname: lpar1
  lpar2:
    hostname: lpar2.example.com
    sysname: LPAR2
    components:
      caching-service:
        enabled: false
      app-server:
        enabled: true
  spare:
    hostname: lpar3.example.com
`;

const EMBEDDED = `apiVersion: v1
kind: ConfigMap
metadata:
  name: zowe-config
  namespace: zowe
data:
  zowe.yaml: |
    zowe:
      externalDomains: [zowe.k8s.example.com]
    components:
      gateway:
        enabled: true
`;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-topology-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function topologyIn(
  cwd: string,
  paths: string[] = ["."],
  settings: Partial<Config> = {},
  bundle?: PolicyBundle,
): Promise<Topology> {
  const config = { ...defaultConfig(cwd), ...settings };
  const result = await scan({ paths, cwd, zoweVersion: 3, config, topology: true }, bundle ?? (await bundledPolicy()));
  const topology = topologyOf(result);
  if (!topology) throw new Error("the scan computed no topology");
  return topology;
}

async function topologyOfFiles(files: Record<string, string>, settings: Partial<Config> = {}): Promise<Topology> {
  return topologyIn(writeFiles(mkdtempSync(join(work, "t-")), files), ["."], settings);
}

const ids = (marks: readonly Mark[] | undefined) => (marks ?? []).map((m) => m.ruleId);

function component(t: Topology, name: string) {
  const c = t.sysplexes[0]?.components.find((p) => p.component === name);
  if (!c) throw new Error(`no component ${name}`);
  return c;
}

describe("Sysplex", () => {
  test("each component against the LPARs of the instances that enable it, in their effective configuration", async () => {
    const t = await topologyOfFiles({ "zowe.yaml": SYSPLEX, "k8s/configmap.yaml": EMBEDDED });
    // The zowe.yaml in the ConfigMap runs in containers: it has no LPARs.
    expect(t.sysplexes).toHaveLength(1);
    const [s] = t.sysplexes;
    expect(s!.label).toBe("zowe.yaml (zowe.plex.example.com)");
    expect(s!.lpars).toEqual(["LPAR1", "LPAR2"]);
    const byName = Object.fromEntries(
      s!.components.map((c) => [c.component, { lpars: Object.fromEntries(c.instances), spof: c.spof }]),
    );
    expect(byName.gateway).toEqual({ lpars: { LPAR1: ["lpar1"], LPAR2: ["lpar2"] }, spof: false });
    // Disabled by lpar2's own section; enabled only there.
    expect(byName["caching-service"]).toEqual({ lpars: { LPAR1: ["lpar1"] }, spof: true });
    expect(byName["app-server"]).toEqual({ lpars: { LPAR2: ["lpar2"] }, spof: true });
    // Components no instance starts are left out unless a finding is about them.
    expect(byName["jobs-api"]).toBeUndefined();
    // "spare" has no sysname: it counts on no LPAR, and ZWE-HA-002's finding about it is shown with it.
    expect(s!.apart).toEqual([
      { instance: "spare", reason: "no-lpar", marks: [{ ruleId: "ZWE-HA-002", severity: "error" }] },
    ]);
    // The Caching Service on one LPAR: ZWE-HA-030 reports it at lpar2's own setting, the LPAR without
    // it, where ZWE-HA-031 reports the Gateway without a Caching Service.
    expect(ids(component(t, "caching-service").cellMarks.get("LPAR2"))).toEqual(["ZWE-HA-030", "ZWE-HA-031"]);
    expect(component(t, "caching-service").instances.get("LPAR2")).toBeUndefined();
  });

  test("examples/sysplex-noncompliant: LPAR-3 is not counted, the two Gateways of LPAR2 are marked", async () => {
    const t = await topologyIn(ROOT, ["examples/sysplex-noncompliant"]);
    const [s] = t.sysplexes;
    // zwe looks up lpar_3 for LPAR-3 (ZWE-HA-003): no component runs on LPAR3.
    expect(s!.lpars).toEqual(["LPAR1", "LPAR2"]);
    expect(s!.apart).toEqual([
      { instance: "LPAR-3", reason: "never-selected", marks: [{ ruleId: "ZWE-HA-003", severity: "error" }] },
    ]);
    for (const c of s!.components) expect([...c.instances.values()].flat()).not.toContain("LPAR-3");
    const gateway = component(t, "gateway");
    expect(Object.fromEntries(gateway.instances)).toEqual({ LPAR1: ["lpar1"], LPAR2: ["lpar2a", "lpar2b"] });
    expect(ids(gateway.cellMarks.get("LPAR2"))).toEqual(["ZWE-HA-010", "ZWE-HA-012"]);
    expect(gateway.cellMarks.get("LPAR1")).toBeUndefined();
    // A shared setting marks the whole row; a finding about an instance but no component, its LPAR.
    expect(ids(component(t, "caching-service").marks)).toEqual(["ZWE-HA-032"]);
    expect(ids(s!.lparMarks.get("LPAR2"))).toEqual(["ZWE-HA-091"]);

    const section = topologySection(t).join("\n");
    expect(section).toContain("| Component | LPAR1 | LPAR2 · 🟡 ZWE-HA-091 | HA |");
    expect(section).toContain("| gateway | lpar1 | lpar2a, lpar2b · 🔴 ZWE-HA-010, 🔴 ZWE-HA-012 | 2 LPARs |");
    expect(section).toContain("| caching-service | lpar1 | lpar2a, lpar2b | 2 LPARs · 🔴 ZWE-HA-032 |");
    expect(section).toContain("| zss | lpar1 | lpar2a, lpar2b | ✅ 2 LPARs |");
    expect(section).toContain(
      "HA instances not counted: LPAR-3 (zwe never selects this key, so nothing runs on it) · 🔴 ZWE-HA-003.",
    );
    expect(section).not.toContain("LPAR3");
  });

  test("the marks are the findings reported: a rule switched off marks nothing, a severity set in the configuration is the mark's", async () => {
    const t = await topologyIn(ROOT, ["examples/sysplex-noncompliant"], {
      rules: { "ZWE-HA-010": "off", "ZWE-HA-012": "warning" },
    });
    expect(component(t, "gateway").cellMarks.get("LPAR2")).toEqual([{ ruleId: "ZWE-HA-012", severity: "warning" }]);
  });

  test("a component that runs nowhere is shown when a finding is about it", async () => {
    const t = await topologyOfFiles({
      "zowe.yaml": SYSPLEX.replace("  gateway:\n    enabled: true", "  gateway:\n    enabled: false").replace(
        "  spare:\n    hostname: lpar3.example.com\n",
        "",
      ),
    });
    const gateway = component(t, "gateway");
    expect(gateway).toMatchObject({ started: false, spof: true, instances: new Map() });
    expect(ids(gateway.marks)).toEqual(["ZWE-HA-011"]);
    expect(topologySection(t).join("\n")).toContain("| gateway |  |  | not started · 🔴 ZWE-HA-011 |");
  });

  test("without haInstances every enabled component is a single point of failure on no named LPAR", async () => {
    const t = await topologyOfFiles({ "zowe.yaml": "zowe:\n  workspaceDirectory: /global/ws\n" });
    const section = topologySection(t).join("\n");
    expect(section).toContain("| Component | LPAR | HA |");
    expect(section).toContain("| gateway | — | 🔴 single point of failure (no named LPAR) |");
  });
});

describe("Kubernetes", () => {
  const workloads = () => readFileSync(join(ROOT, "test/github/fixtures/workloads.yaml"), "utf8");

  test("replicas (or the HPA's floor), spread, single points of failure; only Zowe's workloads unless the scope is all", async () => {
    const t = await topologyOfFiles({ "workloads.yaml": workloads() });
    expect(t.workloads).toEqual([
      {
        unit: ".",
        workload: "Deployment zowe/caching",
        component: "caching",
        replicas: 2,
        maxReplicas: 4,
        spread: "nodes",
        spof: false,
        marks: expect.any(Array),
      },
      {
        unit: ".",
        workload: "Deployment zowe/gateway",
        component: "gateway",
        replicas: 1,
        spof: true,
        marks: expect.any(Array),
      },
      {
        unit: ".",
        workload: "StatefulSet zowe/discovery",
        component: "discovery",
        replicas: 3,
        spread: "zones",
        spof: false,
        marks: expect.any(Array),
      },
    ]);
    // Each workload carries the findings about it, with the severity reported.
    const [caching, gateway, discovery] = t.workloads;
    expect(gateway!.marks).toContainEqual({ ruleId: "ZWE-HA-K02", severity: "warning" });
    expect(ids(caching!.marks)).not.toContain("ZWE-HA-K02");
    expect(discovery!.marks).toContainEqual({ ruleId: "ZWE-HA-K13", severity: "error" });
    const all = await topologyOfFiles({ "workloads.yaml": workloads() }, { kubernetes: { scope: "all", ha: false } });
    expect(all.workloads.map((w) => w.workload)).toContain("Deployment default/unrelated");
  });

  test("a finding about an HPA or a PDB marks the workloads it scales or protects", async () => {
    const pdb = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: caching
  namespace: zowe
spec:
  maxUnavailable: 0
  selector:
    matchLabels:
      app.kubernetes.io/component: caching
`;
    const hpa = workloads().replace("  minReplicas: 2\n", "  minReplicas: 1\n");
    const t = await topologyOfFiles({ "workloads.yaml": hpa, "pdb.yaml": pdb });
    const caching = t.workloads.find((w) => w.component === "caching");
    // K05: the HPA's floor of 1; K07: a PDB that allows no disruption.
    expect(ids(caching?.marks)).toEqual(expect.arrayContaining(["ZWE-HA-K05", "ZWE-HA-K07"]));
  });

  test("one section per deployment unit: two clusters' workloads of the same name are not merged", async () => {
    const t = await topologyOfFiles({
      "clusters/prod/workloads.yaml": workloads(),
      "clusters/dev/workloads.yaml": workloads(),
    });
    expect(t.workloads.map((w) => `${w.unit} ${w.workload}`)).toEqual([
      "clusters/dev Deployment zowe/caching",
      "clusters/dev Deployment zowe/gateway",
      "clusters/dev StatefulSet zowe/discovery",
      "clusters/prod Deployment zowe/caching",
      "clusters/prod Deployment zowe/gateway",
      "clusters/prod StatefulSet zowe/discovery",
    ]);
    const diagram = topologyMermaid(t);
    expect(diagram).toContain('  subgraph k0["Kubernetes: clusters/dev"]');
    expect(diagram).toContain('  subgraph k1["Kubernetes: clusters/prod"]');
  });
});

describe("computed by the policy", () => {
  test("evaluated in parts, the topology is that of one evaluation of the whole input", async () => {
    const parted = await bundledPolicy();
    const whole = { ...parted, sources: parted.sources.map((s) => ({ ...s, scope: "repository" as const })) };
    const out = mkdtempSync(join(work, "gen-"));
    generate({ size: 600, kind: "mixed", seed: "topology-test", out });
    for (const [cwd, paths] of [
      [ROOT, ["examples"]],
      [out, ["."]],
    ] as const) {
      const expected = await topologyIn(cwd, [...paths], {}, whole);
      expect(expected.workloads.length + expected.sysplexes.length).toBeGreaterThan(5);
      expect(await topologyIn(cwd, [...paths], {}, parted)).toEqual(expected);
    }
  }, 60_000);

  test("only a scan asked for it computes the topology (check with text, JSON or SARIF does not)", async () => {
    const cwd = join(ROOT, "examples/sysplex-noncompliant");
    const result = await scan({ paths: ["."], cwd, zoweVersion: 3, config: defaultConfig(cwd) }, await bundledPolicy());
    expect(result.topology).toBeUndefined();
    expect(topologyOf(result)).toBeUndefined();
  });
});

describe("rendering", () => {
  test("Mermaid: components linked to LPARs, workloads with replicas, single points of failure and findings marked; labels cannot break out", async () => {
    const t = await topologyOfFiles({
      "zowe.yaml": SYSPLEX.replace("zowe.plex.example.com", '"a<b>\\"c`d|e"'),
      "workloads.yaml": readFileSync(join(ROOT, "test/github/fixtures/workloads.yaml"), "utf8"),
    });
    const diagram = topologyMermaid(t);
    expect(diagram[0]).toBe("flowchart LR");
    expect(diagram).toContain('  subgraph s0["zowe.yaml (a#lt;b#gt;#quot;c#96;d#124;e)"]');
    expect(diagram).toContain('    s0l0[("LPAR1")]');
    // A finding about a shared setting is on the component; one about lpar2's own setting on the
    // link to LPAR2, where the Caching Service is missing.
    expect(diagram).toContain('    s0c2["⚠ caching-service<br/>ZWE-HA-036"]');
    expect(diagram).toContain("    s0c2 --- s0l0");
    expect(diagram).toContain('    s0c2 ---|"ZWE-HA-030, ZWE-HA-031"| s0l1');
    expect(diagram).toContain('    s0x0["spare: LPAR unknown<br/>ZWE-HA-002"]');
    expect(diagram).toContain('    s0c4["gateway"]');
    expect(
      diagram.find((line) =>
        line.startsWith('    w1["⚠ gateway<br/>Deployment zowe/gateway<br/>replicas: 1, not spread<br/>'),
      ),
    ).toContain("ZWE-HA-K02");
    expect(diagram).toContain("  class s0c1,s0c2,w1 spof");
    expect(diagram.at(-1)).toBe("  class s0x0,w0,w2 flagged");
    expect(topologyMermaid({ sysplexes: [], workloads: [] })).toEqual([]);
  });

  test("the CLI's --format markdown, the job summary and the comment show the same topology", async () => {
    const dir = writeFiles(mkdtempSync(join(work, "same-")), {
      "zowe.yaml": SYSPLEX,
      "workloads.yaml": readFileSync(join(ROOT, "test/github/fixtures/workloads.yaml"), "utf8"),
    });
    const section = (text: string) => /### HA topology at a glance\n[\s\S]*?(?=\n### |$)/.exec(text)?.[0];
    const markdown = (await cli(["check", ".", "-f", "markdown"], dir)).stdout;
    const server = await new FakeGitHub().start();
    try {
      const r = await runInProcess({ cwd: dir, server, event: pullRequestEvent() });
      expect(section(markdown)).toContain(
        "| caching-service | lpar1 | 🟡 ZWE-HA-030, 🟡 ZWE-HA-031 | 🔴 single point of failure (1 LPAR) · 🔴 ZWE-HA-036 |",
      );
      expect(section(r.summary)).toBe(section(markdown));
      const comment = server.comments[0]!.body;
      expect(comment).toContain('s0c1["⚠ app-server<br/>ZWE-HA-063"]');
      expect(comment).toContain('s0c2["⚠ caching-service<br/>ZWE-HA-036"]');
      expect(comment).toContain('s0c4["gateway"]');
    } finally {
      await server.stop();
    }
  });

  test("a text or JSON check does not draw the topology; markdown beside them does", async () => {
    const cwd = join(ROOT, "examples/sysplex-noncompliant");
    expect((await cli(["check", ".", "-f", "json"], cwd)).stdout).not.toContain("HA topology");
    const both = await cli(["check", ".", "-f", "json", "-f", "markdown", "-o", join(work, "report.md")], cwd);
    expect(both.stdout).not.toContain("HA topology");
    expect(readFileSync(join(work, "report.md"), "utf8")).toContain("LPAR-3 (zwe never selects this key");
  });
});
