/**
 * Property-based tests (fast-check, seeded and bounded): random mutations of real inputs never
 * crash the loader, the model or the compiled policy; every reported position lies inside its
 * file; the same input gives the same findings.
 */
import { beforeAll, describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ModelBuilder } from "../../src/model/builder.js";
import { SourceFile } from "../../src/load/yaml.js";
import type { Finding } from "../../src/core/findings.js";
import { topologyOf } from "../../src/report/topology.js";
import { evaluateStage } from "../../src/engine/evaluate.js";
import { locateStage } from "../../src/locate/stage.js";
import { topologyScan, type PolicyBundle } from "../../src/pipeline/scan.js";
import { bundledPolicy, ROOT } from "../helpers.js";

const SEED = 20261125;
const SEEDS = [
  "examples/sysplex/zowe.yaml",
  "examples/sysplex-noncompliant/zowe.yaml",
  "examples/sysplex-templated/zowe.yaml",
  "test/fixtures/kustomize/base/gateway-deployment.yaml",
].map((f) => readFileSync(join(ROOT, f), "utf8"));

/** Fragments that exercise YAML's corners: anchors, aliases, tags, flow, documents, templates, odd scalars. */
const TOKENS = [
  "&a ",
  "*a",
  "!!str ",
  "!!python/object ",
  "<<: *a",
  "- ",
  ": ",
  "{",
  "}",
  "[",
  "]",
  '"',
  "'",
  "#",
  "\n---\n",
  "\n...\n",
  "\t",
  "|\n  ",
  ">-\n  ",
  "~",
  "null",
  "0777",
  "on",
  "1e3",
  "-1",
  "${{ zowe.externalPort }}",
  "${{ os.x() }}",
  "\u0000",
  "\uFEFF",
  "\r\n",
  "? ",
  "zowe:",
  "haInstances:",
  "components:",
  "apiVersion: v1\nkind: List\nitems:\n",
  "9".repeat(400),
];

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("dropLine" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("repeatLine" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  const lines = text.split("\n");
  const line = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.kind) {
    case "insert":
      return text.slice(0, at) + m.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + m.length);
    case "dropLine":
      return lines.filter((_, i) => i !== line).join("\n");
    case "repeatLine":
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join("\n");
    case "indent":
      lines[line] = m.by > 0 ? " ".repeat(m.by) + (lines[line] ?? "") : (lines[line] ?? "").slice(-m.by);
      return lines.join("\n");
  }
}

const mutatedFile = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([seed, ms]) => ms.reduce(apply, seed));

/** Every path of a value, for locate. */
function paths(
  value: unknown,
  prefix: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
): Array<Array<string | number>> {
  out.push(prefix);
  if (out.length > 60 || typeof value !== "object" || value === null) return out;
  for (const [k, v] of Object.entries(value)) paths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

function inside(region: { line: number; column: number; endLine: number; endColumn: number }, text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return (
    region.line >= 1 &&
    region.column >= 1 &&
    region.endLine >= region.line &&
    region.endLine <= Math.max(1, lines.length) &&
    region.line <= Math.max(1, lines.length)
  );
}

/**
 * Loads texts as one repository and evaluates the compiled policy on it, with the topology view:
 * the findings, positions checked.
 */
async function evaluate(bundle: PolicyBundle, texts: string[]): Promise<Finding[]> {
  const builder = new ModelBuilder({ zoweVersion: 3 });
  texts.forEach((text, i) => {
    for (const p of builder.add(new SourceFile(`f${i}.yaml`, text))) expect(inside(p, text)).toBe(true);
  });
  const { model } = builder.finish();
  const evaluated = await evaluateStage(bundle, model, true);
  const located = locateStage(evaluated, model);
  const findings = located.map((l) => l.finding);
  expect(topologyOf({ findings, topology: topologyScan(evaluated.topology!, located, model) })).toBeDefined();
  return findings;
}

let bundle: PolicyBundle;
beforeAll(async () => {
  bundle = await bundledPolicy();
});

describe("fuzz", () => {
  test("the loader never throws, and every located path lies inside its file (10,000 cases)", () => {
    fc.assert(
      fc.property(mutatedFile, (text) => {
        const file = new SourceFile("f.yaml", text);
        for (const p of file.problems) expect(inside(p.region, text)).toBe(true);
        for (const doc of file.documents) {
          for (const path of paths(doc.value)) expect(inside(doc.locate(path).region, text)).toBe(true);
          expect(inside(doc.locate(["no", "such", 7, "path"]).region, text)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 10_000, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true },
    );
  }, 90_000);

  test("model and compiled policy never crash; findings lie inside their files; same input, same findings (300 repositories of up to 4 files)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedFile, { minLength: 1, maxLength: 4 }), async (texts) => {
        const first = await evaluate(bundle, texts);
        for (const f of first) {
          const index = Number(/^f(\d+)\.yaml$/.exec(f.file)?.[1]);
          expect(inside(f, texts[index] ?? "")).toBe(true);
        }
        const again = await evaluate(bundle, texts);
        expect(JSON.stringify(again)).toBe(JSON.stringify(first));
      }),
      { seed: SEED, numRuns: 300, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true },
    );
  }, 120_000);
});
