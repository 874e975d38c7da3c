/**
 * The block-style reader gives exactly what js-yaml gives, or leaves the text to js-yaml: on every
 * YAML document the repository ships, on generated repositories and generated documents, and on a
 * table of the cases it must take and those it must leave.
 */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parseBlockYaml } from "../src/load/block-parser.js";
import { splitDocuments } from "../src/load/yaml.js";
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generate } from "../bench/generate.mjs";
import { blockDocument, yamlFiles } from "./yaml-generator.js";

const options = { maxDepth: 100, share: (text: string) => text };

/** js-yaml's value of a text, or "error" when it refuses it. */
function reference(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch {
    return "error";
  }
}

/** Compares the readers on each document of the files: how many the block reader took, and every disagreement. */
function compare(files: string[]): { documents: number; taken: number; differences: string[] } {
  let documents = 0;
  let taken = 0;
  const differences: string[] = [];
  for (const file of files) {
    for (const { text, line } of splitDocuments(readFileSync(file, "utf8"))) {
      documents += 1;
      const value = parseBlockYaml(text, options);
      if (value === undefined) continue;
      taken += 1;
      const expected = reference(text);
      if (!isDeepStrictEqual(value, expected))
        differences.push(`${file}:${line}: ${JSON.stringify(value)} instead of ${JSON.stringify(expected)}`);
    }
  }
  return { documents, taken, differences };
}

describe("parseBlockYaml", () => {
  test("agrees with js-yaml on every shipped YAML document, and takes most of them", () => {
    const result = compare([...yamlFiles("examples"), ...yamlFiles("policies"), ...yamlFiles("test/fixtures")]);
    expect(result.differences).toEqual([]);
    expect(result.documents).toBeGreaterThan(300);
    expect(result.taken / result.documents).toBeGreaterThan(0.75);
  });

  test.each([
    ["Kubernetes", "k8s"],
    ["Zowe and Kubernetes", "mixed"],
  ])(
    "agrees with js-yaml on a generated %s repository, and takes every document",
    (_name, kind) => {
      const out = mkdtempSync(join(tmpdir(), "zhp-block-"));
      generate({ size: 1500, kind, seed: "block-parser", layout: "mixed", out });
      const result = compare(yamlFiles(out));
      expect(result.differences).toEqual([]);
      expect(result.taken).toBe(result.documents);
    },
    60_000,
  );

  test("agrees with js-yaml on generated block-style documents", () => {
    let taken = 0;
    fc.assert(
      fc.property(blockDocument, (text) => {
        const value = parseBlockYaml(text, options);
        if (value === undefined) return;
        taken += 1;
        expect(value).toStrictEqual(reference(text));
      }),
      { seed: 20261204, numRuns: 2000 },
    );
    // The generator writes much that the reader leaves (multi-line scalars, folded blocks): but
    // a reader that always left would fail here.
    expect(taken).toBeGreaterThan(500);
  });

  test.each<[string, string, unknown]>([
    ["a document marker and comments", "--- # first\n# c\na: 1 # one\nb:   x y  \n", { a: 1, b: "x y" }],
    ["CRLF line ends", "a:\r\n  - 1\r\n  - b: c\r\n", { a: [1, { b: "c" }] }],
    ["a sequence at its key's indentation", "k:\n- a\n- b\nz: 1\n", { k: ["a", "b"], z: 1 }],
    ["quoted keys and values", `"a b": 'it''s'\n'c': "x\\ty"\n`, { "a b": "it's", c: "x\ty" }],
    [
      "typed plain scalars",
      "a: 0777\nb: -0x1F\nc: ~\nd: True\ne: .5\nf: 1_000\ng: on\n",
      { a: 777, b: -31, c: null, d: true, e: 0.5, f: "1_000", g: "on" },
    ],
    ["keys typed as js-yaml types them", "1: a\ntrue: b\n~: c\n", { "1": "a", true: "b", null: "c" }],
    ["an empty value", "a:\nb: 1\n", { a: null, b: 1 }],
    ["nested sequences", "- - a\n  - b\n-\n  - c\n", [["a", "b"], ["c"]]],
    [
      "literal blocks with their chomping",
      "a: |\n  x\n\n  y\n\nb: |-\n  z\nc: |+\n  w\n\n",
      { a: "x\n\ny\n", b: "z", c: "w\n\n" },
    ],
    ["a literal block with a more indented line", "a: |\n  x\n    y\n", { a: "x\n  y\n" }],
    ["flow collections on one line", "a: [1, 'b', {c: d}]\ne: {}\nf: [ ]\n", { a: [1, "b", { c: "d" }], e: {}, f: [] }],
    ["a key named __proto__", "__proto__: 1\n", JSON.parse('{"__proto__": 1}')],
  ])("takes %s", (_name, text, expected) => {
    const value = parseBlockYaml(text, options);
    expect(value).toStrictEqual(expected);
    expect(value).toStrictEqual(reference(text));
  });

  test.each([
    ["a repeated key", "a: 1\na: 2\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["a multi-line quoted scalar", "a: 'one\n  two'\n"],
    ["a folded block", "a: >\n  x\n"],
    ["an indentation indicator", "a: |2\n   x\n"],
    ["anchors and aliases", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["an explicit key", "? a\n: b\n"],
    ["a tab", "a:\n\t- b\n"],
    ["a flow collection over lines", "a: [1,\n  2]\n"],
    ["a YAML-only escape", 'a: "\\x41"\n'],
    ["a block sequence after a key on its line", "a: - b\n"],
    ["bad indentation", "a: 1\n  b: 2\n"],
    ["a document nesting deeper than the limit", "a:\n  b:\n    c: 1\n"],
  ])("leaves %s to js-yaml", (name, text) => {
    const limited = name.includes("deeper") ? { ...options, maxDepth: 2 } : options;
    expect(parseBlockYaml(text, limited)).toBeUndefined();
  });
});
