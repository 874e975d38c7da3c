/**
 * "HA topology at a glance": computed from the scanned model, the same in the CLI's Markdown,
 * the job summary (tables) and the pull request comment (Mermaid).
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultConfig } from "../../src/config/config.js";
import { topologySection } from "../../src/report/markdown.js";
import { topologyMermaid, topologyOf, type Topology } from "../../src/report/topology.js";
import { scan } from "../../src/scan.js";
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

async function topologyOfFiles(files: Record<string, string>, scope: "zowe" | "all" = "zowe"): Promise<Topology> {
  const dir = writeFiles(mkdtempSync(join(work, "t-")), files);
  const result = await scan(
    { paths: ["."], cwd: dir, zoweVersion: 3, config: { ...defaultConfig(dir), kubernetes: { scope, ha: false } } },
    await bundledPolicy(),
  );
  return topologyOf(result);
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
    // Disabled by lpar2's own section; enabled only there; "spare" has no sysname and counts nowhere.
    expect(byName["caching-service"]).toEqual({ lpars: { LPAR1: ["lpar1"] }, spof: true });
    expect(byName["app-server"]).toEqual({ lpars: { LPAR2: ["lpar2"] }, spof: true });
  });

  test("without haInstances every enabled component is a single point of failure on no named LPAR", async () => {
    const t = await topologyOfFiles({ "zowe.yaml": "zowe:\n  workspaceDirectory: /global/ws\n" });
    const section = topologySection(t).join("\n");
    expect(section).toContain("| Component | LPAR | HA |");
    expect(section).toContain("| gateway | — | 🔴 single point of failure (no named LPAR) |");
  });
});

describe("Kubernetes", () => {
  test("replicas (or the HPA's floor), spread, single points of failure; only Zowe's workloads unless the scope is all", async () => {
    const workloads = readFileSync(join(ROOT, "test/github/fixtures/workloads.yaml"), "utf8");
    const t = await topologyOfFiles({ "workloads.yaml": workloads });
    expect(t.workloads).toEqual([
      {
        unit: ".",
        workload: "Deployment zowe/caching",
        component: "caching",
        replicas: 2,
        maxReplicas: 4,
        spread: "nodes",
        spof: false,
      },
      { unit: ".", workload: "Deployment zowe/gateway", component: "gateway", replicas: 1, spof: true },
      {
        unit: ".",
        workload: "StatefulSet zowe/discovery",
        component: "discovery",
        replicas: 3,
        spread: "zones",
        spof: false,
      },
    ]);
    const all = await topologyOfFiles({ "workloads.yaml": workloads }, "all");
    expect(all.workloads.map((w) => w.workload)).toContain("Deployment default/unrelated");
  });

  test("one section per deployment unit: two clusters' workloads of the same name are not merged", async () => {
    const workloads = readFileSync(join(ROOT, "test/github/fixtures/workloads.yaml"), "utf8");
    const t = await topologyOfFiles({
      "clusters/prod/workloads.yaml": workloads,
      "clusters/dev/workloads.yaml": workloads,
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

describe("rendering", () => {
  test("Mermaid: components linked to LPARs, workloads with replicas, single points of failure marked; labels cannot break out", async () => {
    const t = await topologyOfFiles({
      "zowe.yaml": SYSPLEX.replace("zowe.plex.example.com", '"a<b>\\"c`d"'),
      "workloads.yaml": readFileSync(join(ROOT, "test/github/fixtures/workloads.yaml"), "utf8"),
    });
    const diagram = topologyMermaid(t);
    expect(diagram[0]).toBe("flowchart LR");
    expect(diagram).toContain('  subgraph s0["zowe.yaml (a#lt;b#gt;#quot;c#96;d)"]');
    expect(diagram).toContain('    s0l0[("LPAR1")]');
    expect(diagram).toContain("    s0c3 --- s0l0");
    expect(diagram).toContain('    w1["⚠ gateway<br/>Deployment zowe/gateway<br/>replicas: 1, not spread"]');
    expect(diagram.at(-1)).toBe("  class s0c1,s0c2,w1 spof");
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
      expect(section(markdown)).toContain("| caching-service | lpar1 |  | 🔴 single point of failure (1 LPAR) |");
      expect(section(r.summary)).toBe(section(markdown));
      const comment = server.comments[0]!.body;
      expect(comment).toContain('s0c1["⚠ app-server"]');
      expect(comment).toContain('s0c2["⚠ caching-service"]');
      expect(comment).toContain('s0c4["gateway"]');
    } finally {
      await server.stop();
    }
  });
});
