/**
 * Reading without positions answers exactly as the positioned parse does, or leaves the question
 * to it: the line-by-line locator, the block scalar a zowe.yaml is embedded in, and the values as
 * Zowe reads them. Checked on every YAML document the repository ships and on generated ones.
 */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import type { PathSegment } from "../src/core/findings.js";
import { BlockLocator } from "../src/load/block-locator.js";
import { DEFAULT_PARSE_LIMITS, SourceFile, splitDocuments } from "../src/load/yaml.js";
import { blockDocument as document, yamlFiles } from "./yaml-generator.js";
import { valueAt } from "../src/core/json.js";

/** Every path of the value, and paths that go one step past what exists. */
function paths(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const all: PathSegment[][] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => all.push(...paths(item, [...prefix, i])));
    all.push([...prefix, value.length], [...prefix, "name"]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) all.push(...paths(item, [...prefix, key]));
    all.push([...prefix, "no-such-key"], [...prefix, 0]);
  } else {
    all.push([...prefix, "beyond"]);
  }
  return all;
}

const SAMPLE_REGIONS = [
  { line: 1, column: 1, endLine: 1, endColumn: 2 },
  { line: 2, column: 3, endLine: 3, endColumn: 1 },
];

/** Positioned and line-by-line answers for every path of a document: how many the locator gave, and every disagreement. */
function compare(text: string): { answered: number; asked: number; differences: string[] } {
  const fast = new SourceFile("fast.yaml", text);
  const value = fast.documents[0]?.value;
  if (fast.problems.length > 0 || fast.documents.length !== 1 || value === undefined)
    return { answered: 0, asked: 0, differences: [] };
  const [doc] = new SourceFile("reference.yaml", text, DEFAULT_PARSE_LIMITS, undefined, "positioned").documents;
  if (!doc) throw new Error(`no positioned document for ${text}`);
  // The yaml library reads an item after an empty nested item ("-\n  -\n- x") into the nested
  // sequence; js-yaml, which reads the values checked, does not. Not a question of locating.
  if (
    JSON.stringify(doc.readAsZowe().value) !==
      JSON.stringify(new SourceFile("zowe.yaml", text).documents[0]?.readAsZowe().value) &&
    /^\s*-\s*$/m.test(text)
  ) {
    return { answered: 0, asked: 0, differences: [] };
  }
  const locator = new BlockLocator(text);
  const differences: string[] = [];
  let answered = 0;
  const all = paths(doc.value);
  const fastDoc = fast.documents[0];
  const zowe = { fast: fastDoc?.readAsZowe(), positioned: doc.readAsZowe() };
  if (JSON.stringify(zowe.fast) !== JSON.stringify(zowe.positioned))
    differences.push(`read as Zowe: ${JSON.stringify(zowe.fast)} instead of ${JSON.stringify(zowe.positioned)}`);
  for (const path of all) {
    if (typeof valueAt(value, path) === "string") {
      const [a, b] = [fastDoc?.embedded(path), doc.embedded(path)].map(
        (e) => e && { text: e.text, regions: SAMPLE_REGIONS.map(e.embedding) },
      );
      if (JSON.stringify(a) !== JSON.stringify(b))
        differences.push(`embedded at ${JSON.stringify(path)}: ${JSON.stringify(a)} instead of ${JSON.stringify(b)}`);
    }
    const fast = locator.locate(path);
    if (!fast) continue;
    answered += 1;
    const expected = doc.locate(path);
    if (JSON.stringify(fast) !== JSON.stringify(expected))
      differences.push(`${JSON.stringify(path)}: ${JSON.stringify(fast)} instead of ${JSON.stringify(expected)}`);
  }
  return { answered, asked: all.length, differences };
}

describe("BlockLocator", () => {
  test("agrees with the positioned parse on every path of every shipped YAML document, and answers most of them", () => {
    let answered = 0;
    let asked = 0;
    const differences: string[] = [];
    for (const file of [...yamlFiles("examples"), ...yamlFiles("policies"), ...yamlFiles("test/fixtures")]) {
      for (const segment of splitDocuments(readFileSync(file, "utf8"))) {
        const result = compare(segment.text);
        answered += result.answered;
        asked += result.asked;
        differences.push(...result.differences.map((d) => `${file}:${segment.line}: ${d}`));
      }
    }
    expect(differences).toEqual([]);
    expect(asked).toBeGreaterThan(10_000);
    expect(answered / asked).toBeGreaterThan(0.9);
  });

  test("agrees with the positioned parse on generated block-style documents", () => {
    let answered = 0;
    fc.assert(
      fc.property(document, (text) => {
        const result = compare(text);
        answered += result.answered;
        expect(result.differences).toEqual([]);
      }),
      { seed: 20261125, numRuns: 1500 },
    );
    // The generator writes mostly what the locator follows: a locator that always gives up would fail here.
    expect(answered).toBeGreaterThan(5_000);
  });

  test("answers a nested path at the key, with the scalar value in the region", () => {
    const text = "---\n# c\nspec:\n  template:\n    containers:\n    - name: a   # main\n      image: 'x:1'\n";
    expect(new BlockLocator(text).locate(["spec", "template", "containers", 0, "image"])).toEqual({
      path: ["spec", "template", "containers", 0, "image"],
      region: { line: 7, column: 7, endLine: 7, endColumn: 19 },
    });
  });

  test.each([
    ["a flow collection on the way", "a: {b: 1}\n", ["a", "b"]],
    ["a multi-line plain scalar", "a: one\n  two\nb: 1\n", ["a"]],
    ["a block scalar", "a: |\n  x\n", ["a"]],
    ["an empty value", "a:\nb: 1\n", ["a"]],
    ["a key YAML reads as a number", "8080: x\nb: 1\n", ["b"]],
    ["a tab-indented line", "a:\n\tb: 1\n", ["a"]],
    ["a key with escapes", '"a\\tb": 1\nc: 2\n', ["c"]],
  ])("leaves %s to the parser", (_name, text, path) => {
    expect(new BlockLocator(text).locate(path)).toBeUndefined();
  });
});
