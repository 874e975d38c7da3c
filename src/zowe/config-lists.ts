/**
 * Where a repository shows how Zowe reads its configuration: the list of files that Zowe's
 * configuration manager merges (left-most wins), as the ZWESLSTC procedure gives it in its STDENV
 * (`CONFIG=FILE(a):FILE(b)`, continued on the next line after a `\`), or a command line gives it
 * (`zwe start --config "FILE(a):FILE(b)"`, `-c`). A list names z/OS paths and PARMLIB members;
 * each is mapped to the repository file whose path ends the same way (the longest common suffix
 * of path segments), a member to the file named after it.
 */
import { basename, extname, sep } from "node:path";
import type { Region } from "../core/findings.js";

export interface ConfigEntry {
  kind: "FILE" | "PARMLIB";
  /** The z/OS path, or the PARMLIB member's name. */
  target: string;
  /** The entry as written, e.g. FILE(/u/zowe/zowe.yaml). */
  text: string;
  region: Region;
}

export interface ConfigList {
  entries: ConfigEntry[];
  /** The file that gives the list, as shown to the user, and where the list is written. */
  file: string;
  region: Region;
  /** The list as written, continuation lines joined. */
  text: string;
}

/** A piece of joined text and where its first character is in the file (1-based). */
interface Piece {
  text: string;
  line: number;
  column: number;
}

/** JCL keeps sequence numbers in columns 73-80 of fixed-length records; they are not content. */
function withoutSequenceNumbers(line: string): string {
  return line.length > 72 && /^\d{8}\s*$/.test(line.slice(72)) ? line.slice(0, 72) : line;
}

/** Joins a value continued with a trailing backslash, keeping where each part came from. */
function continued(lines: readonly string[], index: number, start: number): Piece[] {
  const pieces: Piece[] = [];
  let column = start;
  for (let i = index; i < lines.length; i++) {
    const line = withoutSequenceNumbers(lines[i] ?? "").trimEnd();
    const part = line.slice(column);
    const more = part.endsWith("\\");
    pieces.push({ text: more ? part.slice(0, -1) : part, line: i + 1, column: column + 1 });
    if (!more) break;
    column = line.length - line.trimStart().length;
  }
  return pieces;
}

function joined(pieces: readonly Piece[]): { text: string; at: (offset: number) => { line: number; column: number } } {
  const text = pieces.map((p) => p.text).join("");
  const at = (offset: number) => {
    let rest = offset;
    for (const piece of pieces) {
      if (rest <= piece.text.length) return { line: piece.line, column: piece.column + rest };
      rest -= piece.text.length;
    }
    const last = pieces[pieces.length - 1] as Piece;
    return { line: last.line, column: last.column + last.text.length };
  };
  return { text, at };
}

const ENTRY = /(FILE|PARMLIB)\(((?:[^()]|\([^()]*\))*)\)/gy;

/** The entries of a list, or undefined when the text is not a list of FILE() and PARMLIB() entries. */
export function parseEntries(
  text: string,
  at: (offset: number) => { line: number; column: number },
): ConfigEntry[] | undefined {
  const entries: ConfigEntry[] = [];
  let offset = 0;
  while (offset < text.length) {
    ENTRY.lastIndex = offset;
    const m = ENTRY.exec(text);
    if (!m) return undefined;
    const inner = m[2] ?? "";
    // PARMLIB(DATA.SET.NAME(MEMBER)): the member is what a repository names a file after.
    const member = /\(([^()]*)\)\s*$/.exec(inner)?.[1];
    const start = at(offset);
    const end = at(offset + m[0].length);
    entries.push({
      kind: m[1] as ConfigEntry["kind"],
      target: m[1] === "PARMLIB" ? (member ?? inner).trim() : inner.trim(),
      text: m[0],
      region: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
    });
    offset += m[0].length;
    if (offset < text.length) {
      if (text[offset] !== ":") return undefined;
      offset += 1;
    }
  }
  return entries.length > 0 ? entries : undefined;
}

/** `CONFIG=` in a procedure's STDENV (or the variable zwe sets from --config). */
const CONFIG_ASSIGNMENT = /^\s*(?:ZWE_CLI_PARAMETER_)?CONFIG=/;
/** `zwe ... --config X`, `-c X`, `--config=X`, the value quoted or not. */
const ZWE_CONFIG_OPTION = /\bzwe\b[^\n]*?\s(?:--config|-c)(?:=|\s+)(?:"([^"]*)"|'([^']*)'|([^\s"';|&]+))/g;

/** The configuration lists a file shows, each with at least two entries (one file is no layering). */
export function findConfigLists(text: string, file: string): ConfigList[] {
  if (!text.includes("FILE(") && !text.includes("PARMLIB(")) return [];
  const lines = text.split(/\r?\n/);
  const lists: ConfigList[] = [];
  const add = (pieces: Piece[]) => {
    const { text: value, at } = joined(pieces);
    const entries = parseEntries(value.trim(), (o) => at(o + (value.length - value.trimStart().length)));
    if (!entries || entries.length < 2) return;
    const first = entries[0] as ConfigEntry;
    const last = entries[entries.length - 1] as ConfigEntry;
    lists.push({
      entries,
      file,
      text: value.trim(),
      region: {
        line: first.region.line,
        column: first.region.column,
        endLine: last.region.endLine,
        endColumn: last.region.endColumn,
      },
    });
  };
  lines.forEach((line, index) => {
    const assignment = CONFIG_ASSIGNMENT.exec(line);
    if (assignment) add(continued(lines, index, assignment[0].length));
    if (!line.includes("zwe")) return;
    // A command continued on the next lines with a trailing backslash is one command.
    const command = continued(lines, index, 0);
    const { text: joinedCommand, at } = joined(command);
    for (const m of joinedCommand.matchAll(ZWE_CONFIG_OPTION)) {
      const value = m[1] ?? m[2] ?? m[3] ?? "";
      const offset = (m.index ?? 0) + m[0].length - value.length - (m[3] === undefined ? 1 : 0);
      const start = at(offset);
      add([{ text: value, line: start.line, column: start.column }]);
    }
  });
  return lists;
}

export interface MappedList {
  list: ConfigList;
  /** Absolute paths, the list's order (highest priority first); present when every entry maps to one file. */
  files?: string[];
  /** Entries that map to no file or to several. */
  unmapped: Array<{ entry: ConfigEntry; candidates: string[] }>;
}

function segments(path: string): string[] {
  return path.split(/[\\/]+/).filter(Boolean);
}

/** The files an entry may name: FILE by the longest common suffix of path segments, PARMLIB by member name. */
function candidatesFor(entry: ConfigEntry, files: readonly string[]): string[] {
  if (entry.kind === "PARMLIB") {
    const member = entry.target.toUpperCase();
    return files.filter((f) => basename(f, extname(f)).toUpperCase() === member);
  }
  const wanted = segments(entry.target);
  let best = 0;
  let found: string[] = [];
  for (const file of files) {
    const have = segments(file);
    let common = 0;
    while (
      common < wanted.length &&
      common < have.length &&
      wanted[wanted.length - 1 - common] === have[have.length - 1 - common]
    ) {
      common += 1;
    }
    if (common === 0 || common < best) continue;
    if (common > best) found = [];
    best = common;
    found.push(file);
  }
  return found;
}

/** Maps each list's entries to files of the repository (absolute paths). */
export function mapConfigList(list: ConfigList, files: readonly string[]): MappedList {
  const mapped: string[] = [];
  const unmapped: MappedList["unmapped"] = [];
  for (const entry of list.entries) {
    const candidates = candidatesFor(entry, files);
    if (candidates.length === 1) mapped.push(candidates[0] as string);
    else unmapped.push({ entry, candidates });
  }
  return unmapped.length === 0 ? { list, files: mapped, unmapped } : { list, unmapped };
}

/** Whether a file may hold a procedure or a script: no extension, or one of JCL's and shells'. */
export function mayHoldConfigList(path: string): boolean {
  const name = path.slice(path.lastIndexOf(sep) + 1);
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return true;
  return EVIDENCE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

const EVIDENCE_EXTENSIONS = new Set(["jcl", "cntl", "proc", "prc", "sh", "bash", "ksh", "zsh", "txt", "rexx", "rex"]);
