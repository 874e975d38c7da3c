/**
 * A reader for the YAML that configuration repositories are written in: block mappings and
 * sequences, plain and quoted scalars on one line, literal block scalars and short flow
 * collections. It gives exactly what js-yaml's load gives with the YAML 1.2 core schema (scalars
 * are typed by js-yaml's own resolvers), or undefined where the text is anything else: multi-line
 * plain or quoted scalars and flow collections, folded scalars, explicit keys, tabs, duplicate
 * keys, anything unexpected. The caller then parses with js-yaml, which reads (or reports) every
 * YAML. A differential test holds it to js-yaml on every shipped file and generated documents.
 *
 * Why: reading values is the largest part of a check, and js-yaml's general machinery (a state
 * object per document, per-character dispatch, type resolution by regular expression for every
 * scalar) costs several times what these block-style documents need.
 */
import * as jsYaml from "js-yaml";
import { setOwn } from "../core/json.js";

/** Thrown to leave the fast path: the caller reads the text with js-yaml. */
class NotBlockYaml extends Error {}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const QUOTE = 39;
const DOUBLE_QUOTE = 34;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const COMMA = 44;
const PIPE = 124;
const GREATER = 62;

// A plain scalar js-yaml types as something other than a string (null, bool, int, float) starts
// with one of these characters (numbers) or is one of these words: any other is a string.
const NUMBER_FIRST = new Uint8Array(128);
for (const c of "-+.0123456789") NUMBER_FIRST[c.charCodeAt(0)] = 1;
const WORDS = new Map<string, null | boolean>([
  ["~", null],
  ["null", null],
  ["Null", null],
  ["NULL", null],
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
]);

// Characters that cannot start a plain scalar (YAML indicators): the text is something else.
const INDICATOR_FIRST = new Uint8Array(128);
for (const c of "&*!|>%@`?") INDICATOR_FIRST[c.charCodeAt(0)] = 1;

// js-yaml's own resolvers of the core schema, in its order (its typings leave `types` out).
const { types } = jsYaml as unknown as { types: Record<"null" | "bool" | "int" | "float", jsYaml.Type> };
const IMPLICIT = [types.null, types.bool, types.int, types.float];

/** Up to 15 decimal digits: a number js-yaml reads exactly as Number does (ports, replicas, counts). */
function isShortDecimal(text: string): boolean {
  if (text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A plain scalar as js-yaml's core schema reads it. */
function plainValue(text: string): unknown {
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  const first = text.charCodeAt(0);
  if (first >= 128 || NUMBER_FIRST[first] !== 1) return text;
  if (isShortDecimal(text)) return Number(text);
  for (const type of IMPLICIT) if (type.resolve(text)) return type.construct(text);
  return text;
}

/** Limits and the string table of the caller (src/load/yaml.ts). */
export interface BlockParseOptions {
  maxDepth: number;
  /** Returns one instance of each equal short string (or the string itself). */
  share: (text: string) => string;
}

/**
 * The value of a document written in block style, or undefined when the reader does not take the
 * text (js-yaml then reads it); `null` for an empty document.
 */
export function parseBlockYaml(text: string, options: BlockParseOptions): unknown {
  try {
    return new BlockParser(text, options).document();
  } catch (error) {
    if (error instanceof NotBlockYaml) return undefined;
    throw error;
  }
}

function fail(): never {
  throw new NotBlockYaml();
}

function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  // A repeated key is an error js-yaml reports at its line. (No value is undefined, so only a
  // key the object has, or one of its prototype's such as "constructor", reads as defined.)
  if (map[key] !== undefined && Object.prototype.hasOwnProperty.call(map, key)) fail();
  if (key === "__proto__") setOwn(map, key, value);
  else map[key] = value;
}

class BlockParser {
  private readonly length: number;
  /** Start of the current line, and the offset of its first character that is not a space. */
  private line = 0;
  private content = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly options: BlockParseOptions,
  ) {
    this.length = text.length;
  }

  document(): unknown {
    this.skipToContent();
    // A document marker line: `---` alone (or with a comment) starts the content below it.
    if (this.startsMarker("---")) {
      const after = this.content + 3;
      this.content = after;
      this.skipSpaces();
      if (!this.atLineEnd()) fail();
      this.nextLine();
      this.skipToContent();
    }
    if (this.content >= this.length || this.startsMarker("...")) {
      this.expectEnd();
      return null;
    }
    const value = this.block(this.column());
    this.expectEnd();
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Lines

  private column(): number {
    return this.content - this.line;
  }

  /** From the current offset (this.content) to the next line, past spaces and a comment. */
  private atLineEnd(): boolean {
    const c = this.text.charCodeAt(this.content);
    return (
      this.content >= this.length ||
      c === LF ||
      c === HASH ||
      (c === CR && this.text.charCodeAt(this.content + 1) === LF)
    );
  }

  private skipSpaces(): void {
    let c = this.text.charCodeAt(this.content);
    while (c === SPACE) c = this.text.charCodeAt(++this.content);
    if (c === TAB) fail();
  }

  /** Moves to the start of the next line. */
  private nextLine(): void {
    const lf = this.text.indexOf("\n", this.content);
    this.line = lf < 0 ? this.length : lf + 1;
    this.content = this.line;
  }

  /**
   * Skips blank and comment lines from the current line on; this.content is then at the first
   * character of a content line (or the end). A comment line may have any indentation.
   */
  private skipToContent(): void {
    for (;;) {
      this.content = this.line;
      this.skipSpaces();
      const c = this.text.charCodeAt(this.content);
      if (this.content >= this.length) return;
      if (c === LF || c === HASH || c === CR) {
        if (c === CR && this.text.charCodeAt(this.content + 1) !== LF) fail();
        this.nextLine();
        if (this.line >= this.length) {
          this.content = this.length;
          return;
        }
        continue;
      }
      return;
    }
  }

  /** The rest of the line after a value must be spaces and an optional comment (after a space). */
  private endOfLine(): void {
    const start = this.content;
    this.skipSpaces();
    // A comment starts after a space; "#" right after a value is not one.
    if (
      this.text.charCodeAt(this.content) === HASH &&
      this.content === start &&
      this.text.charCodeAt(start - 1) !== SPACE
    )
      fail();
    if (!this.atLineEnd()) fail();
    this.nextLine();
  }

  private startsMarker(marker: string): boolean {
    if (this.content !== this.line || !this.text.startsWith(marker, this.content)) return false;
    const c = this.text.charCodeAt(this.content + 3);
    return this.content + 3 >= this.length || c === SPACE || c === LF || c === CR || c === TAB;
  }

  private expectEnd(): void {
    this.skipToContent();
    if (this.content < this.length && !this.startsMarker("...")) fail();
  }

  private isSequenceItem(): boolean {
    if (this.text.charCodeAt(this.content) !== DASH) return false;
    const c = this.text.charCodeAt(this.content + 1);
    return this.content + 1 >= this.length || c === SPACE || c === LF || c === CR;
  }

  // ---------------------------------------------------------------------------------------------
  // Blocks

  /**
   * A block collection whose first entry starts at this.content, at column indent; a sequence
   * that is a mapping value at its key's indentation ends at the next key.
   */
  private block(indent: number, atKey = false): unknown {
    if (++this.depth > this.options.maxDepth) fail();
    const value = this.isSequenceItem() ? this.sequence(indent, atKey) : this.mapping(indent);
    this.depth -= 1;
    return value;
  }

  private sequence(indent: number, atKey: boolean): unknown[] {
    const items: unknown[] = [];
    for (;;) {
      // At "-" in column indent.
      this.content += 1;
      this.skipSpaces();
      if (this.atLineEnd()) {
        this.nextLine();
        const item = this.nested(indent, false);
        // An empty item: js-yaml and YAML disagree on what a less indented item after it is in.
        if (item === null) fail();
        items.push(item);
      } else {
        items.push(this.entryValue(indent, this.column()));
      }
      this.skipToContent();
      if (this.content >= this.length || this.startsMarker("...")) return items;
      const column = this.column();
      if (column < indent || (atKey && column === indent && !this.isSequenceItem())) return items;
      if (column > indent || !this.isSequenceItem()) fail();
    }
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (;;) {
      // At a key in column indent (the first may follow "- " on its line).
      const key = this.key();
      this.skipSpaces();
      let value: unknown;
      if (this.atLineEnd()) {
        this.nextLine();
        value = this.nested(indent, true);
      } else {
        value = this.inlineValue(indent);
      }
      setKey(map, key, value);
      this.skipToContent();
      if (this.content >= this.length || this.startsMarker("...")) return map;
      const column = this.column();
      if (column < indent) return map;
      if (column > indent || this.isSequenceItem()) fail();
    }
  }

  /**
   * The value on the lines after a key or dash with nothing after it: a more indented block, a
   * sequence at the key's own indentation (`key:` then `- item`), or null.
   */
  private nested(indent: number, afterKey: boolean): unknown {
    this.skipToContent();
    if (this.content >= this.length || this.startsMarker("---") || this.startsMarker("...")) return null;
    const column = this.column();
    if (column > indent) return this.block(column);
    if (afterKey && column === indent && this.isSequenceItem()) return this.block(column, true);
    return null;
  }

  /** What follows "- " on a line: a compact mapping, a nested sequence, or a value. */
  private entryValue(indent: number, column: number): unknown {
    if (this.isSequenceItem()) return this.block(column);
    if (this.looksLikeKey()) return this.block(column);
    return this.inlineValue(indent);
  }

  /** Whether the text at this.content is a mapping key (a plain or quoted scalar then ": "). */
  private looksLikeKey(): boolean {
    const c = this.text.charCodeAt(this.content);
    if (c === DOUBLE_QUOTE || c === QUOTE) {
      const end = this.quotedEnd(this.content);
      return end > 0 && this.text.charCodeAt(end) === COLON && this.isValueSeparator(end + 1);
    }
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return false;
    for (let i = this.content; i < this.length; i++) {
      const d = this.text.charCodeAt(i);
      if (d === LF || d === CR) return false;
      if (d === COLON && this.isValueSeparator(i + 1)) return true;
      if (d === HASH && this.text.charCodeAt(i - 1) === SPACE) return false;
    }
    return false;
  }

  private isValueSeparator(offset: number): boolean {
    const c = this.text.charCodeAt(offset);
    return offset >= this.length || c === SPACE || c === LF || c === CR;
  }

  /** A mapping key and its colon; this.content is left after the colon. */
  private key(): string {
    const start = this.content;
    const c = this.text.charCodeAt(start);
    let key: string;
    if (c === DOUBLE_QUOTE || c === QUOTE) {
      const end = this.quotedEnd(start);
      if (end < 0) fail();
      key = this.quoted(start, end);
      this.content = end;
    } else {
      if (c < 128 && (INDICATOR_FIRST[c] === 1 || c === OPEN_BRACKET || c === OPEN_BRACE || c === DASH)) {
        // "-" starts a plain scalar only before a non-space ("-x"); a key "-x" is rare: leave it.
        fail();
      }
      let i = start;
      for (; i < this.length; i++) {
        const d = this.text.charCodeAt(i);
        if (d === COLON && this.isValueSeparator(i + 1)) break;
        if (d === LF || d === CR || d === TAB) fail();
        if (d === HASH && this.text.charCodeAt(i - 1) === SPACE) fail();
      }
      let end = i;
      while (end > start && this.text.charCodeAt(end - 1) === SPACE) end -= 1;
      if (end === start) fail();
      const text = this.text.slice(start, end);
      const value = plainValue(text);
      key = typeof value === "string" ? this.options.share(value) : String(value);
      this.content = i;
    }
    if (this.text.charCodeAt(this.content) !== COLON || !this.isValueSeparator(this.content + 1)) fail();
    this.content += 1;
    return key;
  }

  // ---------------------------------------------------------------------------------------------
  // Values on a line

  /** A value that starts on the current line after a key or dash; the line is then consumed. */
  private inlineValue(indent: number): unknown {
    const c = this.text.charCodeAt(this.content);
    if (c === PIPE) return this.literal(indent);
    if (c === GREATER) fail();
    if (c === DOUBLE_QUOTE || c === QUOTE) {
      const end = this.quotedEnd(this.content);
      if (end < 0) fail();
      const value = this.quoted(this.content, end);
      this.content = end;
      this.endOfLine();
      return value;
    }
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++this.depth > this.options.maxDepth) fail();
      const value = this.flow();
      this.depth -= 1;
      this.endOfLine();
      return value;
    }
    if (c < 128 && INDICATOR_FIRST[c] === 1) fail();
    // "key: - a" and "key: : a" are not scalars.
    if (this.isSequenceItem() || (c === COLON && this.isValueSeparator(this.content + 1))) fail();
    return this.plain();
  }

  /** A plain scalar to the end of its line (or a comment). */
  private plain(): unknown {
    const start = this.content;
    let i = start;
    for (; i < this.length; i++) {
      const d = this.text.charCodeAt(i);
      if (d === LF || d === CR) break;
      if (d === HASH && this.text.charCodeAt(i - 1) === SPACE) break;
      if (d === COLON && this.isValueSeparator(i + 1)) fail();
      if (d === TAB) fail();
    }
    let end = i;
    while (end > start && this.text.charCodeAt(end - 1) === SPACE) end -= 1;
    this.content = i;
    // A more indented line after it would continue the scalar: the block loops leave that to js-yaml.
    this.endOfLine();
    const value = plainValue(this.text.slice(start, end));
    return typeof value === "string" ? this.options.share(value) : value;
  }

  /** The offset after the closing quote of a quoted scalar on one line, or -1. */
  private quotedEnd(start: number): number {
    const quote = this.text.charCodeAt(start);
    for (let i = start + 1; i < this.length; i++) {
      const d = this.text.charCodeAt(i);
      if (d === LF || d === CR) return -1;
      if (quote === DOUBLE_QUOTE && d === 92) {
        i += 1;
        continue;
      }
      if (d === quote) {
        if (quote === QUOTE && this.text.charCodeAt(i + 1) === QUOTE) {
          i += 1;
          continue;
        }
        return i + 1;
      }
    }
    return -1;
  }

  private quoted(start: number, end: number): string {
    const inner = this.text.slice(start + 1, end - 1);
    if (this.text.charCodeAt(start) === QUOTE)
      return this.options.share(inner.includes("''") ? inner.replace(/''/g, "'") : inner);
    if (!inner.includes("\\")) {
      if (inner.includes("\t")) return inner;
      return this.options.share(inner);
    }
    // JSON's escapes are YAML's too; YAML's others (\x, \e, \N, ...) are js-yaml's job.
    if (/\\[^"\\/bfnrtu]/.test(inner)) fail();
    try {
      return JSON.parse(`"${inner}"`) as string;
    } catch {
      return fail();
    }
  }

  /** A literal block scalar (`|`, `|-`, `|+`) at this.content; its lines follow, more indented than indent. */
  private literal(indent: number): string {
    let chomping: "clip" | "strip" | "keep" = "clip";
    this.content += 1;
    const c = this.text.charCodeAt(this.content);
    if (c === DASH) {
      chomping = "strip";
      this.content += 1;
    } else if (c === 43) {
      chomping = "keep";
      this.content += 1;
    }
    // An indentation indicator or anything else in the header: js-yaml's job.
    this.endOfLine();
    const lines: string[] = [];
    let blockIndent = -1;
    let trailingEmpty = 0;
    for (;;) {
      if (this.line >= this.length) break;
      let i = this.line;
      while (this.text.charCodeAt(i) === SPACE) i += 1;
      const d = this.text.charCodeAt(i);
      const lf = this.text.indexOf("\n", this.line);
      const lineEnd = lf < 0 ? this.length : lf;
      const contentEnd = lineEnd > this.line && this.text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
      if (d === TAB && (blockIndent < 0 || i - this.line < blockIndent)) fail();
      if (i >= contentEnd) {
        // An empty line is part of the scalar unless the block ends; a line of spaces only before
        // the first content line sets rules of its own: js-yaml's job.
        if (blockIndent < 0 && contentEnd > this.line) fail();
        if (blockIndent >= 0 && i - this.line > blockIndent) {
          lines.push(this.text.slice(this.line + blockIndent, contentEnd));
          trailingEmpty = 0;
        } else {
          lines.push("");
          trailingEmpty += 1;
        }
        this.line = lf < 0 ? this.length : lf + 1;
        continue;
      }
      const column = i - this.line;
      if (blockIndent < 0) {
        if (column <= indent) break;
        blockIndent = column;
      } else if (column < blockIndent) {
        break;
      }
      lines.push(this.text.slice(this.line + blockIndent, contentEnd));
      trailingEmpty = 0;
      this.line = lf < 0 ? this.length : lf + 1;
    }
    this.content = this.line;
    const body = lines.slice(0, lines.length - trailingEmpty);
    if (body.length === 0) fail();
    // Trailing empty lines: kept for |+, one line break for |, none for |-.
    let text = body.join("\n");
    if (chomping === "keep") text += "\n".repeat(1 + trailingEmpty);
    else if (chomping === "clip") text += "\n";
    return text;
  }

  /** A flow collection on one line: `[a, "b", {c: d}]`, `{}`; this.content is left after it. */
  private flow(): unknown {
    const open = this.text.charCodeAt(this.content);
    const close = open === OPEN_BRACKET ? CLOSE_BRACKET : CLOSE_BRACE;
    this.content += 1;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    this.flowSpaces();
    if (this.text.charCodeAt(this.content) === close) {
      this.content += 1;
      return open === OPEN_BRACKET ? list : map;
    }
    for (;;) {
      if (open === OPEN_BRACKET) {
        list.push(this.flowNode(close, false));
      } else {
        const key = this.flowNode(close, true);
        if (typeof key !== "string") fail();
        this.flowSpaces();
        if (this.text.charCodeAt(this.content) !== COLON) fail();
        this.content += 1;
        this.flowSpaces();
        const d = this.text.charCodeAt(this.content);
        setKey(map, key, d === COMMA || d === close ? null : this.flowNode(close, false));
      }
      this.flowSpaces();
      const d = this.text.charCodeAt(this.content);
      this.content += 1;
      if (d === close) return open === OPEN_BRACKET ? list : map;
      if (d !== COMMA) fail();
      this.flowSpaces();
      // A trailing comma before the end is allowed.
      if (this.text.charCodeAt(this.content) === close) {
        this.content += 1;
        return open === OPEN_BRACKET ? list : map;
      }
    }
  }

  private flowSpaces(): void {
    let c = this.text.charCodeAt(this.content);
    while (c === SPACE) c = this.text.charCodeAt(++this.content);
    if (c === TAB || c === LF || c === CR || c === HASH || this.content >= this.length) fail();
  }

  /** A scalar or nested collection in a flow collection; a key when asKey (a plain key's value is its string). */
  private flowNode(close: number, asKey: boolean): unknown {
    const c = this.text.charCodeAt(this.content);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (asKey) fail();
      if (++this.depth > this.options.maxDepth) fail();
      const value = this.flow();
      this.depth -= 1;
      return value;
    }
    if (c === DOUBLE_QUOTE || c === QUOTE) {
      const end = this.quotedEnd(this.content);
      if (end < 0) fail();
      const value = this.quoted(this.content, end);
      this.content = end;
      // A quoted entry in a sequence followed by ":" is a one-pair mapping: js-yaml's job.
      if (!asKey && this.text.charCodeAt(this.content) === COLON) fail();
      return value;
    }
    if (c < 128 && INDICATOR_FIRST[c] === 1) fail();
    const start = this.content;
    let i = start;
    for (; i < this.length; i++) {
      const d = this.text.charCodeAt(i);
      if (
        d === COMMA ||
        d === close ||
        d === CLOSE_BRACKET ||
        d === CLOSE_BRACE ||
        d === OPEN_BRACKET ||
        d === OPEN_BRACE
      )
        break;
      if (d === COLON) {
        const e = this.text.charCodeAt(i + 1);
        if (e === SPACE || e === COMMA || e === close) break;
      }
      if (d === LF || d === CR || d === TAB) fail();
      if (d === HASH && this.text.charCodeAt(i - 1) === SPACE) fail();
    }
    let end = i;
    while (end > start && this.text.charCodeAt(end - 1) === SPACE) end -= 1;
    if (end === start) fail();
    this.content = i;
    // A plain entry of a sequence followed by ": " is a one-pair mapping: js-yaml's job.
    if (!asKey && this.text.charCodeAt(i) === COLON) fail();
    const value = plainValue(this.text.slice(start, end));
    if (asKey) return typeof value === "string" ? this.options.share(value) : String(value);
    return typeof value === "string" ? this.options.share(value) : value;
  }
}
