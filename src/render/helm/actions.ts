/**
 * Go template actions (`{{ ... }}`) as Helm templates write them: where each one is, whether it
 * trims the whitespace around it, and what it does (controls the flow, assigns, or writes text),
 * with the data it reads as symbolic references into `.Values`.
 */
import type { PathSegment } from "../../core/findings.js";

/** The element of the current iteration of a `range` (by its number in the template): a list index or a map key. */
export interface Iteration {
  iteration: number;
  /** The key variable of `range $k, $v := ...`: its text is the key (or index), not the element. */
  key?: true;
}
export type RefSegment = PathSegment | Iteration;

/** What an expression reads: a path in `.Values`, the root context (`$`, top-level `.`), or something else. */
export type Ref = { values: RefSegment[] } | { root: true } | undefined;

export type Keyword = "if" | "else" | "end" | "range" | "with" | "define" | "block" | "break" | "continue" | "template";

export interface Action {
  /** Offsets of `{{` and after `}}` in the template text. */
  start: number;
  end: number;
  /** `{{-` and `-}}`: the whitespace (line breaks included) before / after is removed. */
  trimLeft: boolean;
  trimRight: boolean;
  /** The text between the delimiters and trim markers. */
  body: string;
  kind: "comment" | "control" | "assign" | "output";
  keyword?: Keyword;
  /** For `else if` / `else with`: the keyword that follows else. */
  elseOf?: "if" | "with" | "range";
}

const KEYWORDS = new Set<Keyword>(["if", "else", "end", "range", "with", "define", "block", "break", "continue"]);

/** All actions of a template text, in order. An unterminated action ends the list (Helm rejects the template). */
export function lexActions(text: string): Action[] {
  const actions: Action[] = [];
  let i = text.indexOf("{{");
  while (i >= 0) {
    const start = i;
    let j = i + 2;
    const trimLeft = text[j] === "-" && /[ \t\r\n]/.test(text[j + 1] ?? "");
    if (trimLeft) j += 1;
    const bodyStart = j;
    let bodyEnd = -1;
    let end = -1;
    let trimRight = false;
    const afterSpace = text.slice(j).match(/^\s*/)?.[0].length ?? 0;
    if (text.startsWith("/*", j + afterSpace)) {
      const close = text.indexOf("*/", j + afterSpace + 2);
      if (close < 0) break;
      const tail = /^\s*(-?)\s*\}\}/.exec(text.slice(close + 2));
      if (!tail) break;
      trimRight = tail[1] === "-";
      bodyEnd = close + 2;
      end = close + 2 + tail[0].length;
    } else {
      for (let k = j; k < text.length; k++) {
        const c = text[k];
        if (c === '"' || c === "'") {
          k = skipQuoted(text, k, c);
        } else if (c === "`") {
          const close = text.indexOf("`", k + 1);
          k = close < 0 ? text.length : close;
        } else if (c === "}" && text[k + 1] === "}") {
          trimRight = text[k - 1] === "-" && /[ \t\r\n]/.test(text[k - 2] ?? "");
          bodyEnd = trimRight ? k - 1 : k;
          end = k + 2;
          break;
        }
      }
      if (end < 0) break;
    }
    const body = text.slice(bodyStart, bodyEnd).trim();
    actions.push({ start, end, trimLeft, trimRight, body, ...classifyAction(body) });
    i = text.indexOf("{{", end);
  }
  return actions;
}

function skipQuoted(text: string, from: number, quote: string): number {
  for (let k = from + 1; k < text.length; k++) {
    if (text[k] === "\\") k += 1;
    else if (text[k] === quote || text[k] === "\n") return k;
  }
  return text.length;
}

function classifyAction(body: string): Pick<Action, "kind" | "keyword" | "elseOf"> {
  if (body.startsWith("/*")) return { kind: "comment" };
  const word = /^[a-z]+/.exec(body)?.[0] as Keyword | undefined;
  if (word === "template") return { kind: "output", keyword: "template" };
  if (word && KEYWORDS.has(word)) {
    if (word === "block") return { kind: "output", keyword: "block" };
    if (word === "else") {
      const next = /^else\s+(if|with|range)\b/.exec(body)?.[1] as "if" | "with" | "range" | undefined;
      return { kind: "control", keyword: "else", ...(next ? { elseOf: next } : {}) };
    }
    return { kind: "control", keyword: word };
  }
  if (/^\$[A-Za-z0-9_]*\s*:?=[^=]/.test(body)) return { kind: "assign" };
  return { kind: "output" };
}

/* ---------------------------------------------------------------- expressions */

type Token =
  | { t: "str"; v: string }
  | { t: "num"; v: number }
  | { t: "field"; v: string[]; chained: boolean }
  | { t: "var"; name: string; fields: string[] }
  | { t: "ident"; v: string }
  | { t: "(" | ")" | "|" | ":=" | "=" | "," };

const TOKEN =
  /\s+|"(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*|(?:\.[A-Za-z0-9_]+)+|\.|[A-Za-z_][A-Za-z0-9_]*|:=|[()|=,]|./gy;

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    const s = m[0];
    if (/^\s/.test(s)) continue;
    const previous = tokens[tokens.length - 1];
    if (s[0] === '"') tokens.push({ t: "str", v: unquote(s) });
    else if (s[0] === "`") tokens.push({ t: "str", v: s.slice(1, -1) });
    else if (s[0] === "'") tokens.push({ t: "num", v: s.codePointAt(1) ?? 0 });
    else if (/^-?\d/.test(s)) tokens.push({ t: "num", v: Number(s) });
    else if (s[0] === "$") {
      const [name = "$", ...fields] = s.split(".");
      tokens.push({ t: "var", name, fields });
    } else if (s[0] === ".")
      tokens.push({ t: "field", v: s === "." ? [] : s.slice(1).split("."), chained: previous?.t === ")" });
    else if (/^[A-Za-z_]/.test(s)) tokens.push({ t: "ident", v: s });
    else if (s === "(" || s === ")" || s === "|" || s === ":=" || s === "=" || s === ",") tokens.push({ t: s });
  }
  return tokens;
}

function unquote(s: string): string {
  try {
    return JSON.parse(s) as string;
  } catch {
    return s.slice(1, -1);
  }
}

type Operand = Token | { pipeline: Command[]; fields: string[] };
type Command = Operand[];

function parsePipeline(tokens: Token[], at: { i: number }): Command[] {
  const commands: Command[] = [[]];
  while (at.i < tokens.length) {
    const token = tokens[at.i] as Token;
    at.i += 1;
    if (token.t === ")") break;
    if (token.t === "|") commands.push([]);
    else if (token.t === "(") commands[commands.length - 1]?.push({ pipeline: parsePipeline(tokens, at), fields: [] });
    else {
      const command = commands[commands.length - 1];
      const previous = command?.[command.length - 1];
      // `(index .Values "a-b").replicas`: the fields read the parenthesised value.
      if (token.t === "field" && token.chained && previous && "pipeline" in previous) previous.fields.push(...token.v);
      else command?.push(token);
    }
  }
  return commands.filter((c) => c.length > 0);
}

/** The scope an expression is read in: what `.` is and what the variables hold. */
export interface Scope {
  dot: Ref;
  variable(name: string): Ref;
}

function extend(ref: Ref, fields: readonly PathSegment[]): Ref {
  if (!ref) return undefined;
  if ("root" in ref) {
    if (fields.length === 0) return ref;
    return fields[0] === "Values" ? { values: fields.slice(1) } : undefined;
  }
  return { values: [...ref.values, ...fields] };
}

function operandRef(operand: Operand | undefined, scope: Scope): Ref {
  if (!operand || "pipeline" in operand) return undefined;
  if (operand.t === "field") return operand.chained ? undefined : extend(scope.dot, operand.v);
  if (operand.t === "var")
    return extend(operand.name === "$" ? { root: true } : scope.variable(operand.name), operand.fields);
  return undefined;
}

function commandRefs(command: Command, scope: Scope, into: Ref[]): void {
  const [first] = command;
  if (first && "t" in first && first.t === "ident" && first.v === "index") {
    let ref = operandRef(command[1], scope);
    for (const key of command.slice(2)) {
      if ("t" in key && (key.t === "str" || key.t === "num")) ref = extend(ref, [key.v]);
      else ref = undefined;
    }
    if (ref) into.push(ref);
    return;
  }
  for (const operand of command) {
    if ("pipeline" in operand) {
      const inner: Ref[] = [];
      for (const c of operand.pipeline) commandRefs(c, scope, inner);
      if (operand.fields.length > 0) {
        const ref = inner.length === 1 ? extend(inner[0], operand.fields) : undefined;
        if (ref) into.push(ref);
      } else into.push(...inner);
    } else {
      const ref = operandRef(operand, scope);
      if (ref) into.push(ref);
    }
  }
}

/** What an action reads and writes, as far as locating a rendered value needs it. */
export interface Expression {
  /** References to `.Values` (or the root), in the order written. */
  refs: Ref[];
  /** Variables declared (`$x :=`, `range $i, $e :=`), in order. */
  declares: string[];
  /** Functions and field chains called, e.g. include, toYaml, nindent, .Files.Get. */
  calls: Set<string>;
  /** The argument of `indent N` / `nindent N`. */
  indent?: number;
  /** The file named by `.Files.Get "path"`. */
  file?: string;
}

/** Reads the expression of an action body (after its keyword, if any). */
export function readExpression(body: string, scope: Scope): Expression {
  const text = body.replace(/^(?:else\s+)?(?:if|range|with|template|block|define)\b/, "");
  const tokens = tokenize(text);
  const declares: string[] = [];
  const assign = tokens.findIndex((t) => t.t === ":=" || t.t === "=");
  if (assign >= 0 && tokens.slice(0, assign).every((t) => t.t === "var" || t.t === ",")) {
    for (const t of tokens.slice(0, assign)) if (t.t === "var") declares.push(t.name);
    tokens.splice(0, assign + 1);
  }
  const calls = new Set<string>();
  let indent: number | undefined;
  let file: string | undefined;
  tokens.forEach((t, k) => {
    if (t.t === "ident") calls.add(t.v);
    if (t.t === "field" && t.v.join(".") === "Files.Get") calls.add(".Files.Get");
    if (t.t === "var" && t.fields.join(".") === "Files.Get") calls.add(".Files.Get");
    const next = tokens[k + 1];
    if (t.t === "ident" && (t.v === "indent" || t.v === "nindent") && next?.t === "num") indent = next.v;
    if (
      ((t.t === "field" && t.v.join(".") === "Files.Get") || (t.t === "var" && t.fields.join(".") === "Files.Get")) &&
      next?.t === "str"
    )
      file = next.v;
  });
  if (body.startsWith("template") || body.startsWith("block")) calls.add("template");
  const refs: Ref[] = [];
  for (const command of parsePipeline(tokens, { i: 0 })) commandRefs(command, scope, refs);
  return {
    refs,
    declares,
    calls,
    ...(indent !== undefined ? { indent } : {}),
    ...(file !== undefined ? { file } : {}),
  };
}

/** Functions whose output may span lines: the rendered lines after the action are its output. */
const MULTI_LINE = ["include", "template", "tpl", "toYaml", "toYamlPretty", "nindent", "indent", ".Files.Get"];

export function writesLines(expression: Expression): boolean {
  return MULTI_LINE.some((f) => expression.calls.has(f));
}

/** Output that comes from other templates (helpers), not from the values it is given. */
export function callsTemplate(expression: Expression): boolean {
  return expression.calls.has("include") || expression.calls.has("template");
}
