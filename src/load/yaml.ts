/**
 * YAML and JSON files parsed with positions: every document's value for the model, and a way back
 * from a path in that value to the line and column it was written at.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from "yaml";
import type { PathSegment, Region } from "../findings.js";

export interface Located {
  region: Region;
  /** The part of the requested path that exists; shorter when the rest is missing. */
  path: PathSegment[];
}

/** Where a path of a document's value is written. */
export interface Locator {
  locate(path: readonly PathSegment[]): Located;
}

export interface SyntaxProblem {
  message: string;
  region: Region;
}

/** One document of a file: its value and how to find its paths in the file. */
export class YamlDocument implements Locator {
  constructor(
    readonly file: SourceFile,
    readonly index: number,
    readonly value: unknown,
    private readonly doc: Document.Parsed,
  ) {}

  locate(path: readonly PathSegment[]): Located {
    let node: unknown = this.doc.contents;
    let anchor = node && isCollection(node) ? this.file.nodeRegion(node) : this.file.pointRegion(this.doc.range[0]);
    const found: PathSegment[] = [];
    for (const segment of path) {
      node = this.resolveAlias(node);
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair || !isScalar(pair.key)) break;
        anchor = this.file.pairRegion(pair.key as Node, pair.value as Node | null);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) break;
        anchor = this.file.nodeRegion(item as Node);
        node = item;
      } else {
        break;
      }
      found.push(segment);
    }
    return { region: anchor, path: found };
  }

  private resolveAlias(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }
}

/** Options bounding the work one file may cause. */
export interface ParseLimits {
  maxAliasCount: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 100 };

/** A parsed file. Documents with syntax errors are left out and listed in problems. */
export class SourceFile {
  readonly documents: YamlDocument[] = [];
  readonly problems: SyntaxProblem[] = [];
  private readonly lines: LineCounter = new LineCounter();

  constructor(
    /** The path shown in reports: relative to the working directory, with forward slashes. */
    readonly path: string,
    private readonly text: string,
    limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  ) {
    const docs = parseAllDocuments(text, { lineCounter: this.lines, prettyErrors: false });
    // An empty stream (empty file, only comments) has no documents: nothing to check, not an error.
    for (const [index, doc] of docs.entries()) {
      const error = doc.errors[0];
      if (error) {
        this.problems.push({ message: error.message.split("\n")[0] ?? error.message, region: this.pointRegion(error.pos[0]) });
        continue;
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
      } catch (e) {
        this.problems.push({ message: (e as Error).message, region: this.pointRegion(doc.range[0]) });
        continue;
      }
      this.documents.push(new YamlDocument(this, index, value, doc));
    }
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
    const { line, col } = this.lines.linePos(Math.min(offset, this.text.length));
    return { line, column: col, endLine: line, endColumn: col + 1 };
  }

  private region(start: number, end: number): Region {
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(Math.max(start, end));
    if (to.line === from.line && to.col === from.col) return { line: from.line, column: from.col, endLine: from.line, endColumn: from.col + 1 };
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  /** Offset of the last character of a 1-based line, not counting its line break. */
  private endOfLine(line: number): number {
    const next = this.lines.lineStarts[line] ?? this.text.length;
    let end = next;
    while (end > 0 && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end -= 1;
    return Math.max(end, this.lines.lineStarts[line - 1] ?? 0);
  }
}
