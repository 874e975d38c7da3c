/**
 * Finds where a path of a YAML document is written by reading only the lines on the way to it.
 *
 * Parsing a document with positions costs many times more than reading its value, and findings
 * point at a handful of paths. Kubernetes manifests and zowe.yaml files are written in plain block
 * style, where a path can be followed line by line: a mapping's entries start at its column, a
 * sequence's items at its dash. Anything this reader does not fully understand on the way (flow
 * collections to descend into, multi-line scalars, block scalars as targets, empty values, keys
 * that YAML reads as numbers or booleans, tabs) makes it answer `undefined`, and the caller parses
 * the document with positions instead. A differential test holds its answers to those of the
 * positioned parse.
 */
import type { PathSegment, Region } from "../core/findings.js";
import type { Located } from "./yaml.js";

/** Where a path leads: the part of it that exists, its value, and the region as offsets when this reader knows it. */
interface BlockLocation {
  region: { start: number; end: number } | undefined;
  path: PathSegment[];
  value: Value;
}

class Unsupported extends Error {}

/** A node's first character: its line and the offset in the text. */
interface NodeStart {
  line: number;
  offset: number;
}

/** A flow collection is never descended into: only a path that ends at its key is answered. */
type Value =
  | { kind: "collection"; at: NodeStart }
  | { kind: "flow" }
  | { kind: "scalar"; start: number; end: number }
  | { kind: "literal"; header: number };

const PLAIN_KEY_END = /:(?=[ \t]|$)| #/;
// YAML 1.2 core schema resolves these plain scalars to something other than their text.
const NON_STRING_PLAIN = /^(?:[-+.0-9~]|(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$)/;
// Characters that start something other than a plain scalar or a key.
const INDICATORS = new Set([
  "-",
  "?",
  ":",
  ",",
  "[",
  "]",
  "{",
  "}",
  "#",
  "&",
  "*",
  "!",
  "|",
  ">",
  "'",
  '"',
  "%",
  "@",
  "`",
]);

export class BlockLocator {
  /**
   * Per line, in typed arrays (a reader is made for every located document): its start; its
   * end, the line break or the end of the text, a trailing \r excluded; the column of its first
   * character that is not a space, -1 on a blank or comment-only line.
   */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly indents: Int32Array;
  private readonly count: number;
  /** False when a line is indented with a tab: the reader does not follow such text. */
  private readonly readable: boolean = true;

  constructor(private readonly text: string) {
    let count = 1;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count += 1;
    this.count = count;
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    this.indents = new Int32Array(count);
    let start = 0;
    for (let i = 0; i < count; i++) {
      let lineBreak = text.indexOf("\n", start);
      if (lineBreak < 0) lineBreak = text.length;
      const end = lineBreak > start && text.charCodeAt(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
      const indent = indentOf(text, start, end);
      if (indent === undefined) this.readable = false;
      this.starts[i] = start;
      this.ends[i] = end;
      this.indents[i] = indent ?? -1;
      start = lineBreak + 1;
    }
  }

  private lineStart(line: number): number {
    return this.starts[line] as number;
  }

  private lineEnd(line: number): number {
    return this.ends[line] as number;
  }

  private indent(line: number): number {
    return this.indents[line] as number;
  }

  /**
   * The path's region in the text (lines from 1) as the positioned parse reports it: a map
   * entry from its key to the end of a scalar value, a sequence item's scalar, a collection's
   * first line. Undefined where this reader does not follow the text.
   */
  locate(path: readonly PathSegment[]): Located | undefined {
    const location = this.follow(path);
    if (!location?.region) return undefined;
    const { start, end } = location.region;
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    const region: Region =
      from.line === to.line && from.column === to.column
        ? { line: from.line, column: from.column, endLine: from.line, endColumn: from.column + 1 }
        : { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    return { region, path: location.path };
  }

  /** The 1-based line and column of an offset. */
  private position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStart(mid) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStart(low) + 1 };
  }

  /** Where the path leads, or undefined where this reader does not follow the text. */
  private follow(path: readonly PathSegment[]): BlockLocation | undefined {
    if (!this.readable) return undefined;
    try {
      return this.walk(path);
    } catch (e) {
      if (e instanceof Unsupported) return undefined;
      throw e;
    }
  }

  private walk(path: readonly PathSegment[]): BlockLocation {
    const root = this.root();
    let node: Value = { kind: "collection", at: root };
    let region: { start: number; end: number } | undefined = this.collectionRegion(root);
    const found: PathSegment[] = [];
    for (const segment of path) {
      if (node.kind === "flow") throw new Unsupported();
      if (node.kind !== "collection") break;
      const { at } = node;
      if (this.isSequenceItem(at)) {
        if (typeof segment !== "number") break;
        const item = this.item(at, segment);
        if (!item) break;
        if (item.kind === "flow" || item.kind === "literal") throw new Unsupported();
        node = item;
        region = item.kind === "scalar" ? { start: item.start, end: item.end } : this.collectionRegion(item.at);
      } else {
        const entry = this.entry(at, String(segment));
        if (!entry) break;
        node = entry.value;
        // A block scalar's region would end where its content does: not followed here.
        region =
          node.kind === "literal"
            ? undefined
            : { start: entry.keyStart, end: node.kind === "scalar" ? node.end : entry.keyEnd };
      }
      found.push(segment);
    }
    return { region, path: found, value: node };
  }

  /**
   * Where a literal block scalar (`|`, `|-`, `|+`) at the path is written: the 1-based line of its
   * header and the indentation of its content (set by its first line that is not blank), so that
   * a document embedded in it (a zowe.yaml in a ConfigMap) can be located line for line.
   */
  literalBlock(path: readonly PathSegment[]): { header: number; indent: number } | undefined {
    const walked = this.follow(path);
    if (!walked || walked.path.length !== path.length || walked.value.kind !== "literal") return undefined;
    const { header } = walked.value;
    for (let i = header + 1; i < this.count; i++) {
      const content = this.text.slice(this.lineStart(i), this.lineEnd(i));
      if (content.trim() !== "") return { header: header + 1, indent: content.length - content.trimStart().length };
    }
    return { header: header + 1, indent: 0 };
  }

  /** The document's top node, after comments and a bare `---`: block collections only. */
  private root(): NodeStart {
    for (let i = 0; i < this.count; i++) {
      if (this.indent(i) < 0) continue;
      const offset = this.lineStart(i) + this.indent(i);
      if (/^---(?:\s*(?:#.*)?)?$/.test(this.text.slice(offset, this.lineEnd(i)))) continue;
      const at = { line: i, offset };
      if (!this.isSequenceItem(at) && !this.key(at)) throw new Unsupported();
      return at;
    }
    throw new Unsupported();
  }

  /** A block collection's region: its first line, from its first character. */
  private collectionRegion(at: NodeStart): { start: number; end: number } {
    // A collection that ends on its first line ends where its last value does: not followed here.
    if (this.endsOnLine(at)) throw new Unsupported();
    return { start: at.offset, end: this.lineEnd(at.line) };
  }

  /** Whether the lines after the node's first line are none of its own. */
  private endsOnLine(at: NodeStart): boolean {
    const next = this.nextContentLine(at.line + 1);
    if (next === undefined) return true;
    const indent = this.indent(next);
    const column = this.column(at);
    if (indent !== column) return indent < column;
    // At the column, a mapping goes on with a key or its last entry's sequence; a sequence with a dash.
    return this.isSequenceItem(at) && !this.isSequenceItem({ line: next, offset: this.lineStart(next) + column });
  }

  private column(at: NodeStart): number {
    return at.offset - this.lineStart(at.line);
  }

  private isSequenceItem(at: NodeStart): boolean {
    if (this.text[at.offset] !== "-") return false;
    const next = this.text[at.offset + 1];
    return next === undefined || next === " " || next === "\n" || next === "\r";
  }

  /** Index of the next line with content at or after the given one. */
  private nextContentLine(from: number): number | undefined {
    for (let i = from; i < this.count; i++) if (this.indent(i) >= 0) return i;
    return undefined;
  }

  /** The sibling lines of a collection at its column, from its first: items or entries, in order. */
  private *siblings(at: NodeStart): Generator<NodeStart> {
    const column = this.column(at);
    const sequence = this.isSequenceItem(at);
    yield at;
    let i = at.line + 1;
    for (;;) {
      const next = this.nextContentLine(i);
      if (next === undefined) return;
      const indent = this.indent(next);
      if (indent < column) return;
      if (indent === column) {
        const sibling = { line: next, offset: this.lineStart(next) + column };
        const isItem = this.isSequenceItem(sibling);
        // In a mapping, a dash at the mapping's column starts a sequence that is an entry's value.
        if (sequence && !isItem) return;
        if (sequence === isItem) yield sibling;
      }
      i = next + 1;
    }
  }

  private item(at: NodeStart, index: number): Value | undefined {
    let i = 0;
    for (const dash of this.siblings(at)) {
      if (i++ === index) return this.valueAfter(dash.line, dash.offset + 1, this.column(dash), true);
    }
    return undefined;
  }

  private entry(at: NodeStart, name: string): { keyStart: number; keyEnd: number; value: Value } | undefined {
    for (const start of this.siblings(at)) {
      const key = this.key(start);
      if (!key) throw new Unsupported();
      if (key.name !== name) continue;
      return {
        keyStart: start.offset,
        keyEnd: key.end,
        value: this.valueAfter(start.line, key.colon + 1, this.column(start), false),
      };
    }
    return undefined;
  }

  /**
   * A key written on one line: plain (and read as a string by YAML) or single-quoted, followed by
   * a colon. Undefined when the line does not start with a key.
   */
  private key(at: NodeStart): { name: string; end: number; colon: number } | undefined {
    const rest = this.text.slice(at.offset, this.lineEnd(at.line));
    const first = rest[0] ?? "";
    if (first === "'" || first === '"') {
      // Escapes in double quotes are not decoded here: such a key is left to the parser.
      const quoted = (first === "'" ? /^'((?:[^']|'')*)'([ ]*):(?=[ ]|$)/ : /^"([^"\\]*)"([ ]*):(?=[ ]|$)/).exec(rest);
      if (!quoted) {
        if (first === '"' && /^"[^"]*\\/.test(rest)) throw new Unsupported();
        return undefined;
      }
      const written = quoted[1] as string;
      const name = first === "'" ? written.replace(/''/g, "'") : written;
      const colon = at.offset + quoted[0].length - 1;
      return { name, end: colon - (quoted[2] as string).length, colon };
    }
    if (INDICATORS.has(first)) {
      if (first === "-" || first === "#") return undefined;
      throw new Unsupported();
    }
    const stop = PLAIN_KEY_END.exec(rest);
    if (!stop || stop[0] !== ":") return undefined;
    const name = rest.slice(0, stop.index).trimEnd();
    if (NON_STRING_PLAIN.test(name) || name.includes("\t")) throw new Unsupported();
    return { name, end: at.offset + name.length, colon: at.offset + stop.index };
  }

  /**
   * The value that starts after an indicator (a key's colon, an item's dash) at `from` on the
   * given line of a node at `column`: on the same line, or on the next lines, indented more (or
   * at the column, for a sequence that is a mapping entry's value).
   */
  private valueAfter(lineIndex: number, from: number, column: number, isItem: boolean): Value {
    const lineEnd = this.lineEnd(lineIndex);
    let offset = from;
    while (offset < lineEnd && this.text[offset] === " ") offset += 1;
    if (offset < lineEnd && this.text[offset] === "\t") throw new Unsupported();
    if (offset < lineEnd && this.text[offset] !== "#") {
      const at = { line: lineIndex, offset };
      const first = this.text[offset] as string;
      if (first === "{" || first === "[") return { kind: "flow" };
      if (/^\|[-+]?[ \t]*(?:#.*)?$/.test(this.text.slice(offset, lineEnd)))
        return { kind: "literal", header: lineIndex };
      if (first === "|" || first === ">" || first === "&" || first === "*" || first === "!" || first === "?")
        throw new Unsupported();
      if (this.isSequenceItem(at) || this.key(at)) return { kind: "collection", at };
      const end = this.scalarEnd(offset, lineEnd);
      const next = this.nextContentLine(lineIndex + 1);
      // Lines indented more than the node continue a multi-line scalar.
      if (next !== undefined && this.indent(next) > column) throw new Unsupported();
      return { kind: "scalar", start: offset, end };
    }
    const next = this.nextContentLine(lineIndex + 1);
    if (next === undefined) throw new Unsupported();
    const indent = this.indent(next);
    const at = { line: next, offset: this.lineStart(next) + indent };
    if (indent > column || (!isItem && indent === column && this.isSequenceItem(at))) {
      if (this.isSequenceItem(at) || this.key(at)) return { kind: "collection", at };
    }
    // An empty value, or a scalar on lines of its own.
    throw new Unsupported();
  }

  /** The end of a one-line scalar: a quoted scalar's closing quote, a plain scalar's last character before a comment. */
  private scalarEnd(offset: number, lineEnd: number): number {
    const first = this.text[offset];
    let end: number;
    if (first === '"') {
      let i = offset + 1;
      while (i < lineEnd && this.text[i] !== '"') i += this.text[i] === "\\" ? 2 : 1;
      if (i >= lineEnd) throw new Unsupported();
      end = i + 1;
    } else if (first === "'") {
      let i = offset + 1;
      for (;;) {
        if (i >= lineEnd) throw new Unsupported();
        if (this.text[i] === "'") {
          if (this.text[i + 1] !== "'") break;
          i += 2;
        } else i += 1;
      }
      end = i + 1;
    } else {
      const rest = this.text.slice(offset, lineEnd);
      const comment = rest.search(/[ \t]#/);
      if (/: |:$/.test(comment < 0 ? rest : rest.slice(0, comment))) throw new Unsupported();
      return offset + (comment < 0 ? rest : rest.slice(0, comment)).trimEnd().length;
    }
    if (!/^[ \t]*(?:#.*)?$/.test(this.text.slice(end, lineEnd))) throw new Unsupported();
    return end;
  }
}

/** The line's indentation, -1 for a line without content, undefined for a tab before the content. */
function indentOf(text: string, start: number, end: number): number | undefined {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i += 1;
  if (i === end || text[i] === "#") return -1;
  if (text[i] === "\t") return /^[ \t]*(?:#.*)?$/.test(text.slice(i, end)) ? -1 : undefined;
  return i - start;
}
