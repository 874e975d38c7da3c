/** Kustomize overlays are checked as rendered (real kustomize, pinned in tools/go.mod), located in their source files. */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./helpers.js";
import { describeWithTool, pinnedTool } from "./tools.js";

const FIXTURE = "test/fixtures/kustomize";
const kustomize = pinnedTool("kustomize");
let empty: string;
const savedPath = process.env.PATH;

beforeAll(() => {
  empty = mkdtempSync(join(tmpdir(), "zhp-no-tools-"));
});

afterAll(() => {
  process.env.PATH = savedPath;
  rmSync(empty, { recursive: true, force: true });
});

async function check(path: string) {
  process.env.PATH = path;
  try {
    const r = await cli(["check", FIXTURE, "-f", "json", "--fail-on", "none"]);
    return JSON.parse(r.stdout) as {
      findings: Array<{ ruleId: string; file: string; line: number; message: string }>;
      notices: string[];
      summary: { kubernetesObjects: number };
    };
  } finally {
    process.env.PATH = savedPath;
  }
}

describeWithTool(kustomize, "with kustomize on PATH", () => {
  test("the overlay is rendered: its patch counts, and findings point into the base file", async () => {
    const report = await check(kustomize.bin());
    expect(report.notices).toEqual([]);
    expect(report.summary.kubernetesObjects).toBe(1); // the rendered prod-gateway; the raw base and patch are not checked
    // The patch sets 3 replicas: no replica finding, which the raw base (replicas: 1) would give.
    expect(report.findings.filter((f) => f.ruleId === "ZWE-HA-K02")).toEqual([]);
    const probe = report.findings.find((f) => f.ruleId === "ZWE-HA-K10");
    expect(probe).toMatchObject({ file: `${FIXTURE}/base/gateway-deployment.yaml`, line: 21 });
    expect(probe?.message).toContain("Deployment zowe/prod-gateway");
  });
});

describe("without a renderer", () => {
  test("a notice says so and the raw files are checked as written", async () => {
    const report = await check(empty);
    expect(report.notices).toEqual([
      expect.stringMatching(/overlays\/prod: kustomization not rendered: neither kustomize nor kubectl is on PATH/),
    ]);
    expect(
      report.findings.some((f) => f.ruleId === "ZWE-HA-K02" && f.file === `${FIXTURE}/base/gateway-deployment.yaml`),
    ).toBe(true);
  });
});

describeWithTool(kustomize, "remote resources", () => {
  test("are never fetched: the kustomization is not rendered, with a notice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhp-remote-"));
    writeFileSync(
      join(dir, "kustomization.yaml"),
      "resources:\n  - https://github.com/zowe/zowe-install-packaging//containers/kubernetes?ref=v3\n",
    );
    process.env.PATH = kustomize.bin();
    try {
      const r = await cli(["check", dir, "-f", "json"]);
      expect(JSON.parse(r.stdout).notices).toEqual([
        expect.stringMatching(/not rendered: it uses the remote resource https:\/\/github\.com\/zowe/),
      ]);
    } finally {
      process.env.PATH = savedPath;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
