/**
 * Which template line wrote each line of a rendered document.
 *
 * The rendered text is the template's literal text with each action replaced by its output, some
 * blocks left out (`if`, `with`) or repeated (`range`). So the template lines of one document, read
 * as a pattern over lines, match the rendered lines in order: a content line matches one rendered
 * line (its literal text, anything where it has actions), an emitter (`include ... | nindent`,
 * `toYaml`) matches any number of lines indented at least as far as it indents, a control line
 * matches none, any line may be left out, and a range's body may repeat. Dynamic programming finds
 * the alignment that explains the most lines; a rendered line nothing explains (a chomping
 * `-}}` that joins lines) is kept as unexplained, and points at the line before it.
 */
import type { RangeBlock, TemplateLine, TemplateModel } from "./template.js";

export type LineOrigin =
  | {
      kind: "line";
      /** Template line index (0-based). */
      line: number;
      /** The capture spans of the line pattern's output groups, 0-based columns in the rendered line. */
      groups: Array<[number, number] | undefined>;
      iterations: ReadonlyMap<number, number>;
    }
  | { kind: "emitted"; line: number; iterations: ReadonlyMap<number, number> }
  | { kind: "unexplained"; previous: number | undefined };

export interface Alignment {
  /** Per rendered line (0-based) of the document: where it came from; undefined for blank and header lines. */
  origins: Array<LineOrigin | undefined>;
  score: number;
  /** The score of the lines the template writes itself (not what its actions write): which part wrote a document. */
  written: number;
}

/**
 * Gains of the alignment. A line an emitter writes counts 1 whichever emitter it is given to,
 * so that a long output never pays for passing over literal lines; one the emitter's values show
 * counts double, and one they do not show a hair less, which gives lines between an include
 * and a `toYaml .Values.x` in a row to the right one.
 */
const SCORE = {
  literal: 4,
  pattern: 3,
  weakPattern: 1,
  emitted: 1,
  shown: 2,
  notShown: 0.99,
  unexplained: -1,
} as const;

/** What the values say about the template's ranges and emitters, for a better alignment. */
export interface AlignHints {
  /** The number of items a range has, when it ranges over values. */
  count(range: RangeBlock, iterations: ReadonlyMap<number, number>): number | undefined;
  /**
   * Whether the values an emitter writes (`toYaml .Values.x`) show the rendered line's key or
   * item (undefined: not an emitter of values): two emitters in a row (an include, then extra
   * labels from values) share their lines so.
   */
  shows(line: TemplateLine, iterations: ReadonlyMap<number, number>, rendered: string): boolean | undefined;
}

const NO_HINTS: AlignHints = { count: () => undefined, shows: () => undefined };

const enum Move {
  None,
  Skip,
  Enter,
  Leave,
  Back,
  Match,
  Absorb,
  Ignore,
  Unexplained,
}

function matchGain(line: TemplateLine): number {
  const pattern = line.pattern;
  if (pattern?.literal) return SCORE.literal;
  return pattern && !pattern.joinsPrevious && pattern.literalChars > 1 ? SCORE.pattern : SCORE.weakPattern;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** One template line in the pattern a part reads as: a range's body appears once per item when the item count is known. */
interface Entry {
  line: number;
  /** Iterations of the unrolled ranges around it. */
  fixed: ReadonlyMap<number, number>;
}

/**
 * The alignment's table is (rendered lines + 1) × (2 × template lines + 1) cells of 9 bytes: a
 * 3,000-line document from a 300-line template fits; beyond, the document is located at its
 * template's first line rather than risk the memory.
 */
const MAX_CELLS = 2_000_000;

/** Unrolled lines are bounded: beyond this a range's body repeats through a back edge instead. */
const MAX_ENTRIES = 4_000;

/**
 * The part's lines as a pattern. A range whose item count is known (it ranges over values) is
 * unrolled, each copy knowing its item, so that two ranges with the same body cannot trade items;
 * any other range repeats through a back edge from its end to its body.
 */
function expand(
  model: TemplateModel,
  part: { from: number; to: number },
  outer: ReadonlyMap<number, number>,
  count: AlignHints["count"],
): { entries: Entry[]; backs: Array<{ from: number; to: number; id: number }>; opens: Map<number, number> } {
  const entries: Entry[] = [];
  const backs: Array<{ from: number; to: number; id: number }> = [];
  const opens = new Map<number, number>();
  const opening = new Map<number, RangeBlock>();
  for (const r of model.ranges)
    if (r.open >= part.from && r.end < part.to && r.end > r.open && !opening.has(r.open)) opening.set(r.open, r);
  const emit = (from: number, to: number, fixed: ReadonlyMap<number, number>): void => {
    for (let t = from; t < to; t++) {
      const range = opening.get(t);
      if (!range || range.end >= to) {
        entries.push({ line: t, fixed });
        continue;
      }
      const n = count(range, fixed);
      const body = range.end - range.open - 1;
      entries.push({ line: t, fixed });
      if (n !== undefined && entries.length + n * body + (to - range.end) <= MAX_ENTRIES) {
        for (let item = 0; item < n; item++) emit(range.open + 1, range.end, new Map([...fixed, [range.id, item]]));
      } else {
        const open = entries.length - 1;
        opens.set(open, range.id);
        emit(range.open + 1, range.end, fixed);
        backs.push({ from: entries.length, to: open + 1, id: range.id });
      }
      entries.push({ line: range.end, fixed });
      t = range.end;
    }
  };
  emit(part.from, part.to, outer);
  return { entries, backs, opens };
}

/**
 * Aligns rendered lines with the template lines [from, to). `ignored` rendered lines (blank, the
 * `# Source` header) are passed over anywhere. `outer` gives the iterations of ranges that
 * enclose the whole part (a range that writes one document per item); `count` the number of
 * items a range has, when the values say.
 */
export function align(
  model: TemplateModel,
  part: { from: number; to: number },
  rendered: readonly string[],
  ignored: (line: number) => boolean,
  outer: ReadonlyMap<number, number> = new Map(),
  hints: AlignHints = NO_HINTS,
): Alignment {
  const { entries, backs, opens } = expand(model, part, outer, (r, i) => hints.count(r, i));
  const T = entries.length;
  const S = 2 * T + 1; // before(t) = 2t, in(t) = 2t + 1, end = 2T
  const R = rendered.length;
  if ((R + 1) * S > MAX_CELLS) return { origins: new Array(R).fill(undefined), score: -Infinity, written: -Infinity };
  const score = new Float32Array((R + 1) * S).fill(-Infinity);
  const from = new Int32Array((R + 1) * S).fill(-1);
  const move = new Uint8Array((R + 1) * S);
  const lines = entries.map((e) => model.lines[e.line]);
  const trimmed = rendered.map((l) => l.trimEnd());
  // Whether a template line matches a rendered line: 0 not known yet, 1 no, 2 yes (an unrolled range repeats lines).
  const matches = new Uint8Array((part.to - part.from) * R);
  const execOf = (t: number, r: number): RegExpExecArray | null => {
    const line = lines[t];
    const pattern = line?.pattern;
    const text = trimmed[r] ?? "";
    if (!line || !pattern) return null;
    if (pattern.literal)
      return line.text.trimEnd() === text
        ? (Object.assign([text], { index: 0, input: text }) as RegExpExecArray)
        : null;
    return pattern.regex.exec(text);
  };
  const matchOf = (t: number, r: number): boolean => {
    const key = ((lines[t]?.index ?? part.from) - part.from) * R + r;
    if (matches[key] === 0) matches[key] = execOf(t, r) ? 2 : 1;
    return matches[key] === 2;
  };
  const relax = (r: number, to: number, value: number, prev: number, how: Move): boolean => {
    const i = r * S + to;
    if (value > (score[i] as number)) {
      score[i] = value;
      from[i] = prev;
      move[i] = how;
      return true;
    }
    return false;
  };

  const closure = (r: number) => {
    let lowest = 0;
    for (let pass = 0; pass <= backs.length + 1; pass++) {
      for (let s = lowest; s < S - 1; s++) {
        const here = score[r * S + s] as number;
        if (here === -Infinity) continue;
        const t = s >> 1;
        const line = lines[t];
        if (s % 2 === 0) {
          relax(r, s + 2, here, s, Move.Skip);
          if (line?.kind === "emitter") relax(r, s + 1, here, s, Move.Enter);
        } else {
          relax(r, s + 1, here, s, Move.Leave);
        }
      }
      lowest = S;
      for (const b of backs) {
        const s = 2 * b.from;
        const to = 2 * b.to;
        const here = score[r * S + s] as number;
        if (here !== -Infinity && relax(r, to, here, s, Move.Back)) lowest = Math.min(lowest, to);
      }
      if (lowest === S) break;
    }
  };

  score[0] = 0;
  closure(0);
  for (let r = 0; r < R; r++) {
    const base = r * S;
    const text = trimmed[r] ?? "";
    const blank = text.trim() === "" || ignored(r);
    for (let s = 0; s < S; s++) {
      const here = score[base + s] as number;
      if (here === -Infinity) continue;
      if (blank) {
        relax(r + 1, s, here, s, Move.Ignore);
        continue;
      }
      const t = s >> 1;
      const line = lines[t];
      if (s % 2 === 0) {
        relax(r + 1, s, here + SCORE.unexplained, s, Move.Unexplained);
        if (line?.kind === "content" && matchOf(t, r)) {
          relax(r + 1, line.emitter ? s + 1 : s + 2, here + matchGain(line), s, Move.Match);
        }
      } else if (line?.emitter && indentOf(text) >= line.emitter.minIndent) {
        const entry = entries[t] as Entry;
        const shown = hints.shows(line, entry.fixed, text);
        const gain = shown === undefined ? SCORE.emitted : shown ? SCORE.shown : SCORE.notShown;
        relax(r + 1, s, here + gain, s, Move.Absorb);
      }
    }
    closure(r + 1);
  }

  // Walk back from the end, then forward to count the iterations of each range.
  const steps: Array<{ s: number; r: number; how: Move }> = [];
  let s = S - 1;
  let r = R;
  while (r > 0 || s !== 0) {
    const i = r * S + s;
    const how = move[i] as Move;
    const prev = from[i] as number;
    if (how === Move.None || prev < 0) break;
    steps.push({ s, r, how });
    if (how === Move.Match || how === Move.Absorb || how === Move.Ignore || how === Move.Unexplained) r -= 1;
    s = prev;
  }
  steps.reverse();
  const origins: Array<LineOrigin | undefined> = new Array(R).fill(undefined);
  const counters = new Map<number, number>();
  const backOf = new Map(backs.map((b) => [2 * b.from, b.id]));
  const iterations = (t: number) => new Map([...(entries[t]?.fixed ?? []), ...counters]);
  let previous: number | undefined;
  let written = 0;
  let state = 0;
  for (const step of steps) {
    const t = state >> 1;
    const line = entries[t]?.line ?? 0;
    const opened = state % 2 === 0 ? opens.get(t) : undefined;
    switch (step.how) {
      case Move.Skip:
        if (opened !== undefined) counters.set(opened, 0);
        break;
      case Move.Back: {
        const id = backOf.get(state);
        if (id !== undefined) counters.set(id, (counters.get(id) ?? 0) + 1);
        break;
      }
      case Move.Match: {
        if (opened !== undefined) counters.set(opened, 0);
        const m = execOf(t, step.r - 1);
        const groups = (m?.indices ?? []).slice(1).map((g) => (g ? ([g[0], g[1]] as [number, number]) : undefined));
        origins[step.r - 1] = { kind: "line", line, groups, iterations: iterations(t) };
        previous = line;
        written += matchGain(lines[t] as TemplateLine);
        break;
      }
      case Move.Absorb:
        origins[step.r - 1] = { kind: "emitted", line, iterations: iterations(t) };
        break;
      case Move.Unexplained:
        origins[step.r - 1] = { kind: "unexplained", previous };
        written += SCORE.unexplained;
        break;
      default:
        break;
    }
    state = step.s;
  }
  return { origins, score: score[R * S + S - 1] as number, written };
}
