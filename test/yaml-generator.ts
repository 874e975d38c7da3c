/**
 * Block-style YAML documents generated from a tree of mappings, sequences and scalars, in the
 * styles people write (indentation, compact sequences, comments, CRLF, a document marker), with
 * scalars of every kind the readers must agree on: for the differential tests of the readers.
 */
import fc from "fast-check";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The YAML files below a folder. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

export type Tree = { scalar: string } | { map: Array<[string, Tree]> } | { seq: Tree[] };

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

export const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
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

export interface Style {
  indent: number;
  compactSequences: boolean;
  comments: boolean[];
  crlf: boolean;
  header: boolean;
}

/** Writes the tree in block style; a scalar's continuation lines are indented under its parent. */
export function render(node: Tree, style: Style): string {
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

/** A generated block-style document in a generated style. */
export const blockDocument: fc.Arbitrary<string> = fc
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
