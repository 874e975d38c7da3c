/**
 * YAML and JSON files parsed with positions: every document's value for the model, and a way back
 * from a path in that value to the line and column it was written at.
 */
import { CORE_SCHEMA, load } from "js-yaml";
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  visit,
  type Document,
  type Node,
} from "yaml";
import type { PathSegment, Region } from "../core/findings.js";
import { BlockLocator } from "./block-locator.js";
import { parseBlockYaml } from "./block-parser.js";
import { describeValue, otherReadings, readZoweValue, zoweScalar } from "./zowe-scalars.js";
import { valueAt } from "../core/json.js";

export interface Located {
  region: Region;
  /** The part of the requested path that exists; shorter when the rest is missing. */
  path: PathSegment[];
}

/** Where a path is written: the file (as shown in reports) and the region in it. */
export interface Placed extends Located {
  file: string;
}

/** A string value that holds a document of its own (a zowe.yaml in a ConfigMap), and where its regions are. */
export interface Embedded {
  text: string;
  /** The file its regions are in, as shown in reports. */
  file: string;
  embedding: Embedding;
}

/**
 * A document whose paths can be found in the files: a parsed YAML document, or an object that a
 * render (Kustomize, Helm) produced from files of the repository.
 */
export interface Locatable {
  readonly value: unknown;
  place(path: readonly PathSegment[]): Placed;
  embedded(path: readonly PathSegment[]): Embedded | undefined;
}

/** What is wrong with a document: it is left out (syntax, depth) or read with a caveat (tag). */
export interface SyntaxProblem {
  kind: "syntax" | "depth" | "tag" | "yaml11";
  message: string;
  region: Region;
}

/** A document's own text in its file, for a document first read without positions. */
interface Segment {
  text: string;
  /** The file's line its text starts on. */
  line: number;
  limits: ParseLimits;
}

/**
 * One document of a file: its value and how to find its paths in the file. A document read
 * without positions follows a path through its lines (BlockLocator); where that reader gives up,
 * and for everything else that needs positions, it parses its own text with positions the first
 * time it is asked, and answers through that.
 */
export class YamlDocument implements Locatable {
  private positionedSelf?: YamlDocument | null;
  private lineReader?: BlockLocator;

  constructor(
    readonly file: SourceFile,
    readonly value: unknown,
    private readonly parsed: Document.Parsed | Segment,
  ) {}

  /** This document with positions: itself, or its segment parsed now (null if that fails). */
  private withPositions(): YamlDocument | null {
    if (!("text" in this.parsed)) return this;
    if (this.positionedSelf === undefined) {
      const { text, line, limits } = this.parsed;
      const inner = new SourceFile(this.file.path, text, limits, this.file.embedded(startingAtLine(line)), {
        known: this.value,
      });
      this.positionedSelf = inner.documents[0] ?? null;
    }
    return this.positionedSelf;
  }

  private get doc(): Document.Parsed {
    if ("text" in this.parsed) throw new Error("a document read without positions is used through withPositions()");
    return this.parsed;
  }

  /**
   * The line reader of a document read without positions, made once (its lines are typed
   * arrays: keeping one for each of 6,552 located documents cost a few MB). A large document is
   * parsed with positions instead: the reader walks its lines from the top for each path, which
   * made a 4 MiB list with a finding per item quadratic.
   */
  private get lines(): { reader: BlockLocator; toFile: Embedding } | undefined {
    if (!("text" in this.parsed) || this.parsed.text.length > LINE_READER_MAX_CHARS) return undefined;
    this.lineReader ??= new BlockLocator(this.parsed.text);
    return { reader: this.lineReader, toFile: this.file.embedded(startingAtLine(this.parsed.line)) };
  }

  locate(path: readonly PathSegment[]): Located {
    const lines = this.lines;
    const read = lines?.reader.locate(path);
    if (lines && read) return { region: lines.toFile(read.region), path: read.path };
    const positioned = this.withPositions();
    if (positioned !== this) {
      const line = "text" in this.parsed ? this.parsed.line : 1;
      return positioned
        ? positioned.locate(path)
        : { region: { line, column: 1, endLine: line, endColumn: 1 }, path: [] };
    }
    const { region, path: found } = this.walk(path);
    return { region, path: found };
  }

  place(path: readonly PathSegment[]): Placed {
    const { region, path: found } = this.locate(path);
    const { file = this.file.path, ...inFile } = region as Region & { file?: string };
    return { file, region: inFile, path: found };
  }

  /**
   * The text of a string value written as a literal block scalar (`|`, `|-`, `|+`), with the
   * position of its first content line, so that a document embedded in it (a zowe.yaml in a
   * ConfigMap) can be located line for line. Other string styles are reported at their key.
   */
  embedded(path: readonly PathSegment[]): Embedded | undefined {
    const lines = this.lines;
    const block = lines?.reader.literalBlock(path);
    const string = valueAt(this.value, path);
    const file = this.file.path;
    if (lines && block && typeof string === "string") {
      const { header, indent } = block;
      return {
        text: string,
        file,
        embedding: (r) =>
          lines.toFile({
            line: r.line + header,
            column: r.column + indent,
            endLine: r.endLine + header,
            endColumn: r.endColumn + indent,
          }),
      };
    }
    const positioned = this.withPositions();
    if (positioned !== this) return positioned?.embedded(path);
    const { node, region, path: found } = this.walk(path);
    if (found.length !== path.length || !isScalar(node) || typeof node.value !== "string") return undefined;
    const text = node.value;
    if (node.type !== "BLOCK_LITERAL" || !node.range) return { text, file, embedding: () => region };
    return { text, file, embedding: this.file.blockEmbedding(node.range[0]) };
  }

  /**
   * The document as Zowe's configuration manager reads it (zowe-common-c yaml2json): a plain
   * scalar is null (empty, ~, null), an integer (digits only, so 0777 is 777), a boolean (true/false in
   * three casings) or else a string, so `on`, `1e3`, `-1` and `7.5` are strings. Plain values that
   * other YAML readers take differently are listed, with what each reads.
   */
  readAsZowe(): { value: unknown; differences: SyntaxProblem[] } {
    // Read without positions unless a value may read otherwise elsewhere: that needs its line.
    const value = "text" in this.parsed ? readZoweValue(this.parsed.text) : undefined;
    if (value !== undefined) return { value, differences: [] };
    const positioned = this.withPositions();
    if (positioned !== this) return positioned ? positioned.readAsZowe() : { value: this.value, differences: [] };
    const differences: SyntaxProblem[] = [];
    const copy = this.doc.clone();
    visit(copy, {
      Scalar: (key, node) => {
        if (key === "key" || node.type !== "PLAIN" || typeof node.source !== "string" || node.tag) return;
        const zowe = zoweScalar(node.source);
        const others = otherReadings(node.source, node.value, zowe);
        node.value = zowe;
        if (others && node.range) {
          differences.push({
            kind: "yaml11",
            message: `Zowe reads ${node.source} as ${describeValue(zowe)}, but ${others}; quote it or write the value unambiguously`,
            region: this.file.nodeRegion(node as Node),
          });
        }
      },
    });
    return { value: copy.toJS({ maxAliasCount: DEFAULT_PARSE_LIMITS.maxAliasCount }), differences };
  }

  private walk(path: readonly PathSegment[]): Located & { node: unknown } {
    let node: unknown = this.doc.contents;
    let region = node && isCollection(node) ? this.file.nodeRegion(node) : this.file.pointRegion(this.doc.range[0]);
    const found: PathSegment[] = [];
    for (const segment of path) {
      node = this.resolveAlias(node);
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair || !isScalar(pair.key)) break;
        region = this.file.pairRegion(pair.key as Node, pair.value as Node | null);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) break;
        region = this.file.nodeRegion(item as Node);
        node = item;
      } else {
        break;
      }
      found.push(segment);
    }
    return { region, path: found, node: this.resolveAlias(node) };
  }

  private resolveAlias(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }
}

/**
 * Maps a region of an embedded text to the file that embeds it. A text whose lines come from
 * several files (a ConfigMap's zowe.yaml rendered from a Helm template and its values files)
 * also names the file of each region.
 */
export type Embedding = (region: Region) => Region & { file?: string };

/** Documents up to this size are located by reading their lines (a manifest is a few KiB). */
const LINE_READER_MAX_CHARS = 64 * 1024;

/** A document's own text, which starts on the given line of its file. */
function startingAtLine(line: number): Embedding {
  const shift = line - 1;
  return (r) => ({ line: r.line + shift, column: r.column, endLine: r.endLine + shift, endColumn: r.endColumn });
}

/** Options bounding the work one file may cause. */
export interface ParseLimits {
  /** Aliases a document may expand ("billion laughs" documents expand exponentially). */
  maxAliasCount: number;
  /** Nesting of mappings and sequences: real configuration stays far below it. */
  maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 100, maxDepth: 100 };

/** Strings up to this length are shared: repeated values are short (kinds, labels, names, images). */
const SHARED_STRING_LENGTH = 64;
/** Beyond this many different strings the table starts again, so that it stays small when little repeats. */
const SHARED_STRINGS_LIMIT = 100_000;
const sharedStrings = new Map<string, string>();

/** One instance of each equal short string. */
function share(text: string): string {
  if (text.length > SHARED_STRING_LENGTH) return text;
  const shared = sharedStrings.get(text);
  if (shared !== undefined) return shared;
  if (sharedStrings.size >= SHARED_STRINGS_LIMIT) sharedStrings.clear();
  sharedStrings.set(text, text);
  return text;
}

/**
 * Whether a parsed value nests deeper than the limit, counted without recursion (the value may
 * be hostile). The same walk makes equal short strings one string: parsers allocate a string per
 * scalar, and 20,000 manifests held 583,541 strings of which 1,751 differed.
 */
function exceedsDepthSharingStrings(value: unknown, limit: number): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== "object" || node === null) continue;
    if (depth >= limit) return true;
    const entries = node as Record<string, unknown>;
    for (const key in entries) {
      const child = entries[key];
      if (typeof child === "string") {
        if (child.length <= SHARED_STRING_LENGTH) entries[key] = share(child);
      } else if (typeof child === "object" && child !== null) {
        stack.push({ node: child, depth: depth + 1 });
      }
    }
  }
  return false;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** A document that is more than comments or an explicit null: both readers count documents so. */
function hasContent(doc: Document.Parsed): boolean {
  return doc.contents !== null && !(isScalar(doc.contents) && doc.contents.value === null);
}

/**
 * Characters that may start an anchor, an alias or a tag: such documents take the positioned
 * parser's path. Quoted scalars on one line are matched first and passed over: a CronJob schedule
 * such as "0 * * * *" is text, not an alias. (Scanning past them rather than matching a copy of
 * the text without them: 32 instead of 46-51 ms on 10,000 manifests.)
 */
const QUOTED_OR_ANCHOR_ALIAS_OR_TAG = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|(?:^|[\s[{,])[&*!][^\s]/gm;

function mayHaveAnchorsOrTags(text: string): boolean {
  for (const match of text.matchAll(QUOTED_OR_ANCHOR_ALIAS_OR_TAG)) {
    const first = match[0][0];
    if (first !== '"' && first !== "'") return true;
  }
  return false;
}

/** Document markers: a line starting with `---` or `...` ends the document before it. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/** The text of each document of a stream, with the line it starts on (YAML 1.2 splits streams at markers at column 1). */
export function splitDocuments(text: string): Array<{ text: string; line: number }> {
  const starts = [0, ...[...text.matchAll(DOCUMENT_MARKER)].map((m) => m.index).filter((i) => i > 0)];
  const segments: Array<{ text: string; line: number }> = [];
  let line = 1;
  let previous = 0;
  starts.forEach((start, i) => {
    for (let k = text.indexOf("\n", previous); k >= 0 && k < start; k = text.indexOf("\n", k + 1)) line += 1;
    previous = start;
    segments.push({ text: text.slice(start, starts[i + 1] ?? text.length), line });
  });
  return segments;
}

/**
 * A parsed file. Documents with syntax errors are left out and listed in problems.
 *
 * Positions are needed only where a finding points, so each document is first read with
 * js-yaml (several times faster than a parse that keeps every node's range, and it keeps
 * nothing but the values); a document is parsed with positions when, and if, its lines alone
 * do not answer. Anything unusual (anchors, aliases, tags, directives, errors, deep nesting)
 * takes the positioned path from the start, so limits and problems behave as one parser.
 */
export class SourceFile {
  readonly documents: YamlDocument[] = [];
  readonly problems: SyntaxProblem[] = [];
  private readonly lines: LineCounter = new LineCounter();

  constructor(
    /** The path shown in reports: relative to the working directory, with forward slashes. */
    readonly path: string,
    private readonly text: string,
    limits: ParseLimits = DEFAULT_PARSE_LIMITS,
    /** For a text embedded in another file: where its regions are in that file. */
    private readonly embedding?: Embedding,
    /**
     * Values first (by default), with positions from the start, or only positions for a text
     * whose one document's value is already read.
     */
    reading: "values first" | "positioned" | { known: unknown } = "values first",
  ) {
    if (typeof reading === "object") this.loadPositions(reading.known);
    else if (reading === "positioned" || !this.loadValues(limits)) this.loadPositioned(limits);
  }

  /** Positions for a document whose value the fast reader has read (checked there, so not again). */
  private loadPositions(value: unknown): void {
    const doc = parseAllDocuments(this.text, { lineCounter: this.lines, prettyErrors: false }).find(hasContent);
    if (doc) this.documents.push(new YamlDocument(this, value, doc));
  }

  /**
   * The fast path: values only, document by document; a document with anchors, aliases or tags
   * is parsed with positions on its own. False when the file needs the positioned parse.
   */
  private loadValues(limits: ParseLimits): boolean {
    if (/^%/m.test(this.text)) return false;
    const documents: YamlDocument[] = [];
    const problems: SyntaxProblem[] = [];
    for (const segment of splitDocuments(this.text)) {
      // Block-style documents by the reader built for them (it takes no anchor, alias or tag),
      // anything else by js-yaml, but anchors and tags by the positioned parser, which bounds
      // the aliases a document may expand.
      let value = parseBlockYaml(segment.text, { maxDepth: limits.maxDepth, share });
      if (value === undefined && mayHaveAnchorsOrTags(segment.text)) {
        const positioned = new SourceFile(
          this.path,
          segment.text,
          limits,
          this.embedded(startingAtLine(segment.line)),
          "positioned",
        );
        documents.push(...positioned.documents);
        problems.push(...positioned.problems);
        continue;
      }
      if (value === undefined) {
        try {
          value = load(segment.text, { schema: CORE_SCHEMA });
        } catch {
          return false; // the positioned parse reports the problem at its line
        }
        if (exceedsDepthSharingStrings(value, limits.maxDepth)) return false;
      }
      if (value === null || value === undefined) continue;
      documents.push(new YamlDocument(this, value, { ...segment, limits }));
    }
    this.documents.push(...documents);
    this.problems.push(...problems);
    return true;
  }

  private loadPositioned(limits: ParseLimits): void {
    const docs = parseAllDocuments(this.text, { lineCounter: this.lines, prettyErrors: false });
    // An empty stream (empty file, only comments) has no documents: nothing to check, not an error.
    for (const doc of docs) {
      if (!hasContent(doc) && doc.errors.length === 0) continue;
      const error = doc.errors[0];
      if (error) {
        this.problems.push({
          kind: "syntax",
          message: firstLine(error.message),
          region: this.pointRegion(error.pos[0]),
        });
        continue;
      }
      for (const warning of doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")) {
        this.problems.push({
          kind: "tag",
          message: `${firstLine(warning.message).replace(/ at line \d+, column \d+:?$/, "")}: read as a plain value`,
          region: this.region(warning.pos[0], warning.pos[1]),
        });
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
      } catch (e) {
        this.problems.push({
          kind: "syntax",
          message: firstLine((e as Error).message),
          region: this.pointRegion(doc.range[0]),
        });
        continue;
      }
      if (exceedsDepthSharingStrings(value, limits.maxDepth)) {
        this.problems.push({
          kind: "depth",
          message: `the document nests deeper than ${limits.maxDepth} levels; it was not checked`,
          region: this.pointRegion(doc.range[0]),
        });
        continue;
      }
      this.documents.push(new YamlDocument(this, value, doc));
    }
  }

  /** A mapping of regions in a text embedded in this file's text to regions in the file. */
  embedded(inner: Embedding): Embedding {
    const outer = this.embedding;
    return outer ? (r) => outer(inner(r)) : inner;
  }

  /** The region of a map entry: from its key to the end of a scalar value, or to the end of the key. */
  pairRegion(key: Node, value: Node | null): Region {
    const start = key.range?.[0] ?? 0;
    const end = value && isScalar(value) && value.range ? value.range[1] : (key.range?.[1] ?? start);
    return this.region(start, end);
  }

  /** A scalar's whole text; a collection's first line (its full extent would cover the whole block). */
  nodeRegion(node: Node): Region {
    const [start, end] = node.range ?? [0, 0];
    if (isScalar(node)) return this.region(start, end);
    const { line } = this.lines.linePos(start);
    return this.region(start, Math.min(end, this.endOfLine(line)));
  }

  pointRegion(offset: number): Region {
    const at = Math.min(offset, this.text.length);
    return this.region(at, at);
  }

  private region(start: number, end: number): Region {
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(Math.max(start, end));
    const region =
      to.line === from.line && to.col === from.col
        ? { line: from.line, column: from.col, endLine: from.line, endColumn: from.col + 1 }
        : { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
    return this.embedding ? this.embedding(region) : region;
  }

  /**
   * Content line k of the literal block scalar starting at offset is line (header + k) of this
   * file, indented by the block's indentation (set by its first non-empty line).
   */
  blockEmbedding(offset: number): Embedding {
    const header = this.lines.linePos(offset).line;
    let indent = 0;
    for (let line = header + 1; line <= this.lines.lineStarts.length; line++) {
      const start = this.lines.lineStarts[line - 1] ?? this.text.length;
      const text = this.text.slice(start, this.endOfLine(line));
      if (text.trim() !== "") {
        indent = text.length - text.trimStart().length;
        break;
      }
    }
    const outer = (r: Region): Region => ({
      line: r.line + header,
      column: r.column + indent,
      endLine: r.endLine + header,
      endColumn: r.endColumn + indent,
    });
    const parent = this.embedding;
    return parent ? (r) => parent(outer(r)) : outer;
  }

  /** Offset of the last character of a 1-based line, not counting its line break. */
  private endOfLine(line: number): number {
    const next = this.lines.lineStarts[line] ?? this.text.length;
    let end = next;
    while (end > 0 && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end -= 1;
    return Math.max(end, this.lines.lineStarts[line - 1] ?? 0);
  }
}
