/**
 * Reading without positions answers exactly as the positioned parse does, or leaves the question
 * to it: the line-by-line locator, the block scalar a zowe.yaml is embedded in, and the values as
 * Zowe reads them. Checked on every YAML document the repository ships and on generated ones.
 */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PathSegment } from "../src/findings.js";
import { BlockLocator } from "../src/load/block-locator.js";
import { DEFAULT_PARSE_LIMITS, SourceFile, splitDocuments } from "../src/load/yaml.js";
import { valueAt } from "../src/zowe/merge.js";

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

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

type Tree = { scalar: string } | { map: Array<[string, Tree]> } | { seq: Tree[] };

const KEYS = [
  "name",
  "app.kubernetes.io/name",
  "'quoted key'",
  "'it''s'",
  '"double"',
  "with space",
  "k-1",
  "8080",
  "true",
  "x.y",
  "k :",
];
const SCALARS = [
  ...[
    "plain",
    "two words",
    "'single ''q'''",
    '"double \\" q"',
    '"# not a comment"',
    "http://x:80/a",
    "x # comment",
    "a#b",
    "value   ",
    "",
  ],
  ...[
    "1",
    "-1",
    "+1",
    "0777",
    "1.5",
    "1e3",
    ".inf",
    "0x1F",
    "10.1.1.1",
    "~",
    "null",
    "Null",
    "True",
    "FALSE",
    "on",
    "yes",
    "N",
  ],
  ...[
    "|\n  block\n  text",
    "|-\n  x\n\n  y",
    "|+\n  x\n",
    "|\n\n  after a blank line",
    "|\n  # not a comment\n  z: 1",
    ">-\n  folded",
  ],
  ...["[a, b]", "{a: 1, b: [2]}", "one\n  two", "'multi\n  line'"],
];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ scalar: fc.constantFrom(...SCALARS) }),
    fc.record({
      map: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie("node")), {
        minLength: 1,
        maxLength: 4,
        selector: ([k]) => k,
      }),
    }),
    fc.record({ seq: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
  ),
})).node;

interface Style {
  indent: number;
  compactSequences: boolean;
  comments: boolean[];
  crlf: boolean;
  header: boolean;
}

/** Writes the tree in block style; a scalar's continuation lines are indented under its parent. */
function render(node: Tree, style: Style): string {
  let commentIndex = 0;
  const comment = () => style.comments[commentIndex++ % style.comments.length] ?? false;
  const lines: string[] = [];
  const scalarLines = (text: string, indent: number) =>
    text.split("\n").map((line, i) => (i === 0 ? line : " ".repeat(indent) + line.trimStart()));
  // lead: what precedes the value on its first line ("key:" or "-"), already indented.
  const write = (value: Tree, indent: number, lead: string): void => {
    if ("scalar" in value) {
      const [first, ...rest] = scalarLines(value.scalar, indent + style.indent);
      lines.push(`${lead}${first === "" ? "" : " "}${first}${comment() ? "  # trailing" : ""}`);
      lines.push(...rest);
      return;
    }
    if (comment()) lines.push(`${" ".repeat(indent + style.indent)}# inside`);
    if (lead.trimStart().startsWith("-") && "map" in value) {
      // A mapping as a sequence item starts on the dash's line.
      const column = lead.length + 1;
      value.map.forEach(([key, item], i) =>
        write(item, column, i === 0 ? `${lead} ${key}:` : `${" ".repeat(column)}${key}:`),
      );
      return;
    }
    lines.push(lead);
    const inner = "seq" in value && style.compactSequences && lead.endsWith(":") ? indent : indent + style.indent;
    if ("map" in value) for (const [key, item] of value.map) write(item, inner, `${" ".repeat(inner)}${key}:`);
    else for (const item of value.seq) write(item, inner, `${" ".repeat(inner)}-`);
  };
  if ("scalar" in node) return node.scalar;
  if ("map" in node) for (const [key, item] of node.map) write(item, 0, `${key}:`);
  else for (const item of node.seq) write(item, 0, "-");
  const text = (style.header ? ["---", ...lines] : lines).join("\n") + "\n";
  return style.crlf ? text.replace(/\n/g, "\r\n") : text;
}

const document = fc
  .tuple(
    tree,
    fc.record({
      indent: fc.constantFrom(2, 3, 4),
      compactSequences: fc.boolean(),
      comments: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
      crlf: fc.boolean(),
      header: fc.boolean(),
    }),
  )
  .map(([node, style]) => render(node, style));

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
