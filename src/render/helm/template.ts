/**
 * A Helm template file read line by line for locating: which lines write text of their own
 * (and as what pattern), which only steer the flow, which write the output of a helper or of
 * `toYaml`, where `range` loops are, and what `.` and the variables mean at each action.
 */
import {
  lexActions,
  readExpression,
  writesLines,
  type Action,
  type Expression,
  type Ref,
  type RefSegment,
  type Scope,
} from "./actions.js";

/** An action that writes text, with what it reads in its scope. */
export interface Output {
  action: Action;
  expression: Expression;
  /** 0-based columns of the action on its line (end exclusive; the line's end if the action continues). */
  column: number;
  endColumn: number;
}

export interface LinePattern {
  /** Matches the rendered line (trailing whitespace removed); output actions are its groups, in order. */
  regex: RegExp;
  outputs: Output[];
  /** Only literal text: the rendered line is the same text. */
  literal: boolean;
  /** The line starts with `{{-`: its text continues the previous rendered line. */
  joinsPrevious: boolean;
  /** Literal characters other than spaces: how telling a match is. */
  literalChars: number;
}

export interface TemplateLine {
  /** 0-based. */
  index: number;
  text: string;
  /**
   * content: writes a line of its own; emitter: writes only what its action writes (zero or more
   * lines); control: writes nothing (flow, assignments, comments, blank, inside a define);
   * separator: `---` between documents.
   */
  kind: "content" | "emitter" | "control" | "separator";
  pattern?: LinePattern;
  /** The action whose output continues on the rendered lines that follow, indented at least minIndent. */
  emitter?: Output & { minIndent: number };
}

export interface RangeBlock {
  id: number;
  /** What it ranges over. */
  over: Ref;
  /** Lines of the `range` action and of its `end`. */
  open: number;
  end: number;
}

export interface TemplateModel {
  lines: TemplateLine[];
  ranges: RangeBlock[];
  /** Line ranges [from, to) between `---` separators: each writes its own documents. */
  parts: Array<{ from: number; to: number }>;
}

interface Frame {
  kind: "root" | "if" | "with" | "range" | "define";
  dot: Ref;
  /** The dot outside: an `else` branch of with/range sees it again. */
  outer: Ref;
  vars: Map<string, Ref>;
  range?: { id: number; open: Action };
  open: Action | undefined;
}

function scopeOf(frames: readonly Frame[]): Scope {
  const snapshot = [...frames];
  const top = snapshot[snapshot.length - 1];
  return {
    dot: top?.dot,
    variable: (name) => {
      for (let k = snapshot.length - 1; k >= 0; k--) {
        const frame = snapshot[k] as Frame;
        if (frame.vars.has(name)) return frame.vars.get(name);
      }
      return undefined;
    },
  };
}

function element(over: Ref, id: number, key = false): Ref {
  if (!over || "root" in over) return undefined;
  const iteration: RefSegment = key ? { iteration: id, key: true } : { iteration: id };
  return { values: [...over.values, iteration] };
}

export function analyseTemplate(text: string): TemplateModel {
  const actions = lexActions(text);
  const frames: Frame[] = [{ kind: "root", dot: { root: true }, outer: undefined, vars: new Map(), open: undefined }];
  const expressions = new Map<Action, Expression>();
  const ranges: Array<{ id: number; over: Ref; open: Action; end?: Action }> = [];
  /** Text between a define's action and its end is a definition, not output. */
  const defined: Array<[number, number]> = [];
  for (const action of actions) {
    const top = frames[frames.length - 1] as Frame;
    const scope = scopeOf(frames);
    if (action.kind === "assign") {
      const expression = readExpression(action.body, scope);
      for (const name of expression.declares) top.vars.set(name, expression.refs[0]);
    } else if (action.kind === "output") {
      expressions.set(action, readExpression(action.body, scope));
      if (action.keyword === "block") frames.push(newFrame("define", undefined, top, action));
    } else if (action.kind === "control") {
      switch (action.keyword) {
        case "if":
          frames.push(newFrame("if", top.dot, top, action));
          break;
        case "with": {
          const expression = readExpression(action.body, scope);
          const frame = newFrame("with", expression.refs[0], top, action);
          for (const name of expression.declares) frame.vars.set(name, expression.refs[0]);
          frames.push(frame);
          break;
        }
        case "range": {
          const expression = readExpression(action.body, scope);
          const id = ranges.length;
          const over = expression.refs[0];
          ranges.push({ id, over, open: action });
          const item = element(over, id);
          const frame = newFrame("range", item, top, action);
          frame.range = { id, open: action };
          // `range $e := x` names the element; `range $k, $e := x` the key (located at its element) and the element.
          const [first, second] = expression.declares;
          if (second !== undefined && first !== undefined) {
            frame.vars.set(first, element(over, id, true));
            frame.vars.set(second, item);
          } else if (first !== undefined) frame.vars.set(first, item);
          frames.push(frame);
          break;
        }
        case "define":
          frames.push(newFrame("define", undefined, top, action));
          break;
        case "else":
          if (top.kind === "with" || top.kind === "range") {
            if (action.elseOf === "with") top.dot = readExpression(action.body, scope).refs[0];
            else top.dot = top.outer;
          }
          break;
        case "end": {
          if (frames.length > 1) frames.pop();
          if (top.kind === "define" && top.open) defined.push([top.open.end, action.start]);
          if (top.range) {
            const block = ranges[top.range.id];
            if (block) block.end = action;
          }
          break;
        }
        default:
          break;
      }
    }
  }
  const lines = describeLines(text, actions, expressions, defined);
  const lineOf = lineIndexer(text);
  const blocks: RangeBlock[] = [];
  for (const r of ranges)
    if (r.end) blocks.push({ id: r.id, over: r.over, open: lineOf(r.open.start), end: lineOf(r.end.start) });
  const parts: Array<{ from: number; to: number }> = [];
  let from = 0;
  lines.forEach((line, k) => {
    if (line.kind !== "separator") return;
    parts.push({ from, to: k });
    from = k + 1;
  });
  parts.push({ from, to: lines.length });
  return { lines, ranges: blocks, parts };
}

function newFrame(kind: Frame["kind"], dot: Ref, outer: Frame, open: Action): Frame {
  return { kind, dot, outer: outer.dot, vars: new Map(), open };
}

function lineIndexer(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const escape = (s: string) => s.replace(ESCAPE, "\\$&");

/** One piece of a line: literal text, or (part of) an action; from is its offset in the template. */
type Piece = { text: string; from: number } | { action: Action; from: number; column: number; endColumn: number };

function describeLines(
  text: string,
  actions: readonly Action[],
  expressions: ReadonlyMap<Action, Expression>,
  defined: ReadonlyArray<[number, number]>,
): TemplateLine[] {
  const isDefined = (offset: number) => defined.some(([a, b]) => offset >= a && offset < b);
  const lines: TemplateLine[] = [];
  let offset = 0;
  let next = 0; // first action that may touch the current line
  text.split("\n").forEach((rawLine, index) => {
    const lineText = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    const start = offset;
    const end = start + lineText.length;
    offset += rawLine.length + 1;
    while (next < actions.length && (actions[next] as Action).end <= start) next += 1;
    const pieces: Piece[] = [];
    let at = start;
    for (let k = next; k < actions.length; k++) {
      const action = actions[k] as Action;
      if (action.start >= end) break;
      if (action.start > at) pieces.push({ text: text.slice(at, action.start), from: at });
      const from = Math.max(action.start, start);
      pieces.push({ action, from, column: from - start, endColumn: Math.min(action.end, end) - start });
      at = Math.min(action.end, end);
    }
    if (at < end) pieces.push({ text: text.slice(at, end), from: at });
    // Text inside a define is a definition: the line writes only what lies outside it.
    const live = pieces.filter((p) => !isDefined(p.from));
    lines.push(describeLine(index, lineText, start, live, expressions));
  });
  return lines;
}

function describeLine(
  index: number,
  text: string,
  start: number,
  pieces: Piece[],
  expressions: ReadonlyMap<Action, Expression>,
): TemplateLine {
  const control: TemplateLine = { index, text, kind: "control" };
  const literal = pieces.flatMap((p) => ("text" in p ? [p.text] : [])).join("");
  const outputs: Output[] = [];
  for (const p of pieces) {
    if ("text" in p) continue;
    const expression = expressions.get(p.action);
    // An action that started on an earlier line is that line's.
    if (expression && p.action.start >= start)
      outputs.push({ action: p.action, expression, column: p.column, endColumn: p.endColumn });
  }
  const last = outputs[outputs.length - 1];
  if (literal.trim() === "") {
    if (!last) return control;
    const first = pieces[0];
    const leading = first && "text" in first ? first.text.length : 0;
    const minIndent = last.expression.indent ?? (last.action.trimLeft ? 0 : leading);
    return { index, text, kind: "emitter", emitter: { ...last, minIndent } };
  }
  if (/^---(?:\s|$)/.test(literal) && outputs.length === 0 && pieces.every((p) => "text" in p)) {
    return { index, text, kind: "separator" };
  }
  const line: TemplateLine = { index, text, kind: "content", pattern: linePattern(pieces, outputs) };
  if (last && writesLines(last.expression)) {
    const indent = text.length - text.trimStart().length;
    line.emitter = { ...last, minIndent: last.expression.indent ?? indent + 1 };
  }
  return line;
}

function linePattern(pieces: Piece[], outputs: Output[]): LinePattern {
  const hasControl = pieces.some((p) => "action" in p && p.action.kind !== "output");
  let source = "";
  let literalChars = 0;
  const first = pieces[0];
  const joinsPrevious =
    first !== undefined &&
    ("action" in first ? first.action.trimLeft : first.text.trim() === "" && startsWithTrim(pieces[1]));
  pieces.forEach((piece, k) => {
    if ("action" in piece) {
      if (piece.action.kind === "output" && outputs.some((o) => o.action === piece.action)) source += "(.*?)";
      else if (piece.action.kind === "output") source += ".*?";
      return;
    }
    let t = piece.text;
    const before = pieces[k - 1];
    const after = pieces[k + 1];
    if (before && "action" in before && before.action.trimRight) t = t.trimStart();
    if (after && "action" in after && after.action.trimLeft) t = t.trimEnd();
    if (!after) t = t.trimEnd();
    if (t === "") return;
    literalChars += t.trim().length;
    const escaped = escape(t);
    source += hasControl && k > 0 ? `(?:${escaped})?` : escaped;
  });
  const literal = outputs.length === 0 && !hasControl && !joinsPrevious;
  return {
    regex: new RegExp(`${joinsPrevious ? "^.*?" : "^"}${source}$`, "d"),
    outputs,
    literal,
    joinsPrevious,
    literalChars,
  };
}

function startsWithTrim(piece: Piece | undefined): boolean {
  return piece !== undefined && "action" in piece && piece.action.trimLeft;
}
