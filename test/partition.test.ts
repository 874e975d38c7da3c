/**
 * The bundled policy is evaluated namespace by namespace (src/engine/partition.ts): the findings
 * must be those of one evaluation of the whole input, on every shipped sample and example and on
 * generated repositories of many namespaces.
 */
import { beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultConfig } from "../src/config/config.js";
import { partitionInput } from "../src/engine/partition.js";
import type { PolicyInput } from "../src/model/model.js";
import { scan, type PolicyBundle } from "../src/pipeline/scan.js";
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generate } from "../bench/generate.mjs";
import { bundledPolicy, ROOT } from "./helpers.js";

let parted: PolicyBundle;
let whole: PolicyBundle;

beforeAll(async () => {
  parted = await bundledPolicy();
  whole = { ...parted, sources: parted.sources.map((s) => ({ ...s, scope: "repository" as const })) };
});

async function findings(bundle: PolicyBundle, cwd: string, paths: string[]) {
  const result = await scan({ paths, cwd, zoweVersion: 3, config: defaultConfig(cwd) }, bundle);
  return result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
}

describe("evaluation in parts", () => {
  test.each([
    ["the rule samples", ROOT, ["policies/rules"]],
    ["the examples", ROOT, ["examples"]],
  ])("finds in %s what one evaluation of the whole input finds", async (_name, cwd, paths) => {
    const expected = await findings(whole, cwd, paths);
    expect(expected.length).toBeGreaterThan(40);
    expect(await findings(parted, cwd, paths)).toEqual(expected);
  });

  test.each([
    ["Kubernetes", "k8s"],
    ["Zowe and Kubernetes", "mixed"],
  ])(
    "finds in a generated %s repository what one evaluation of the whole input finds",
    async (_name, kind) => {
      const out = mkdtempSync(join(tmpdir(), "zhp-parts-"));
      generate({ size: 1500, kind, seed: "partition-test", out });
      const expected = await findings(whole, out, ["."]);
      expect(expected.length).toBeGreaterThan(100);
      expect(await findings(parted, out, ["."])).toEqual(expected);
    },
    60_000,
  );
});

describe("partitionInput", () => {
  const object = (kind: string, name: string, namespace?: string) => ({
    apiVersion: "v1",
    kind,
    metadata: { name, ...(namespace !== undefined ? { namespace } : {}) },
  });
  const input: PolicyInput = {
    zoweVersion: 3,
    options: { kubernetes: { scope: "zowe", ha: false } },
    kubernetes: [
      object("Deployment", "a", "one"),
      object("Service", "b"),
      object("ConfigMap", "zowe-config", "two"),
      object("Deployment", "c", "one"),
      object("Service", "d", ""),
      object("Service", "e", "default"),
    ],
    units: ["u", "u", "u", "u", "u", "u"],
    zowe: [
      { config: { zowe: {} }, container: false, version: 3 },
      { config: { zowe: {} }, container: true, version: 3, configMap: 2 },
    ],
  };
  const parse = (json: Uint8Array) => JSON.parse(new TextDecoder().decode(json)) as PolicyInput;

  test("keeps a namespace together (no namespace and an empty one are default), and an embedded configuration with its ConfigMap", () => {
    const parts = [...partitionInput(input, 1)];
    const groups = parts.map((p) => ({ kubernetes: p.kubernetes, zowe: p.zowe }));
    expect(groups).toEqual([
      { kubernetes: [0, 3], zowe: [] },
      { kubernetes: [1, 4, 5], zowe: [] },
      { kubernetes: [2], zowe: [1] },
      { kubernetes: [], zowe: [0] },
    ]);
    // The embedded configuration's ConfigMap index is the part's own.
    expect(parse((parts[2] as { json: Uint8Array }).json).zowe).toEqual([
      { config: { zowe: {} }, container: true, version: 3, configMap: 0 },
    ]);
  });

  test("keeps a namespace of one deployment unit together, apart from the same namespace in another unit", () => {
    const two: PolicyInput = { ...input, units: ["prod", "prod", "prod", "dev", "prod", "prod"] };
    const groups = [...partitionInput(two, 1)].map((p) => ({ kubernetes: p.kubernetes, zowe: p.zowe }));
    expect(groups).toEqual([
      { kubernetes: [0], zowe: [] },
      { kubernetes: [1, 4, 5], zowe: [] },
      { kubernetes: [2], zowe: [1] },
      { kubernetes: [3], zowe: [] },
      { kubernetes: [], zowe: [0] },
    ]);
    // Each part carries the units of its own objects.
    expect(parse([...partitionInput(two, 1)][3]!.json).units).toEqual(["dev"]);
  });

  test("fills each part up to the size given, and writes the whole input's options and version into each", () => {
    const parts = [...partitionInput(input, 10_000)];
    expect(parts).toHaveLength(1);
    const [part] = parts;
    const written = parse(part!.json);
    expect(written.zoweVersion).toBe(3);
    expect(written.options).toEqual(input.options);
    expect(written.kubernetes).toEqual(part!.kubernetes.map((j) => input.kubernetes[j]));
  });
});
