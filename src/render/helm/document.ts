/**
 * A document `helm template` wrote, and the way back from a place in it to the chart's files:
 * the values file line that sets the value when the template takes it from `.Values`, else the
 * template line that wrote it, else the document's first line in the template.
 */
import { readFileSync } from "node:fs";
import { resolve, sep } from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { PathSegment, Region } from "../../core/findings.js";
import type { YamlDocument } from "../../load/yaml.js";
import { callsTemplate, type RefSegment } from "./actions.js";
import { align, type AlignHints, type Alignment, type LineOrigin } from "./align.js";
import type { ChartNode } from "./plan.js";
import type { Output, RangeBlock, TemplateLine, TemplateModel } from "./template.js";
import type { ValuesChain } from "./values.js";
import { isObject } from "../../core/json.js";

/** Where a place in a rendered document is written in the repository. */
export interface HelmLocation {
  /** Absolute path: a values file, a template, or Chart.yaml. */
  file: string;
  region: Region;
  /** values: the line that sets the value; template: the template line that wrote it; chart: nothing closer is known. */
  from: "values" | "template" | "chart";
}

/** A text embedded in a rendered document (a zowe.yaml in a ConfigMap), and the way from its regions to the chart's files. */
export interface HelmEmbedded {
  text: string;
  locate(region: Region): HelmLocation;
}

export interface RenderedDocument {
  /** The document's value as parsed (a Kubernetes object, or a List of them). */
  readonly value: unknown;
  /** Absolute path of the template file that wrote it (for a packaged subchart, the archive). */
  readonly template: string;
  /** Where a path of the value is written; a path that does not exist at its nearest existing ancestor (path: the part found). */
  locate(path: readonly PathSegment[]): HelmLocation & { path: PathSegment[] };
  /** The string at path if it is a literal block scalar (`|`): its text and where its regions are written. */
  embedded(path: readonly PathSegment[]): HelmEmbedded | undefined;
}

/** What the documents of one render share. */
export interface RenderContext {
  /** The chart the document's template belongs to. */
  chart: ChartNode;
  /** Chart.yaml of the chart that was rendered, where anything without a better place is reported. */
  chartFile: string;
  values: ValuesChain;
  /** The template's text read for locating, once per template (a member of a packaged subchart by its name in the archive). */
  model(template: string, member?: string): TemplateModel | undefined;
  /**
   * For a packaged subchart (charts/*.tgz): where its lines are reported, since the archive is
   * no text to point into: the parent's Chart.yaml entry that names the dependency.
   */
  packaged?: HelmLocation;
}

const WHOLE_LINE = (line: number): Region => ({ line, column: 1, endLine: line, endColumn: 1 });

function trimmedRegion(line: TemplateLine): Region {
  const start = line.text.length - line.text.trimStart().length;
  const end = line.text.trimEnd().length;
  return { line: line.index + 1, column: start + 1, endLine: line.index + 1, endColumn: Math.max(end, start + 1) + 1 };
}

function isHeader(line: string): boolean {
  return line.startsWith("# Source: ") || /^---\s*$/.test(line);
}

/**
 * Maps regions of one rendered document's text (its segment of the output, `# Source` header
 * included) to the chart's files. Also used for a segment that did not parse.
 */
export class SegmentMapper {
  private aligned?: { alignment: Alignment; part: { from: number; to: number } } | null;

  constructor(
    readonly template: string,
    private readonly lines: readonly string[],
    private readonly context: RenderContext,
    /** The documents before this one from the same template, in output order. */
    private readonly earlier: readonly SegmentMapper[],
    /** The template's name inside a packaged subchart (template is then the archive). */
    private readonly member?: string,
  ) {}

  private get model(): TemplateModel | undefined {
    return this.context.model(this.template, this.member);
  }

  /**
   * The template part that wrote this document (its lines between `---`): the one whose own
   * lines match best (what its actions write is alike in many parts), then the best alignment.
   */
  private choosePart(): { alignment: Alignment; part: { from: number; to: number } } | null {
    const model = this.model;
    if (!model) return null;
    let best: { alignment: Alignment; part: { from: number; to: number } } | null = null;
    for (const part of model.parts) {
      const alignment = align(model, part, this.lines, (r) => isHeader(this.lines[r] ?? ""), new Map(), this.hints);
      const better =
        !best ||
        alignment.written > best.alignment.written ||
        (alignment.written === best.alignment.written && alignment.score > best.alignment.score);
      if (better) best = { alignment, part };
    }
    return best;
  }

  /**
   * The part and alignment. A part inside a `range` writes one document per item (some items
   * may write none, under an `if`): the item is the one whose values the document's text shows
   * (its key as a name, its scalars), else the count of earlier documents from the same part.
   */
  private alignment(): { alignment: Alignment; part: { from: number; to: number } } | null {
    if (this.aligned !== undefined) return this.aligned;
    const chosen = this.choosePart();
    const model = this.model;
    if (chosen && model) {
      const enclosing = model.ranges.filter((r) => r.open < chosen.part.from && r.end >= chosen.part.from);
      if (enclosing.length > 0) {
        const ordinal = this.earlier.filter((e) => e.alignment()?.part.from === chosen.part.from).length;
        const outer = new Map<number, number>();
        for (const range of enclosing) outer.set(range.id, this.itemOf(range, model, chosen.alignment, outer, ordinal));
        chosen.alignment = align(
          model,
          chosen.part,
          this.lines,
          (r) => isHeader(this.lines[r] ?? ""),
          outer,
          this.hints,
        );
      }
    }
    this.aligned = chosen;
    return chosen;
  }

  private readonly shown = new Map<string, Set<string>>();

  private readonly hints: AlignHints = {
    count: (range, iterations) => {
      const values = this.context.values;
      const over = range.over && "values" in range.over ? values.resolve(range.over.values, iterations) : undefined;
      const collection = over ? values.valueAt(over) : undefined;
      if (Array.isArray(collection)) return collection.length;
      if (isObject(collection)) return Object.keys(collection).length;
      // Unset: the template may range over a default (`| default list`) the values do not show.
      return collection === null ? 0 : undefined;
    },
    shows: (line, iterations, rendered) => {
      const emitter = line.emitter;
      if (emitter?.expression.file !== undefined) return this.fileLines(emitter.expression.file)?.has(rendered.trim());
      if (!emitter || callsTemplate(emitter.expression) || !emitter.expression.refs.some((r) => r && "values" in r))
        return undefined;
      const key = `${line.index} ${[...iterations].join(",")}`;
      let words = this.shown.get(key);
      if (!words) {
        words = new Set();
        for (const ref of emitter.expression.refs) {
          const path = ref && "values" in ref ? this.context.values.resolve(ref.values, iterations) : undefined;
          if (path) collectWords(this.context.values.valueAt(path), words);
        }
        this.shown.set(key, words);
      }
      return words.has(lineWord(rendered));
    },
  };

  private readonly chartFiles = new Map<string, Set<string> | undefined>();

  /** A file of the chart by the name `.Files.Get` gives it; nothing outside the chart (Helm's .Files holds only its files). */
  private chartFile(name: string): string | undefined {
    const dir = this.context.chart.dir;
    const file = resolve(dir, name);
    return !this.context.chart.archive && file.startsWith(dir + sep) ? file : undefined;
  }

  /** The trimmed lines of a chart file that `.Files.Get` reads. */
  private fileLines(name: string): Set<string> | undefined {
    if (!this.chartFiles.has(name)) {
      let lines: Set<string> | undefined;
      const file = this.chartFile(name);
      if (file) {
        try {
          lines = new Set(
            readFileSync(file, "utf8")
              .split("\n")
              .map((l) => l.trim()),
          );
        } catch {
          lines = undefined;
        }
      }
      this.chartFiles.set(name, lines);
    }
    return this.chartFiles.get(name);
  }

  private itemOf(
    range: RangeBlock,
    model: TemplateModel,
    alignment: Alignment,
    known: ReadonlyMap<number, number>,
    ordinal: number,
  ): number {
    const values = this.context.values;
    const count = this.hints.count(range, known) ?? 0;
    let best = ordinal;
    let bestAgreement = 0;
    for (let item = 0; item < count; item++) {
      const iterations = new Map([...known, [range.id, item]]);
      let agreement = 0;
      alignment.origins.forEach((origin, r) => {
        if (origin?.kind !== "line") return;
        const outputs = model.lines[origin.line]?.pattern?.outputs ?? [];
        outputs.forEach((output, k) => {
          const span = origin.groups[k];
          if (!span) return;
          const text = (this.lines[r] ?? "")
            .slice(span[0], span[1])
            .trim()
            .replace(/^(["'])(.*)\1$/, "$2");
          for (const ref of output.expression.refs) {
            if (
              !ref ||
              !("values" in ref) ||
              !ref.values.some((s) => typeof s === "object" && s.iteration === range.id)
            )
              continue;
            if (expectedText(values, ref.values, new Map([...origin.iterations, ...iterations])) === text)
              agreement += 1;
            break;
          }
        });
      });
      if (agreement > bestAgreement) {
        best = item;
        bestAgreement = agreement;
      }
    }
    return best;
  }

  /**
   * Where a region of this segment is written. `pathAt` gives the path of the value at the
   * region, when asked: locating inside what `toYaml` wrote needs it.
   */
  locate(region: Region, pathAt: () => PathSegment[] | undefined): HelmLocation {
    const located = this.locateInChart(region, pathAt);
    const packaged = this.context.packaged;
    return packaged && located.from !== "values" ? packaged : located;
  }

  private locateInChart(region: Region, pathAt: () => PathSegment[] | undefined): HelmLocation {
    const chosen = this.alignment();
    const model = this.model;
    if (!chosen || !model) return this.chartLocation();
    const origin = chosen.alignment.origins[region.line - 1];
    const first = model.lines.slice(chosen.part.from, chosen.part.to).find((l) => l.kind === "content");
    const fallback: HelmLocation = first
      ? { file: this.template, region: trimmedRegion(first), from: "template" }
      : { file: this.template, region: WHOLE_LINE(chosen.part.from + 1), from: "template" };
    if (!origin) return fallback;
    if (origin.kind === "unexplained") {
      const previous = origin.previous !== undefined ? model.lines[origin.previous] : undefined;
      return previous ? { file: this.template, region: trimmedRegion(previous), from: "template" } : fallback;
    }
    const line = model.lines[origin.line];
    if (!line) return fallback;
    if (origin.kind === "line") return this.fromLine(line, origin, region) ?? fallback;
    return this.fromEmitter(line, origin, region, pathAt) ?? fallback;
  }

  private chartLocation(): HelmLocation {
    return { file: this.context.chartFile, region: WHOLE_LINE(1), from: "chart" };
  }

  /** A rendered line a content line wrote: the values line of an output under the region, else the template columns. */
  private fromLine(line: TemplateLine, origin: Extract<LineOrigin, { kind: "line" }>, region: Region): HelmLocation {
    const pattern = line.pattern;
    const renderedLine = this.lines[region.line - 1] ?? "";
    const start = region.column - 1;
    const end = region.endLine > region.line ? renderedLine.length : region.endColumn - 1;
    const outputs = pattern?.outputs ?? [];
    for (let k = 0; k < outputs.length; k++) {
      const span = origin.groups[k];
      const output = outputs[k] as Output;
      if (!span) continue;
      const overlaps = span[0] === span[1] ? span[0] >= start && span[0] <= end : span[0] < end && span[1] > start;
      if (!overlaps) continue;
      const at = this.valuesOf(output, origin.iterations, [[]]);
      if (at) return at;
    }
    const toTemplate = (column: number, isEnd: boolean): number => {
      let mapped = column;
      for (let k = 0; k < outputs.length; k++) {
        const span = origin.groups[k];
        const output = outputs[k] as Output;
        if (!span) continue;
        if (column >= span[1] && !(isEnd && column === span[1] && span[0] === span[1]))
          mapped = output.endColumn + (column - span[1]);
        else if (column >= span[0]) return isEnd ? output.endColumn : output.column;
      }
      return Math.min(mapped, line.text.length);
    };
    const column = toTemplate(start, false);
    const endColumn = Math.max(column + 1, toTemplate(end, true));
    return {
      file: this.template,
      region: { line: line.index + 1, column: column + 1, endLine: line.index + 1, endColumn: endColumn + 1 },
      from: "template",
    };
  }

  /** A rendered line an emitter wrote: from `toYaml .Values.x`, the values line; from a file, its line; else the action. */
  private fromEmitter(
    line: TemplateLine,
    origin: Extract<LineOrigin, { kind: "emitted" }>,
    region: Region,
    pathAt: () => PathSegment[] | undefined,
  ): HelmLocation | undefined {
    const emitter = line.emitter;
    if (!emitter) return undefined;
    const path = pathAt() ?? [];
    // The emitted text is a subtree of the values: its path there is a suffix of the rendered path.
    const suffixes = path.map((_, k) => path.slice(k));
    const values = this.valuesOf(emitter, origin.iterations, suffixes);
    if (values) return values;
    const fromFile = this.fromChartFile(emitter, origin, region);
    if (fromFile) return fromFile;
    return {
      file: this.template,
      region: {
        line: line.index + 1,
        column: emitter.column + 1,
        endLine: line.index + 1,
        endColumn: emitter.endColumn + 1,
      },
      from: "template",
    };
  }

  /** `.Files.Get "f"` (alone or through tpl): the file's line with the same text. */
  private fromChartFile(
    emitter: Output,
    origin: Extract<LineOrigin, { kind: "emitted" }>,
    region: Region,
  ): HelmLocation | undefined {
    const file = emitter.expression.file === undefined ? undefined : this.chartFile(emitter.expression.file);
    if (!file) return undefined;
    const alignment = this.aligned?.alignment;
    if (!alignment) return undefined;
    let first = region.line - 1;
    while (first > 0) {
      const before = alignment.origins[first - 1];
      if (before?.kind !== "emitted" || before.line !== origin.line) break;
      first -= 1;
    }
    let fileLines: string[];
    try {
      fileLines = readFileSync(file, "utf8").split("\n");
    } catch {
      return undefined;
    }
    const rendered = this.lines[region.line - 1] ?? "";
    const written = fileLines[region.line - 1 - first];
    if (written === undefined || written.trim() !== rendered.trim()) return undefined;
    const shift = written.length - written.trimStart().length - (rendered.length - rendered.trimStart().length);
    const line = region.line - first;
    return {
      file,
      region: {
        line,
        column: Math.max(1, region.column + shift),
        endLine: line,
        endColumn: Math.max(2, (region.endLine > region.line ? rendered.length + 1 : region.endColumn) + shift),
      },
      from: "template",
    };
  }

  /** The values line of the first of the output's `.Values` references (each extended by a suffix, longest first) that is set. */
  private valuesOf(
    output: Output,
    iterations: ReadonlyMap<number, number>,
    suffixes: PathSegment[][],
  ): HelmLocation | undefined {
    if (callsTemplate(output.expression)) return undefined;
    for (const ref of output.expression.refs) {
      if (!ref || !("values" in ref)) continue;
      const base = this.context.values.resolve(ref.values, iterations);
      if (!base) continue;
      for (const suffix of suffixes) {
        const at = this.context.values.locate([...base, ...suffix]);
        if (at) return { ...at, from: "values" };
      }
    }
    return undefined;
  }
}

export class HelmDocument implements RenderedDocument {
  constructor(
    readonly value: unknown,
    private readonly yaml: YamlDocument,
    private readonly mapper: SegmentMapper,
  ) {}

  get template(): string {
    return this.mapper.template;
  }

  locate(path: readonly PathSegment[]): HelmLocation & { path: PathSegment[] } {
    const found = this.yaml.locate(path);
    return { ...this.mapper.locate(found.region, () => found.path), path: found.path };
  }

  embedded(path: readonly PathSegment[]): HelmEmbedded | undefined {
    const inner = this.yaml.embedded(path);
    if (!inner) return undefined;
    const prefix = this.yaml.locate(path).path;
    return {
      text: inner.text,
      locate: (region) =>
        this.mapper.locate(inner.embedding(region), () => {
          const within = pathAt(inner.text, region);
          return within ? [...prefix, ...within] : undefined;
        }),
    };
  }
}

/** The key of a rendered line (`key: value`, `- key: value`), else its item (`- item`). */
function lineWord(line: string): string {
  const text = line.trim().replace(/^-\s+/, "");
  const colon = /^("[^"]*"|'[^']*'|[^:]+?):(?:\s|$)/.exec(text);
  return (colon ? (colon[1] as string) : text).replace(/^(["'])(.*)\1$/, "$2");
}

/** The keys and scalars of a values subtree, and the lines of its texts (bounded: a huge subtree needs no more to be recognised). */
function collectWords(value: unknown, into: Set<string>): void {
  const stack = [value];
  while (stack.length > 0 && into.size < 10_000) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v))
      for (const [k, child] of Object.entries(v)) {
        into.add(k);
        stack.push(child);
      }
    else if (typeof v === "string") {
      // A text written whole (tpl, a multi-line value in a block) shows its lines.
      into.add(v);
      for (const line of v.split("\n")) into.add(lineWord(line));
    } else if (v !== undefined && v !== null) into.add(String(v));
  }
}

/** The text a reference writes: a range key's name, or a scalar value. */
function expectedText(
  values: ValuesChain,
  ref: readonly RefSegment[],
  iterations: ReadonlyMap<number, number>,
): string | undefined {
  const path = values.resolve(ref, iterations);
  if (!path) return undefined;
  const last = ref[ref.length - 1];
  if (typeof last === "object" && last.key) return String(path[path.length - 1]);
  const value = values.valueAt(path);
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;
}

/** The path of the deepest node of a YAML text that starts on the region's line at or before its column. */
function pathAt(text: string, region: Region): PathSegment[] | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  const target = (counter.lineStarts[region.line - 1] ?? text.length) + region.column - 1;
  const path: PathSegment[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    let next: { segment: PathSegment; node: unknown } | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const from = (pair.key as Node).range?.[0] ?? 0;
        const to = (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range?.[1] ?? from;
        if (target >= from && target < Math.max(to, from + 1))
          next = { segment: String(pair.key.value), node: pair.value };
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as Node).range;
        if (range && target >= range[0] - 2 && target < range[1]) next = { segment: index, node: item };
      });
    }
    if (!next) return path;
    path.push(next.segment);
    node = next.node;
  }
}
