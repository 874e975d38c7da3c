import { g as getDefaultExportFromCjs, r as readSource, i as isObject, v as valueAt, d as distExports, D as DEFAULT_READ_LIMITS } from './_config-validator.js';
import { basename, extname, sep, resolve, join, dirname, delimiter } from 'node:path';
import { s as shownPath, C as ConfigError, r as relativePath, S as SourceFile, a as splitDocuments, N as NO_HELM_OPTIONS } from './config.js';
import { D as DIAGNOSTICS, o as orderFindings } from './rules.js';
import { statSync, realpathSync, lstatSync, readdirSync, existsSync, readFileSync, mkdirSync, copyFileSync, constants as constants$1 } from 'node:fs';
import { T as TOPOLOGY_ENTRYPOINT, P as PolicyError, g as partitionInput, w as wholeInput, h as readTarGz } from './sources.js';
import { createHash } from 'node:crypto';
import { readFile, access, stat, realpath, mkdtemp, rm } from 'node:fs/promises';
import { r as resolveTemplates, m as mergeLayers } from './merge.js';
import { execFile } from 'node:child_process';
import { tmpdir, availableParallelism } from 'node:os';
import { promisify } from 'node:util';

/**
 * Where a repository shows how Zowe reads its configuration: the list of files that Zowe's
 * configuration manager merges (left-most wins), as the ZWESLSTC procedure gives it in its STDENV
 * (`CONFIG=FILE(a):FILE(b)`, continued on the next line after a `\`), or a command line gives it
 * (`zwe start --config "FILE(a):FILE(b)"`, `-c`). A list names z/OS paths and PARMLIB members;
 * each is mapped to the repository file whose path ends the same way (the longest common suffix
 * of path segments), a member to the file named after it.
 */
/** JCL keeps sequence numbers in columns 73-80 of fixed-length records; they are not content. */
function withoutSequenceNumbers(line) {
    return line.length > 72 && /^\d{8}\s*$/.test(line.slice(72)) ? line.slice(0, 72) : line;
}
/** Joins a value continued with a trailing backslash, keeping where each part came from. */
function continued(lines, index, start) {
    const pieces = [];
    let column = start;
    for (let i = index; i < lines.length; i++) {
        const line = withoutSequenceNumbers(lines[i] ?? "").trimEnd();
        const part = line.slice(column);
        const more = part.endsWith("\\");
        pieces.push({ text: more ? part.slice(0, -1) : part, line: i + 1, column: column + 1 });
        if (!more)
            break;
        column = line.length - line.trimStart().length;
    }
    return pieces;
}
function joined(pieces) {
    const text = pieces.map((p) => p.text).join("");
    const at = (offset) => {
        let rest = offset;
        for (const piece of pieces) {
            if (rest <= piece.text.length)
                return { line: piece.line, column: piece.column + rest };
            rest -= piece.text.length;
        }
        const last = pieces[pieces.length - 1];
        return { line: last.line, column: last.column + last.text.length };
    };
    return { text, at };
}
const ENTRY = /(FILE|PARMLIB)\(((?:[^()]|\([^()]*\))*)\)/gy;
/** The entries of a list, or undefined when the text is not a list of FILE() and PARMLIB() entries. */
function parseEntries(text, at) {
    const entries = [];
    let offset = 0;
    while (offset < text.length) {
        ENTRY.lastIndex = offset;
        const m = ENTRY.exec(text);
        if (!m)
            return undefined;
        const inner = m[2] ?? "";
        // PARMLIB(DATA.SET.NAME(MEMBER)): the member is what a repository names a file after.
        const member = /\(([^()]*)\)\s*$/.exec(inner)?.[1];
        const start = at(offset);
        const end = at(offset + m[0].length);
        entries.push({
            kind: m[1],
            target: m[1] === "PARMLIB" ? (member ?? inner).trim() : inner.trim(),
            text: m[0],
            region: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
        });
        offset += m[0].length;
        if (offset < text.length) {
            if (text[offset] !== ":")
                return undefined;
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
function findConfigLists(text, file) {
    if (!text.includes("FILE(") && !text.includes("PARMLIB("))
        return [];
    const lines = text.split(/\r?\n/);
    const lists = [];
    const add = (pieces) => {
        const { text: value, at } = joined(pieces);
        const entries = parseEntries(value.trim(), (o) => at(o + (value.length - value.trimStart().length)));
        if (!entries || entries.length < 2)
            return;
        const first = entries[0];
        const last = entries[entries.length - 1];
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
        if (assignment)
            add(continued(lines, index, assignment[0].length));
        if (!line.includes("zwe"))
            return;
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
function segments(path) {
    return path.split(/[\\/]+/).filter(Boolean);
}
/** The files an entry may name: FILE by the longest common suffix of path segments, PARMLIB by member name. */
function candidatesFor$1(entry, files) {
    if (entry.kind === "PARMLIB") {
        const member = entry.target.toUpperCase();
        return files.filter((f) => basename(f, extname(f)).toUpperCase() === member);
    }
    const wanted = segments(entry.target);
    let best = 0;
    let found = [];
    for (const file of files) {
        const have = segments(file);
        let common = 0;
        while (common < wanted.length &&
            common < have.length &&
            wanted[wanted.length - 1 - common] === have[have.length - 1 - common]) {
            common += 1;
        }
        if (common === 0 || common < best)
            continue;
        if (common > best)
            found = [];
        best = common;
        found.push(file);
    }
    return found;
}
/** Maps each list's entries to files of the repository (absolute paths). */
function mapConfigList(list, files) {
    const mapped = [];
    const unmapped = [];
    for (const entry of list.entries) {
        const candidates = candidatesFor$1(entry, files);
        if (candidates.length === 1)
            mapped.push(candidates[0]);
        else
            unmapped.push({ entry, candidates });
    }
    return unmapped.length === 0 ? { list, files: mapped, unmapped } : { list, unmapped };
}
/** Whether a file may hold a procedure or a script: no extension, or one of JCL's and shells'. */
function mayHoldConfigList(path) {
    const name = path.slice(path.lastIndexOf(sep) + 1);
    const dot = name.lastIndexOf(".");
    if (dot <= 0)
        return true;
    return EVIDENCE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}
const EVIDENCE_EXTENSIONS = new Set(["jcl", "cntl", "proc", "prc", "sh", "bash", "ksh", "zsh", "txt", "rexx", "rex"]);

/** Finds the YAML and JSON files to check below the given paths. */
const EXTENSIONS = [".yaml", ".yml", ".json"];
/** What a run reads and which of it counts, in the words messages use. */
const WHAT_IS_CHECKED = "it reads .yaml, .yml and .json files and checks the documents that are a Zowe configuration (a top-level zowe key) or a Kubernetes object (apiVersion and kind)";
/** Folders that hold tools' state or dependencies, never a repository's own configuration. */
const SKIPPED_FOLDERS = new Set([
    ".git",
    ".hg",
    ".svn",
    "node_modules",
    "bower_components",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    ".terraform",
    ".cache",
    ".idea",
    ".vscode",
    "coverage",
]);
function hasExtension(name) {
    const lower = name.toLowerCase();
    return EXTENSIONS.some((ext) => lower.endsWith(ext));
}
function errorCode(error) {
    return error.code ?? error.message;
}
function inside$2(root, path) {
    return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
/**
 * What is wrong with the paths a user named, one message each: paths that do not exist, and
 * files that are not YAML or JSON (a typo such as README.md would otherwise read as a file
 * that holds nothing to check).
 */
function unusablePaths(paths, cwd) {
    const problems = [];
    for (const path of paths) {
        const info = statSync(resolve(cwd, path), { throwIfNoEntry: false });
        if (!info)
            problems.push(`no such file or folder: ${path}`);
        else if (info.isFile() && !hasExtension(path))
            problems.push(`${path} is not a YAML or JSON file (${EXTENSIONS.join(", ")}); name its folder to check what is in it`);
    }
    return problems;
}
/** Why a run that found no Zowe configuration or Kubernetes object fails, naming the paths. */
function nothingToCheck(paths, filesRead) {
    const found = filesRead === 0
        ? "no .yaml, .yml or .json file is there"
        : `${filesRead === 1 ? "1 file" : `${filesRead} files`} read, none holding a Zowe configuration or Kubernetes object`;
    return `nothing to check in ${paths.join(", ")}: ${found} (${WHAT_IS_CHECKED})`;
}
/**
 * Walks each path. A file named explicitly is checked whatever its extension (the front ends
 * refuse other files first: unusablePaths); inside folders only .yaml/.yml/.json files are.
 * Symbolic links are followed only when they stay inside the root they were found under, and
 * each real file is checked once.
 *
 * Synchronous, and typed by the folder listing: on 4,079 files, awaiting an lstat per entry kept
 * the process waiting 340 ms; the listing's entry types make a stat needless but for links.
 */
function discover(paths, cwd) {
    const files = new Set();
    const others = new Set();
    const seen = new Set();
    const unreadable = [];
    const notices = [];
    const show = (p) => shownPath(cwd, p);
    function visit(path, root, explicit, entry) {
        // A listed regular file is all the listing says it is; only its extension matters.
        if (entry?.isFile()) {
            if (seen.has(path))
                return;
            seen.add(path);
            if (hasExtension(path))
                files.add(path);
            else if (mayHoldConfigList(path))
                others.add(path);
            return;
        }
        let info;
        try {
            info = lstatSync(path);
        }
        catch (error) {
            unreadable.push({ path: show(path), reason: `cannot be read (${errorCode(error)})`, folder: false });
            return;
        }
        let real = path;
        if (info.isSymbolicLink()) {
            try {
                real = realpathSync(path);
                info = statSync(real);
            }
            catch {
                notices.push(`${show(path)}: broken symbolic link, skipped`);
                return;
            }
            if (!inside$2(root, real)) {
                notices.push(`${show(path)}: symbolic link to a path outside ${show(root)}, not followed`);
                return;
            }
        }
        if (seen.has(real)) {
            if (path !== real && info.isDirectory())
                notices.push(`${show(path)}: symbolic link to a folder already checked (a loop), not followed`);
            return;
        }
        seen.add(real);
        if (info.isDirectory()) {
            let entries;
            try {
                entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
            }
            catch (error) {
                unreadable.push({
                    path: show(path),
                    reason: `the folder cannot be read (${errorCode(error)}): nothing in it was checked`,
                    folder: true,
                });
                return;
            }
            for (const entry of entries) {
                if (SKIPPED_FOLDERS.has(entry.name))
                    continue;
                visit(join(path, entry.name), root, false, entry);
            }
        }
        else if (info.isFile() && (explicit || hasExtension(path))) {
            files.add(path);
        }
    }
    for (const p of paths) {
        const absolute = resolve(cwd, p);
        let root = absolute;
        try {
            root = realpathSync(absolute);
        }
        catch {
            // visit() reports the missing path
        }
        visit(absolute, root, true);
    }
    return { files: [...files].sort(), others: [...others].sort(), unreadable, notices };
}

/**
 * Baselines: the findings a repository already had when it adopted the tool. A finding is
 * identified by what it is about (rule, file, path in the file, instance), never by its line,
 * so that editing the file elsewhere does not make old findings look new.
 */
const BASELINE_VERSION = 1;
const DEFAULT_BASELINE_FILE = ".zowe-ha-policy-baseline.json";
function baselineFingerprint(f) {
    return createHash("sha256")
        .update(JSON.stringify([f.ruleId, f.file, f.path, f.instance ?? null]))
        .digest("hex")
        .slice(0, 24);
}
function createBaseline(findings) {
    const entries = findings.map((f) => ({
        fingerprint: baselineFingerprint(f),
        ruleId: f.ruleId,
        file: f.file,
        path: f.path,
        ...(f.instance !== undefined ? { instance: f.instance } : {}),
        message: f.message,
    }));
    return `${JSON.stringify({ version: BASELINE_VERSION, entries }, null, 2)}\n`;
}
class BaselineError extends Error {
    name = "BaselineError";
}
async function readBaseline(file, shown) {
    let parsed;
    try {
        parsed = JSON.parse(await readFile(file, "utf8"));
    }
    catch (error) {
        throw new BaselineError(`${shown}: cannot read the baseline: ${error.message}`);
    }
    const b = parsed;
    if (b?.version !== BASELINE_VERSION ||
        !Array.isArray(b.entries) ||
        !b.entries.every((e) => typeof e?.fingerprint === "string" && typeof e.ruleId === "string")) {
        throw new BaselineError(`${shown}: not a zowe-ha-policy baseline (version ${BASELINE_VERSION}); create one with 'zowe-ha-policy baseline'`);
    }
    return b;
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

/** What the configuration changes in a scan: which files are read and how rules report. */
/** Decides from include/exclude globs (relative to the configuration's folder) whether a found file is checked. */
function fileFilter(config) {
    const options = { dot: true };
    const included = config.include?.length ? picomatch(config.include, options) : () => true;
    const excluded = config.exclude?.length ? picomatch(config.exclude, options) : () => false;
    return (absolute) => {
        // The configuration has a `zowe:` key of its own but is not a Zowe configuration.
        if (absolute === config.path)
            return false;
        // A custom policy's folder holds its rules' samples, which fail on purpose.
        if (config.policies.some((p) => absolute.startsWith(`${p}${sep}`)))
            return false;
        const rel = relativePath(config.dir, absolute);
        return included(rel) && !excluded(rel);
    };
}
/** Rule settings must name real rules: a typo would otherwise silently switch nothing off. */
function checkRuleSettings(config, catalogue) {
    const unknown = [
        ...Object.keys(config.rules)
            .filter((id) => !catalogue.get(id))
            .map((id) => ({ id, path: ["rules", id] })),
        ...config.exceptions
            .filter((e) => !catalogue.get(e.rule))
            .map((e) => ({ id: e.rule, path: ["exceptions", e.index, "rule"] })),
    ];
    if (unknown.length > 0) {
        const lines = unknown.map(({ id, path }) => {
            const { line, column } = config.locate(path);
            return `${config.file}:${line}:${column}: ${path[0]}: unknown rule id "${id}" (see 'zowe-ha-policy rules')`;
        });
        throw new ConfigError(`invalid configuration\n  ${lines.join("\n  ")}`);
    }
}
/** Drops the findings of rules switched off and gives the others their configured severity. */
function applyRuleSettings(findings, config) {
    const out = [];
    for (const f of findings) {
        const setting = config.rules[f.ruleId];
        if (setting === "off")
            continue;
        out.push(setting ? { ...f, severity: setting } : f);
    }
    return out;
}

// Rule ids contain single dashes, so only " --" (two) starts the reason.
const DIRECTIVE = /#\s*zowe-ha-policy:\s*(ignore-file|ignore)\b\s*(.*?)(?:\s*--\s*(.*?))?\s*$/;
/** Every suppression comment of a file. */
function parseInlineSuppressions(text) {
    const found = [];
    if (!text.includes("zowe-ha-policy:"))
        return found;
    text.split(/\r?\n/).forEach((content, i) => {
        if (!content.includes("zowe-ha-policy:"))
            return;
        const m = DIRECTIVE.exec(content);
        if (!m)
            return;
        const column = content.indexOf("#") + 1;
        found.push({
            scope: m[1] === "ignore-file" ? "file" : "line",
            rules: (m[2] ?? "").split(/[\s,]+/).filter(Boolean),
            reason: (m[3] ?? "").trim(),
            line: i + 1,
            region: { line: i + 1, column, endLine: i + 1, endColumn: content.length + 1 },
        });
    });
    return found;
}
function covers(s, ruleId, line) {
    const rule = s.rules.includes(ruleId) || s.rules.includes("*");
    return rule && (s.scope === "file" || line === s.line || line === s.line + 1);
}

const FIRST_LINE$1 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function fileFinding(rule, file, message, region = FIRST_LINE$1) {
    return { ruleId: rule.id, severity: rule.severity, message, file, ...region, path: [] };
}
const PROBLEM_RULES = {
    syntax: DIAGNOSTICS.yamlSyntax,
    depth: DIAGNOSTICS.inputLimit,
    tag: DIAGNOSTICS.yamlTag,
    yaml11: DIAGNOSTICS.ambiguousScalar,
};
/** A syntax problem of a file (or of a text embedded in it) as a finding; context starts the message. */
function problemFinding(file, problem, context = "") {
    // A region of an embedded text may name the file it is in (src/load/yaml.ts Embedding).
    const { file: shown = file, ...region } = problem.region;
    return fileFinding(PROBLEM_RULES[problem.kind], shown, context + problem.message, region);
}
/** Helm and Go templates are not YAML until rendered; a parse failure there is expected. */
function looksLikeTemplate(text) {
    return /\{\{[-\s]/.test(text);
}
/** Reads and parses a file; `shown` is its path as reports show it. */
function loadFile(absolute, shown, limits) {
    const read = readSource(absolute, limits);
    if ("unreadable" in read)
        return { problem: fileFinding(DIAGNOSTICS.unreadable, shown, read.unreadable) };
    if ("refused" in read)
        return { problem: fileFinding(DIAGNOSTICS.inputLimit, shown, read.refused, read.region) };
    const { text } = read;
    const source = new SourceFile(shown, text, limits);
    if (source.problems.some((p) => p.kind === "syntax") && looksLikeTemplate(text)) {
        return {
            problem: fileFinding(DIAGNOSTICS.template, shown, "template syntax: not checked (check the rendered manifests instead)"),
        };
    }
    return {
        source,
        text,
        comments: parseInlineSuppressions(text),
        problems: source.problems.map((p) => problemFinding(shown, p)),
    };
}

/**
 * The discover stage: the files below the paths that the configuration has checked (its include
 * and exclude globs; a file it names as a Zowe layer always), and the other files that may show
 * how Zowe reads its configuration.
 */
function discoverStage(paths, cwd, config) {
    const found = discover(paths, cwd);
    const declaredLayers = new Set(config.layerGroups.flat());
    const checked = fileFilter(config);
    return {
        files: found.files.filter((f) => declaredLayers.has(f) || checked(f)),
        others: found.others.filter(checked),
        findings: found.unreadable.map(({ path, reason, folder }) => fileFinding(folder ? DIAGNOSTICS.unreadableFolder : DIAGNOSTICS.unreadable, path, reason)),
        notices: found.notices,
    };
}

/**
 * The HA topology as the bundled policy computes it (policies/views/topology.rego, its second
 * entrypoint): evaluated on the same parts as the rules, each part's result checked, its indexes
 * made the whole input's, and the parts merged. The reports draw it (src/report/topology.ts).
 */
class Malformed extends Error {
}
function object(value, what) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        throw new Malformed(`${what} is not an object`);
    return value;
}
function array(value, what) {
    if (!Array.isArray(value))
        throw new Malformed(`${what} is not an array`);
    return value;
}
function text(value, what) {
    if (typeof value !== "string")
        throw new Malformed(`${what} is not a string`);
    return value;
}
function count(value, what) {
    if (typeof value !== "number" || !Number.isFinite(value))
        throw new Malformed(`${what} is not a number`);
    return value;
}
function flag(value, what) {
    if (typeof value !== "boolean")
        throw new Malformed(`${what} is not a boolean`);
    return value;
}
/** An index of the part mapped to the whole input's. */
function index(value, of, what) {
    const whole = typeof value === "number" && Number.isInteger(value) ? of[value] : undefined;
    if (whole === undefined)
        throw new Malformed(`${what} is not an index of the part`);
    return whole;
}
/** A JSON object as a Map: keys such as "__proto__" stay keys. */
function entries$1(value, what, read) {
    return new Map(Object.entries(object(value, what)).map(([k, v]) => [k, read(v, `${what}.${k}`)]));
}
const APART = new Set(["never-selected", "no-lpar"]);
const SPREAD = new Set(["zones", "nodes"]);
function component$1(value, what) {
    const c = object(value, what);
    return {
        component: text(c.component, `${what}.component`),
        lpars: entries$1(c.lpars, `${what}.lpars`, (ids, w) => array(ids, w).map((id) => text(id, w))),
        started: flag(c.started, `${what}.started`),
        spof: flag(c.spof, `${what}.spof`),
    };
}
function sysplex(value, part) {
    const s = object(value, "sysplex");
    return {
        zowe: index(s.zowe, part.zowe, "sysplex.zowe"),
        ...(s.domain !== undefined ? { domain: text(s.domain, "sysplex.domain") } : {}),
        instances: entries$1(s.instances, "sysplex.instances", text),
        apart: entries$1(s.apart, "sysplex.apart", (why, w) => {
            if (!APART.has(text(why, w)))
                throw new Malformed(`${w} is not one of ${[...APART].join(", ")}`);
            return why;
        }),
        components: array(s.components, "sysplex.components").map((c) => component$1(c, "component")),
    };
}
function workload(value, part) {
    const w = object(value, "workload");
    const spread = w.spread === undefined ? undefined : text(w.spread, "workload.spread");
    if (spread !== undefined && !SPREAD.has(spread))
        throw new Malformed("workload.spread is not zones or nodes");
    return {
        object: index(w.object, part.kubernetes, "workload.object"),
        unit: text(w.unit, "workload.unit"),
        workload: text(w.workload, "workload.workload"),
        ...(w.component !== undefined ? { component: text(w.component, "workload.component") } : {}),
        ...(w.replicas !== undefined ? { replicas: count(w.replicas, "workload.replicas") } : {}),
        ...(w.maxReplicas !== undefined ? { maxReplicas: count(w.maxReplicas, "workload.maxReplicas") } : {}),
        ...(spread !== undefined ? { spread: spread } : {}),
        spof: w.spof === undefined ? false : flag(w.spof, "workload.spof"),
        related: array(w.related, "workload.related").map((j) => index(j, part.kubernetes, "workload.related")),
    };
}
/** Reads the view on each part; facts() merges them. */
class TopologyView {
    policyName;
    ownObjects;
    entrypoint = TOPOLOGY_ENTRYPOINT;
    sysplexes = [];
    workloads = [];
    /**
     * ownObjects: the objects of the repository come first in the input; those after them are a
     * unit's copies of another unit's objects (src/model/units.ts), drawn in their own unit only.
     */
    constructor(policyName, ownObjects) {
        this.policyName = policyName;
        this.ownObjects = ownObjects;
    }
    read(result, part) {
        try {
            const view = object(result, "the result");
            for (const s of array(view.sysplexes, "sysplexes"))
                this.sysplexes.push(sysplex(s, part));
            for (const w of array(view.workloads, "workloads")) {
                const facts = workload(w, part);
                if (facts.object < this.ownObjects)
                    this.workloads.push(facts);
            }
        }
        catch (error) {
            if (!(error instanceof Malformed))
                throw error;
            throw new PolicyError(`${this.policyName}: the view ${this.entrypoint} returned a malformed topology (${error.message})`);
        }
    }
    /** Every part's facts, in the order of the input. */
    facts() {
        return {
            sysplexes: [...this.sysplexes].sort((a, b) => a.zowe - b.zowe),
            workloads: [...this.workloads].sort((a, b) => a.object - b.object),
        };
    }
}

async function evaluateStage(bundle, model, topology) {
    const violations = [];
    let facts;
    for (const source of bundle.sources) {
        const parts = source.scope === "namespace" ? partitionInput(model.input) : wholeInput(model.input);
        const view = topology && facts === undefined && source.policy.provides(TOPOLOGY_ENTRYPOINT)
            ? new TopologyView(source.name, model.ownObjects)
            : undefined;
        for (const violation of await source.policy.evaluate(parts, view)) {
            // A unit's copy of another unit's object is there for its rules to refer to: what is
            // wrong with the object itself is reported where the object is.
            if (violation.object !== undefined && violation.object >= model.ownObjects)
                continue;
            violations.push({ violation, source });
        }
        if (view)
            facts = view.facts();
    }
    if (!topology)
        return { violations };
    return { violations, topology: facts ?? { sysplexes: [], workloads: [] } };
}

/** Exceptions from the configuration: accepted risks with a reason and an expiry date. */
/** Today as YYYY-MM-DD in UTC, the form `expires` is written in. */
function isoDay(now) {
    return now.toISOString().slice(0, 10);
}
function expired(exception, today) {
    return exception.expires < today;
}
/** Tells, for a finding, which live exception covers it. */
function exceptionMatcher(config, cwd) {
    const globs = new Map(config.exceptions.map((e) => [e, picomatch(e.files, { dot: true })]));
    return (finding, exception) => {
        if (finding.ruleId !== exception.rule)
            return false;
        if (exception.instance !== undefined && finding.instance !== exception.instance)
            return false;
        const rel = relativePath(config.dir, resolve(cwd, finding.file));
        return globs.get(exception)?.(rel) ?? false;
    };
}

/**
 * The filter step: which findings are reported, and which are suppressed (kept, marked, not
 * counted) by an inline comment, an exception of the configuration or the baseline.
 */
function diagnostic(rule, file, region, message, path = []) {
    return { ruleId: rule.id, severity: rule.severity, message, file, ...region, path };
}
/** Inline comments of the files that have findings (read again unless known). */
function inlineSuppressions(findings, cwd, limits, known) {
    const byFile = new Map();
    for (const file of new Set(findings.map((f) => f.file))) {
        const comments = known?.get(file);
        if (comments) {
            byFile.set(file, comments);
            continue;
        }
        // Within the same limits as the check: a file refused there (too large, binary) has no comments to honour.
        const read = readSource(resolve(cwd, file), limits);
        byFile.set(file, "text" in read ? parseInlineSuppressions(read.text) : []);
    }
    return byFile;
}
async function suppress(all, options) {
    const { config, cwd } = options;
    const active = [];
    const suppressed = [];
    const inline = inlineSuppressions(all, cwd, config.limits, options.comments);
    for (const [file, comments] of inline) {
        for (const c of comments.filter((s) => s.reason === "")) {
            active.push(diagnostic(DIAGNOSTICS.suppressionWithoutReason, file, c.region, `suppression of ${c.rules.join(", ") || "(no rule)"} gives no reason: add one after "--"`));
        }
    }
    const today = isoDay(options.now);
    const live = config.exceptions.filter((e) => !expired(e, today));
    const used = new Set();
    const matches = exceptionMatcher(config, cwd);
    const baselineLeft = new Map();
    for (const entry of options.baseline?.baseline.entries ?? [])
        baselineLeft.set(entry.fingerprint, [...(baselineLeft.get(entry.fingerprint) ?? []), entry]);
    for (const finding of all) {
        const comment = inline.get(finding.file)?.find((c) => covers(c, finding.ruleId, finding.line));
        if (comment) {
            suppressed.push({
                ...finding,
                suppressed: { kind: "inSource", justification: comment.reason || "(no reason given)" },
            });
            continue;
        }
        const exception = live.find((e) => matches(finding, e));
        if (exception) {
            used.add(exception.index);
            suppressed.push({
                ...finding,
                suppressed: {
                    kind: "external",
                    justification: `${exception.reason} (exception in ${config.file}, expires ${exception.expires})`,
                },
            });
            continue;
        }
        const known = options.baseline ? baselineLeft.get(baselineFingerprint(finding)) : undefined;
        if (known && known.length > 0 && options.baseline) {
            known.pop();
            suppressed.push({
                ...finding,
                suppressed: { kind: "external", justification: `in the baseline ${options.baseline.file}` },
            });
            continue;
        }
        active.push(finding);
    }
    for (const e of config.exceptions) {
        const where = config.file ?? "configuration";
        if (expired(e, today)) {
            active.push(diagnostic(DIAGNOSTICS.exceptionExpired, where, config.locate(["exceptions", e.index, "expires"]), `the exception for ${e.rule} expired on ${e.expires}; its findings are reported again`, ["exceptions", e.index, "expires"]));
        }
        else if (!used.has(e.index)) {
            active.push(diagnostic(DIAGNOSTICS.exceptionStale, where, config.locate(["exceptions", e.index]), `the exception for ${e.rule} (${e.files.join(", ")}${e.instance ? `, instance ${e.instance}` : ""}) matches no finding: remove it or correct it`, ["exceptions", e.index]));
        }
    }
    return { findings: active, suppressed, fixedSinceBaseline: [...baselineLeft.values()].flat() };
}

/**
 * The filter stage: the rule settings of the configuration (a rule off, another severity), then
 * what an inline comment, an exception or the baseline suppresses.
 */
function filterStage(findings, options) {
    return suppress(applyRuleSettings(findings, options.config), options);
}

/**
 * The layer groups: `declared` (absolute paths, highest priority first), then the repository's
 * lists mapped onto `files` (absolute paths).
 */
function layering(declared, lists, files, show) {
    const findings = [];
    const declaredFiles = new Set(declared.flat());
    const byFiles = new Map();
    for (const list of lists) {
        const mapped = mapConfigList(list, files);
        for (const { entry, candidates } of mapped.unmapped) {
            const what = candidates.length === 0
                ? `maps to no file of the repository (${entry.kind === "FILE" ? "no file path ends like it" : `no file is named ${entry.target}`})`
                : `maps to several files (${candidates.map(show).join(", ")})`;
            findings.push(fileFinding(DIAGNOSTICS.configListEntry, list.file, `${entry.text} of the configuration list ${list.text} ${what}: the list is not used, so its files are not checked as the one ` +
                "configuration Zowe merges from them; keep every file of the list in the repository under a path that ends like the " +
                "entry, or declare the list in .zowe-ha-policy.yaml (zowe.configs)", entry.region));
        }
        if (!mapped.files || mapped.files.some((f) => declaredFiles.has(f)))
            continue;
        const key = mapped.files.join("\0");
        const group = byFiles.get(key);
        if (group)
            group.from.push(list);
        else
            byFiles.set(key, { files: mapped.files, from: [list] });
    }
    const notices = [...byFiles.values()].map(({ files: layers, from }) => {
        const where = from.map((l) => `${l.file}:${l.region.line}`).join(", ");
        return `${where}: Zowe reads ${from[0]?.text}; checked as one configuration: ${layers.map(show).join(" over ")}`;
    });
    const groups = [...declared, ...[...byFiles.values()].map((g) => g.files)].map((layers) => ({ files: layers }));
    return { groups, findings, notices };
}

function loadStage(discovered, rendered, config, show) {
    const files = loadFiles(discovered.files.filter((f) => !rendered.has(f)), discovered.others, show, config.limits);
    const layers = layering(config.layerGroups, files.configLists, [...discovered.files, ...discovered.others], show);
    // A PARMLIB member named as a layer may have no .yaml extension: read it as YAML too.
    const others = new Set(discovered.others);
    const members = loadFiles(layers.groups.flatMap((g) => g.files).filter((f) => others.has(f)), [], show, config.limits);
    return {
        sources: [...files.sources, ...members.sources],
        comments: new Map([...files.comments, ...members.comments]),
        findings: [...files.findings, ...members.findings, ...layers.findings],
        layers: layers.groups,
        notices: layers.notices,
    };
}
function loadFiles(files, others, show, limits) {
    const loaded = { sources: [], comments: new Map(), findings: [], configLists: [] };
    for (const absolute of files) {
        const shown = show(absolute);
        const file = loadFile(absolute, shown, limits);
        if ("problem" in file) {
            loaded.findings.push(file.problem);
            continue;
        }
        loaded.sources.push({ absolute, source: file.source });
        loaded.comments.set(shown, file.comments);
        loaded.findings.push(...file.problems);
        loaded.configLists.push(...findConfigLists(file.text, shown));
    }
    for (const absolute of others) {
        // Only text that reads cleanly: a binary or oversized file shows no list and is not ours to report.
        const read = readSource(absolute, limits);
        if ("text" in read)
            loaded.configLists.push(...findConfigLists(read.text, show(absolute)));
    }
    return loaded;
}

function locateStage(evaluated, model) {
    return evaluated.violations.map(({ violation, source }) => ({
        violation,
        finding: locate(violation, model, source),
    }));
}
/** `source` is the policy that reported the violation: only its own rules can be meant. */
function locate(violation, model, source) {
    const rule = source.catalogue.forPackage(violation.rule);
    if (!rule)
        throw new PolicyError(`${source.name}: reported rule package ${violation.rule}, which has no METADATA in its rule catalogue`);
    // The engine checked that the index is that of a subject of the model.
    const subject = violation.zowe !== undefined ? model.zowe[violation.zowe] : model.kubernetes[violation.object ?? -1];
    if (!subject)
        throw new PolicyError(`rule ${violation.rule} reported a subject that is not in the model`);
    const { placed, note } = subject.locate(violation.path, violation.instance, violation.versioned === true);
    const message = note ? `${violation.message} (${note})` : violation.message;
    const docs = rule.sources[0]?.url;
    return {
        ruleId: rule.id,
        severity: violation.severity ?? rule.severity,
        message,
        file: placed.file,
        ...placed.region,
        path: placed.path,
        ...(violation.instance !== undefined ? { instance: violation.instance } : {}),
        ...(docs ? { docs } : {}),
    };
}

const common = {
    job: { name: "ZWE1SV", prefix: "ZWE1" },
    rbacProfileIdentifier: "1",
    cookieIdentifier: "1",
    externalPort: 7554,
    launchScript: { logLevel: "info" },
    verifyCertificates: "STRICT",
};
const V3 = {
    zowe: { ...common, configmgr: { validation: "STRICT" } },
    components: {
        gateway: {
            enabled: true,
            port: 7554,
            apiml: {
                security: {
                    auth: { provider: "zosmf", zosmf: { jwtAutoconfiguration: "jwt", serviceId: "ibmzosmf" } },
                    authorization: { endpoint: { enabled: false }, provider: "native" },
                    x509: { enabled: false },
                },
            },
        },
        zaas: { enabled: true, port: 7558 },
        "api-catalog": { enabled: true, port: 7552 },
        discovery: { enabled: true, port: 7553 },
        "caching-service": {
            enabled: true,
            port: 7555,
            storage: {
                evictionStrategy: "reject",
                mode: "infinispan",
                infinispan: { jgroups: { port: 7600, keyExchange: { port: 7601 } } },
            },
        },
        "app-server": { enabled: true, port: 7556 },
        zss: { enabled: true, port: 7557 },
        "jobs-api": { enabled: false, port: 7558 },
        "files-api": { enabled: false, port: 7559 },
    },
};
const V2 = {
    zowe: { ...common, configmgr: { validation: "COMPONENT-COMPAT" } },
    components: {
        gateway: {
            enabled: true,
            port: 7554,
            apiml: { security: { auth: { provider: "zosmf", zosmf: { jwtAutoconfiguration: "auto", serviceId: "zosmf" } } } },
        },
        "metrics-service": { enabled: false, port: 7551 },
        "cloud-gateway": { enabled: false, port: 7563 },
        "api-catalog": { enabled: true, port: 7552 },
        discovery: { enabled: true, port: 7553 },
        "caching-service": {
            enabled: true,
            port: 7555,
            storage: {
                evictionStrategy: "reject",
                mode: "VSAM",
                vsam: { name: "" },
                infinispan: { jgroups: { port: 7600 } },
            },
        },
        "app-server": { enabled: true, port: 7556 },
        zss: { enabled: true, port: 7557 },
        "jobs-api": { enabled: false, port: 7558 },
        "files-api": { enabled: false, port: 7559 },
    },
};
function deepFreeze(value) {
    if (typeof value === "object" && value !== null) {
        for (const child of Object.values(value))
            deepFreeze(child);
        Object.freeze(value);
    }
    return value;
}
// Frozen rather than copied for every configuration: the merge only reads them (a merged
// configuration is a fresh object), and a write would throw instead of changing the next one.
deepFreeze(V2);
deepFreeze(V3);
function zoweDefaults(version) {
    return version === 2 ? V2 : V3;
}

const string = { type: "string" };
const boolean = { type: "boolean" };
const integer = { type: "integer" };
const strings = { type: "array", items: string };
/** A mapping whose keys are the user's own (environment variables, ZIS parmlib keys). */
const freeMapping = { type: "object" };
function mapping(keys, closed, extra = {}) {
    return { type: "object", keys, closed, ...extra };
}
function oneOf(values, extra = {}) {
    return { type: "string", enum: values, ...extra };
}
/** server-base $defs/port: zowe.externalPort and zOSMF.port. */
const basePort = { type: "integer", min: 0, max: 65535 };
const KEYSTORE_TYPES = ["PKCS12", "JCEKS", "JCECCAKS", "JCERACFKS", "JCECCARACFKS", "JCEHYBRIDRACFKS"];
/** $defs/certificate: a PKCS12 or a key ring certificate, each a closed mapping. */
const certificate = mapping({
    keystore: mapping({ type: oneOf(KEYSTORE_TYPES), file: string, password: string, alias: string }, "schema", {
        required: ["type", "file", "alias"],
    }),
    truststore: mapping({ type: oneOf(KEYSTORE_TYPES), file: string, password: string }, "schema", {
        required: ["type", "file"],
    }),
    pem: mapping({
        key: { type: "string" },
        certificate: { type: "string" },
        certificateAuthorities: { type: ["string", "array"] },
    }, "schema"),
}, "schema", {
    required: ["keystore", "truststore"],
    requiredWhen: [{ key: ["keystore", "type"], values: ["PKCS12"], required: ["pem"] }],
});
const tlsVersion = oneOf(["TLSv1.2", "TLSv1.3"]);
/** The TLS settings: AT-TLS ({attls: true}) or Zowe's own TLS, each a closed mapping. */
const tls = mapping({ attls: { type: ["boolean", "string"] }, ciphers: strings, curves: strings, maxTls: tlsVersion, minTls: tlsVersion }, "schema");
const IPV4 = /^(?:(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$/;
/** $defs/networkSettings. */
const network = mapping({
    server: mapping({
        listenAddresses: {
            type: "array",
            items: { type: "string", pattern: { regex: IPV4, text: "an IPv4 address" } },
        },
        vipaIp: string,
        validatePortFree: boolean,
        tls,
    }, "fixed"),
    client: mapping({ tls }, "schema"),
}, "schema");
const launcher = {
    restartIntervals: { type: "array", items: integer },
    minUptime: integer,
    shareAs: oneOf(["no", "yes", "must", ""]),
};
const dname = mapping({
    caCommonName: string,
    commonName: string,
    orgUnit: string,
    org: string,
    locality: string,
    state: string,
    country: string,
}, "schema");
const setup = mapping({
    dataset: mapping({
        prefix: string,
        proclib: string,
        parmlib: string,
        parmlibMembers: mapping({ zis: string }, "schema"),
        jcllib: string,
        loadlib: string,
        authLoadlib: string,
        authPluginLib: string,
    }, "schema"),
    zis: mapping({ parmlib: mapping({ keys: freeMapping }, "schema") }, "schema"),
    security: mapping({
        product: oneOf(["RACF", "ACF2", "TSS"]),
        groups: mapping({ admin: string, stc: string, sysProg: string }, "schema"),
        users: mapping({ zowe: string, zis: string }, "schema"),
        stcs: mapping({ zowe: string, zis: string, aux: string }, "schema"),
    }, "schema"),
    // PKCS12 or key ring; the two forms leave other keys open.
    certificate: mapping({
        type: oneOf(KEYSTORE_TYPES),
        pkcs12: mapping({
            directory: string,
            name: string,
            password: string,
            caAlias: string,
            caPassword: string,
            lock: boolean,
            import: mapping({ keystore: string, password: string, alias: string }, "schema"),
        }, "schema"),
        keyring: mapping({
            owner: string,
            name: string,
            label: string,
            caLabel: string,
            connect: mapping({ user: string, label: string }, "schema"),
            import: mapping({ dsName: string, password: string }, "schema"),
            zOSMF: mapping({ ca: string, user: string }, "schema"),
        }, "schema"),
        dname,
        validity: integer,
        san: strings,
        importCertificateAuthorities: strings,
    }, "fixed", 
    // Zowe's defaults.yaml always adds a pkcs12 section (of templates), so only keyring can be missing.
    { requiredWhen: [{ key: ["type"], values: KEYSTORE_TYPES.slice(1), required: ["keyring"] }] }),
    vsam: mapping({ mode: oneOf(["NONRLS", "RLS"]), volume: string, storageClass: string, name: { type: "string" } }, "schema"),
}, "schema");
const zowe = mapping({
    setup,
    runtimeDirectory: string,
    logDirectory: string,
    workspaceDirectory: { judgedBy: "ZWE-HA-020" },
    extensionDirectory: string,
    job: mapping({ name: string, prefix: string }, "schema"),
    network,
    extensionRegistry: mapping({
        defaultHandler: string,
        handlers: {
            type: "object",
            each: mapping({ registry: string, path: string }, "partial", { required: ["registry", "path"] }),
        },
    }, "fixed", { required: ["defaultHandler", "handlers"] }),
    launcher: mapping({ ...launcher, unsafeDisableZosVersionCheck: boolean }, "schema"),
    rbacProfileIdentifier: string,
    cookieIdentifier: string,
    externalDomains: { judgedBy: "ZWE-HA-014" },
    externalPort: basePort,
    environments: freeMapping,
    launchScript: mapping({ logLevel: oneOf(["", "info", "debug", "trace"]), onComponentConfigureFail: oneOf(["warn", "exit"]) }, "fixed"),
    certificate,
    verifyCertificates: oneOf(["STRICT", "NONSTRICT", "DISABLED"]),
    sysMessages: strings,
    useConfigmgr: boolean,
    configmgr: mapping({ validation: oneOf(["STRICT", "COMPONENT-COMPAT"]) }, "fixed", { required: ["validation"] }),
}, "schema");
const java = mapping({ home: string }, "fixed");
const node = mapping({ home: string }, "fixed");
const zOSMF = mapping({ host: string, port: basePort, scheme: oneOf(["http", "https"]), applId: string }, "schema");
/** $defs/component: what the base schema checks of every component, at the root and in instances. */
const componentBasics = {
    enabled: boolean,
    certificate,
    launcher: mapping(launcher, "partial"),
    zowe: mapping({ network, job: mapping({ suffix: string }, "partial") }, "partial"),
};
function component(keys) {
    return mapping({ ...componentBasics, ...keys }, "partial", { enforced: "everywhere" });
}
/** Keys every API ML service reads (its start script's ZWE_configs_* variables). */
function apimlService(name, versions, keys = {}) {
    // Only caching-service, api-catalog and zaas have a schema that names them.
    const enforced = versions ? { component: name, versions } : "none";
    return component({
        port: { type: "integer", min: 1024, max: 65535, enforced },
        debug: { ...boolean, enforced },
        heap: mapping({ init: integer, max: integer }, "partial", { enforced }),
        sslDebug: { type: "string", enforced: "none" },
        apiml: { type: "object", enforced: "none" },
        server: { type: "object", enforced: "none" },
        spring: { type: "object", enforced: "none" },
        logging: { type: "object", enforced: "none" },
        diagMode: { enforced: "none" },
        ...keys,
    });
}
/** A port nothing validates: Zowe passes it to the component as written. */
const unvalidatedPort = { type: "integer", min: 1024, max: 65535, enforced: "none" };
const CACHING_MODES = ["inMemory", "infinispan", "VSAM", "redis"];
const storage = mapping({
    mode: oneOf(CACHING_MODES, {
        caseInsensitive: true,
        effect: "the Caching Service then creates no storage and does not start (it compares modes without case)",
    }),
    size: integer,
    evictionStrategy: oneOf(["reject", "removeOldest"], {
        effect: "the Caching Service compares it with reject and removeOldest as written and applies neither",
    }),
    infinispan: mapping({
        jgroups: mapping({
            port: { judgedBy: "ZWE-HA-038" },
            host: string,
            keyExchange: mapping({ port: { judgedBy: "ZWE-HA-038" } }, "fixed"),
        }, "fixed"),
        persistence: mapping({ dataLocation: string, indexLocation: string }, "fixed"),
        initialHosts: string,
    }, "fixed"),
    vsam: mapping({ name: string, keyLength: integer, recordLength: integer, encoding: string }, "fixed"),
    redis: mapping({ masterNodeUri: string, timeout: integer, sentinel: freeMapping, ssl: freeMapping }, "partial"),
}, "fixed", { enforced: "none" });
/** Components by name, and the Zowe versions that have them. */
const COMPONENTS = {
    gateway: {
        versions: [2, 3],
        node: apimlService("gateway", undefined, {
            port: { judgedBy: "ZWE-HA-012" },
            apimlId: { type: "string", enforced: "none" },
        }),
    },
    zaas: { versions: [3], node: apimlService("zaas", [3]) },
    discovery: {
        versions: [2, 3],
        node: apimlService("discovery", undefined, { port: { judgedBy: "ZWE-HA-041" }, replicas: { enforced: "none" } }),
    },
    "api-catalog": { versions: [2, 3], node: apimlService("api-catalog", [2, 3]) },
    "caching-service": { versions: [2, 3], node: apimlService("caching-service", [2, 3], { storage }) },
    "metrics-service": { versions: [2], node: apimlService("metrics-service", undefined) },
    "cloud-gateway": { versions: [2], node: apimlService("cloud-gateway", undefined) },
    "app-server": {
        versions: [2, 3],
        node: component({
            port: unvalidatedPort,
            node: { type: "object", enforced: "none" },
            agent: { type: "object", enforced: "none" },
            instanceDir: { enforced: "none" },
            productDir: { enforced: "none" },
            siteDir: { enforced: "none" },
            groupsDir: { enforced: "none" },
            usersDir: { enforced: "none" },
            pluginsDir: { enforced: "none" },
            dataserviceAuthentication: { enforced: "none" },
            logLevels: { enforced: "none" },
            logLanguage: { enforced: "none" },
            languages: { enforced: "none" },
            instanceID: { enforced: "none" },
            privilegedServerName: { enforced: "none" },
            dns: { enforced: "none" },
            debug: { enforced: "none" },
        }),
    },
    zss: {
        versions: [2, 3],
        node: component({
            port: unvalidatedPort,
            tls: { enforced: "none" },
            crossMemoryServerName: { enforced: "none" },
            agent: { type: "object", enforced: "none" },
            pluginsDir: { enforced: "none" },
            instanceDir: { enforced: "none" },
            productDir: { enforced: "none" },
            dataserviceAuthentication: { enforced: "none" },
            logLevels: { enforced: "none" },
            debug: { enforced: "none" },
        }),
    },
    "jobs-api": { versions: [2, 3], node: component({ port: unvalidatedPort, debug: { enforced: "none" } }) },
    "files-api": { versions: [2, 3], node: component({ port: unvalidatedPort, debug: { enforced: "none" } }) },
    "explorer-jes": { versions: [2, 3], node: component({}) },
    "explorer-mvs": { versions: [2, 3], node: component({}) },
    "explorer-uss": { versions: [2, 3], node: component({}) },
    "explorer-ip": { versions: [2, 3], node: component({}) },
    // API ML as one address space, a technical preview of v3.3.
    apiml: { versions: [3], node: component({ port: unvalidatedPort }) },
    "apiml-common-lib": { versions: [2, 3], node: component({}) },
};
/** Any other component (an extension): only the base schema's $defs/component applies. */
const extension = { type: "object", enforced: "everywhere", keys: componentBasics };
function components(version) {
    const keys = {};
    for (const [name, c] of Object.entries(COMPONENTS))
        if (c.versions.includes(version))
            keys[name] = c.node;
    return { type: "object", keys, each: extension, known: Object.keys(COMPONENTS) };
}
function root(version) {
    const sections = { zowe, java, node, zOSMF, components: components(version) };
    const instance = mapping({
        hostname: { judgedBy: "ZWE-HA-002", enforced: "everywhere" },
        sysname: { judgedBy: "ZWE-HA-002", enforced: "everywhere" },
        ...sections,
    }, "fixed", { required: ["hostname", "sysname"], instance: true });
    return mapping({ ...sections, haInstances: { type: "object", each: instance } }, "schema", {
        enforced: "schema",
    });
}
const ROOTS = { 2: root(2), 3: root(3) };
/** The schema of a Zowe configuration of this major version. */
function zoweSchema(version) {
    return ROOTS[version];
}

/** "Did you mean": the known name a misspelt one most likely stands for. */
/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a, b) {
    if (a === b)
        return 0;
    const cols = b.length + 1;
    const d = new Uint32Array((a.length + 1) * cols);
    const at = (i, j) => d[i * cols + j] ?? 0;
    for (let i = 0; i <= a.length; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i * cols + j] = best;
        }
    }
    return at(a.length, b.length);
}
/**
 * How many edits a name of this length may be away from the name meant: none in names of three
 * letters (`zss` is not `zis`), one in four (`prot`), two in most, three in long ones such as
 * `workspaceDirectory`; one wherever other names are legitimate.
 */
function tolerance(length, strict) {
    if (length <= 3)
        return 0;
    if (strict || length === 4)
        return 1;
    return length <= 12 ? 2 : 3;
}
/**
 * The candidate name is most likely meant by, or undefined when none is close or two are equally
 * close. Case is ignored first (`sysName` → `sysname`). Strict: where other names are legitimate
 * (extension names beside Zowe's components, component keys we do not list), only one edit
 * counts (`prot` → `port`), and a known name followed by a suffix (`gateway-ext`, `zss2`) is taken as a name of its own.
 */
function suggest(name, candidates, strict = false) {
    const lower = name.toLowerCase();
    let best;
    let bestDistance = Infinity;
    let tie = false;
    for (const candidate of candidates) {
        if (candidate === name)
            return undefined;
        const other = candidate.toLowerCase();
        if (other === lower)
            return candidate;
        if (strict && lower.startsWith(other) && /^[-_.0-9]/.test(lower.slice(other.length)))
            continue;
        const allowed = tolerance(Math.max(lower.length, other.length), strict);
        // The distance is at least the difference in length: most names need no comparison.
        if (Math.abs(lower.length - other.length) > allowed)
            continue;
        const distance = editDistance(lower, other);
        if (distance > allowed)
            continue;
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
            tie = false;
        }
        else if (distance === bestDistance) {
            tie = true;
        }
    }
    return tie ? undefined : best;
}

const NOT_REJECTED = {};
const BY_SCHEMA = { enforced: "schema" };
function rejection(scope, walk) {
    const { enforced } = scope;
    if (enforced === "everywhere")
        return BY_SCHEMA;
    if (enforced === "schema")
        return scope.inInstance ? NOT_REJECTED : BY_SCHEMA;
    if (typeof enforced === "object" && !scope.inInstance && enforced.versions.includes(walk.version)) {
        let byComponent = componentRejections.get(enforced);
        if (!byComponent)
            componentRejections.set(enforced, (byComponent = { enforced: "component", component: enforced.component }));
        return byComponent;
    }
    return NOT_REJECTED;
}
const componentRejections = new WeakMap();
const TEMPLATE = /^\s*\$\{\{/;
const BLANK = /^\s*$/;
/** An enum node's values as compared: a Set, folded to lower case where case does not matter. */
const enums = new WeakMap();
function allowedValues(node) {
    let values = enums.get(node);
    if (!values) {
        values = new Set((node.enum ?? []).map((v) => (node.caseInsensitive ? v.toLowerCase() : v)));
        enums.set(node, values);
    }
    return values;
}
/** Every problem of the configuration, in document order. */
function validateZoweConfig(config, version) {
    const walk = { version, root: config, path: [], out: [] };
    visit(config, zoweSchema(version), { enforced: undefined, inInstance: false, parent: undefined }, walk);
    return walk.out;
}
function visit(value, node, outer, walk) {
    if (node.judgedBy !== undefined || value === null || value === undefined)
        return;
    if (typeof value === "string" && value.includes("${{") && TEMPLATE.test(value))
        return;
    const scope = node.enforced === undefined
        ? outer
        : { enforced: node.enforced, inInstance: outer.inInstance, parent: outer.parent };
    const rejected = rejection(scope, walk);
    // What nothing validates reaches the component as an environment variable, where an empty one
    // means unset: the component's default applies (other rules judge a missing setting).
    if (!rejected.enforced && typeof value === "string" && BLANK.test(value))
        return;
    if (node.type !== undefined && !typeMatches(value, node.type, rejected.enforced !== undefined)) {
        report(walk, node, rejected, { kind: "type", value, allowed: describeType(node) });
        return;
    }
    if (node.enum && isScalar(value)) {
        const text = String(value);
        if (!allowedValues(node).has(node.caseInsensitive ? text.toLowerCase() : text)) {
            const suggestion = suggest(text, node.enum);
            report(walk, node, rejected, {
                kind: "enum",
                value,
                allowed: listed(node.enum),
                ...(suggestion ? { suggestion } : {}),
            });
        }
    }
    if (node.min !== undefined || node.max !== undefined) {
        const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
        if (Number.isFinite(n) && ((node.min !== undefined && n < node.min) || (node.max !== undefined && n > node.max))) {
            report(walk, node, rejected, { kind: "range", value, allowed: describeType(node) });
        }
    }
    if (node.pattern && typeof value === "string" && !node.pattern.regex.test(value)) {
        report(walk, node, rejected, { kind: "pattern", value, allowed: node.pattern.text });
    }
    if (Array.isArray(value) && node.items) {
        for (let n = 0; n < value.length; n++) {
            walk.path.push(n);
            visit(value[n], node.items, scope, walk);
            walk.path.pop();
        }
    }
    if (isObject(value) && (node.keys || node.each || node.known))
        visitMapping(value, node, rejected, scope, walk);
}
function report(walk, node, rejected, problem) {
    walk.out.push({ path: [...walk.path], ...problem, ...rejected, ...(node.effect ? { effect: node.effect } : {}) });
}
/** Each mapping node's keys as a Map: one lookup per key of the configuration, whatever the node's shape. */
const keyMaps = new WeakMap();
function keysOf(node) {
    let keys = keyMaps.get(node);
    if (!keys)
        keyMaps.set(node, (keys = new Map(Object.entries(node.keys ?? {}))));
    return keys;
}
function visitMapping(value, node, rejected, scope, walk) {
    const inner = {
        enforced: scope.enforced,
        inInstance: scope.inInstance || node.instance === true,
        parent: node,
    };
    const keys = keysOf(node);
    let explained;
    // for-in rather than Object.keys: no array per mapping (configurations are plain objects).
    for (const key in value) {
        const known = keys.get(key);
        walk.path.push(key);
        if (known) {
            visit(value[key], known, inner, walk);
        }
        else {
            const unknown = unknownKey(key, value, node, walk, rejected, scope.parent);
            if (unknown) {
                walk.out.push(unknown);
                if (unknown.missing && unknown.suggestion)
                    (explained ??= new Set()).add(unknown.suggestion);
            }
            else if (node.each) {
                visit(value[key], node.each, inner, walk);
            }
        }
        walk.path.pop();
    }
    if (!rejected.enforced || (!node.required && !node.requiredWhen))
        return;
    const required = [...(node.required ?? [])];
    for (const { key, values, required: keys } of node.requiredWhen ?? []) {
        const at = valueAt(value, key);
        if (typeof at === "string" && values.includes(at))
            required.push(...keys);
    }
    for (const key of required) {
        if (!Object.prototype.hasOwnProperty.call(value, key) && !explained?.has(key) && !keys.get(key)?.judgedBy) {
            walk.out.push({ kind: "required", path: [...walk.path, key], allowed: key, ...rejected });
        }
    }
}
/**
 * A key that is not one of the node's: misspelt (did you mean), written dotted or one level off
 * (Zowe reads it elsewhere), or simply not read. Undefined when the key is legitimate (an
 * extension's name, a key of a component that we do not list).
 */
function unknownKey(key, value, node, walk, rejected, parent) {
    const keyPath = walk.path;
    const names = [...keysOf(node).keys()];
    const open = node.each !== undefined;
    if (names.length === 0 && !node.known)
        return undefined;
    // In a mapping whose other keys are legitimate, only a near miss is a mistake.
    const strict = node.closed === "partial" || open;
    const closedBySchema = node.closed === "schema" && rejected.enforced !== undefined;
    const at = [...keyPath];
    const path = keyPath.slice(0, -1);
    const meant = suggest(key, node.known ?? names, strict);
    if (meant) {
        const missing = !Object.prototype.hasOwnProperty.call(value, meant) && !inherited(walk, [...path, meant]);
        const required = missing && node.required?.includes(meant) === true && rejected.enforced !== undefined;
        const enforced = closedBySchema || required;
        return {
            kind: "unknown-key",
            path: at,
            suggestion: meant,
            ...(missing ? { missing: true } : {}),
            ...(required ? { required: true } : {}),
            ...(enforced ? rejected : {}),
        };
    }
    if (open)
        return undefined;
    const enforced = closedBySchema ? rejected : {};
    const dotted = dottedPath(key, node);
    if (dotted)
        return { kind: "ignored-key", path: at, readAt: [...path, ...dotted].join("."), dotted: true, ...enforced };
    // Where only some keys are listed, a key one level off may be one of those not listed.
    if (node.closed === "partial")
        return undefined;
    const nested = nestedPath(key, node, false);
    if (nested)
        return { kind: "ignored-key", path: at, readAt: [...path, ...nested].join("."), ...enforced };
    if (parent && keysOf(parent).has(key) && path.length > 0) {
        return { kind: "ignored-key", path: at, readAt: [...path.slice(0, -1), key].join("."), ...enforced };
    }
    // A near miss one or two levels down only for longer names: `prot` is no more `zOSMF.port` than a component's port.
    const near = key.length >= 6 ? nestedPath(key, node, true) : undefined;
    if (near)
        return { kind: "unknown-key", path: at, suggestion: near.join("."), ...enforced };
    if (node.closed === "schema" || node.closed === "fixed") {
        // A short list helps; the twenty keys of `zowe` would drown the message.
        const allowed = names.length <= 8 ? { allowed: listed(names, "and") } : {};
        return { kind: "unknown-key", path: at, ...allowed, ...enforced };
    }
    return undefined;
}
/** An HA instance's key that the instance inherits from the configuration it is merged over. */
function inherited(walk, path) {
    return path[0] === "haInstances" && path.length > 3 && valueAt(walk.root, path.slice(2)) !== undefined;
}
/** `jgroups.port` written as one key: the nested keys it stands for, when they are known. */
function dottedPath(key, node) {
    if (!key.includes("."))
        return undefined;
    const segments = key.split(".");
    let current = node;
    for (const segment of segments) {
        current = current && (keysOf(current).get(segment) ?? current.each);
        if (!current)
            return undefined;
    }
    return segments;
}
/**
 * The one place one or two levels below where the key is known (exactly, or as a near miss): a
 * key written one level too high, like `keyExchange` beside `jgroups` instead of inside it.
 */
function nestedPath(key, node, nearMiss) {
    for (const depth of [1, 2]) {
        const found = [];
        collect(node, [], depth, (name, at) => {
            const hit = nearMiss ? suggest(key, [name], true) === name : name === key;
            if (hit)
                found.push([...at, name]);
        });
        if (found.length === 1)
            return found[0];
        if (found.length > 1)
            return undefined;
    }
    return undefined;
}
function collect(node, at, depth, visitKey) {
    for (const [name, child] of Object.entries(node.keys ?? {})) {
        if (depth === 1)
            visitKey(name, at);
        else
            collect(child, [...at, name], depth - 1, visitKey);
    }
}
function isScalar(value) {
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
function typeMatches(value, type, strict) {
    return typeof type === "string" ? hasType(value, type, strict) : type.some((t) => hasType(value, t, strict));
}
/**
 * Strictly, as JSON Schema types the value configmgr reads. Otherwise as the component reads it:
 * zwe passes every value on as text, so "7554" is a port and "true" a boolean.
 */
function hasType(value, type, strict) {
    switch (type) {
        case "object":
            return isObject(value);
        case "array":
            return Array.isArray(value);
        case "string":
            return typeof value === "string" || (!strict && isScalar(value));
        case "integer":
            return Number.isInteger(value) || (!strict && typeof value === "string" && /^\s*[0-9]+\s*$/.test(value));
        case "boolean":
            return (typeof value === "boolean" || (!strict && typeof value === "string" && /^\s*(?:true|false)\s*$/i.test(value)));
    }
}
const TYPE_WORDS = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    integer: "an integer",
    boolean: "a boolean (true or false)",
};
function describeType(node) {
    const types = node.type === undefined ? ["integer"] : typeof node.type === "string" ? [node.type] : node.type;
    if (types.length === 1 && types[0] === "integer" && node.min !== undefined && node.max !== undefined) {
        return `an integer from ${node.min} to ${node.max}`;
    }
    if (node.enum)
        return `one of ${listed(node.enum)}`;
    return types.map((t) => TYPE_WORDS[t]).join(" or ");
}
function listed(values, last = "or") {
    const shown = values.map((v) => (v === "" ? '""' : v));
    return shown.length < 2 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} ${last} ${shown[shown.length - 1]}`;
}

const ASSUMED = 3;
/** Components of one major version only (zowe-install-packaging files/defaults.yaml of v2.18 and v3). */
const ONLY_IN = { zaas: 3, apiml: 3, "metrics-service": 2, "cloud-gateway": 2 };
/** A runtime directory segment such as v2, 3.1.0, zowe-v3 or zowe_2.18. */
const VERSIONED_SEGMENT = /^(?:zowe[-_.]?)?v?([23])(?:[._]\d+){0,2}$/i;
/** The versions one layer shows. */
function shown(layer) {
    const versions = new Set();
    const components = [layer.components];
    if (isObject(layer.haInstances)) {
        for (const instance of Object.values(layer.haInstances))
            if (isObject(instance))
                components.push(instance.components);
    }
    for (const section of components) {
        if (!isObject(section))
            continue;
        for (const name of Object.keys(section)) {
            const version = ONLY_IN[name];
            if (version)
                versions.add(version);
        }
    }
    const runtime = isObject(layer.zowe) ? layer.zowe.runtimeDirectory : undefined;
    if (typeof runtime === "string") {
        for (const segment of runtime.split("/")) {
            const m = VERSIONED_SEGMENT.exec(segment);
            if (m)
                versions.add(Number(m[1]));
        }
    }
    return versions;
}
/** v3 when a configuration shows both: v3 keys cannot be written for v2, while v2 sections often survive a migration. */
function decide(versions) {
    if (versions.has(3))
        return 3;
    if (versions.has(2))
        return 2;
    return undefined;
}
/** The version of each configuration (given as its layers as Zowe reads them), in order. */
function detectVersion(configs, stated) {
    if (stated !== undefined)
        return configs.map(() => ({ version: stated, assumed: false }));
    const own = configs.map((layers) => decide(new Set(layers.flatMap((layer) => [...shown(layer)]))));
    const repository = decide(new Set(own.filter((v) => v !== undefined)));
    const agreed = repository !== undefined && own.every((v) => v === undefined || v === repository) ? repository : undefined;
    return own.map((version) => {
        const found = version ?? agreed;
        return found !== undefined ? { version: found, assumed: false } : { version: ASSUMED, assumed: true };
    });
}

function isKubernetesObject(value) {
    return isObject(value) && typeof value.apiVersion === "string" && typeof value.kind === "string";
}
function classify(doc) {
    const value = doc.value;
    if (isKubernetesObject(value)) {
        // kubectl writes several objects as one `kind: List`; its items are the objects to check.
        if (value.kind === "List" && Array.isArray(value.items)) {
            const objects = [];
            value.items.forEach((item, n) => {
                if (isKubernetesObject(item))
                    objects.push({ object: item, doc, prefix: ["items", n] });
            });
            return { kind: "kubernetes", objects };
        }
        return { kind: "kubernetes", objects: [{ object: value, doc, prefix: [] }] };
    }
    if (isObject(value) && "zowe" in value)
        return { kind: "zowe", config: value, doc };
    return { kind: "other" };
}
/** Zowe's own components: a `components` mapping naming one of them is Zowe's. */
const ZOWE_COMPONENTS = new Set([
    "gateway",
    "zaas",
    "discovery",
    "api-catalog",
    "caching-service",
    "app-server",
    "zss",
    "apiml",
    "jobs-api",
    "files-api",
    "explorer-jes",
    "explorer-mvs",
    "explorer-uss",
    "metrics-service",
    "cloud-gateway",
]);
/** The shape each top-level section has in a zowe.yaml, checked so that other YAML (an OpenAPI `components`) is not taken for Zowe's. */
const FRAGMENT_SECTIONS = {
    haInstances: (v) => isObject(v) && Object.values(v).some((i) => isObject(i) && ("hostname" in i || "sysname" in i)),
    components: (v) => isObject(v) && Object.keys(v).some((name) => ZOWE_COMPONENTS.has(name)),
    zOSMF: (v) => isObject(v) && ("host" in v || "applId" in v),
    java: (v) => isObject(v) && typeof v.home === "string",
    node: (v) => isObject(v) && typeof v.home === "string",
};
/**
 * A part of a Zowe configuration that holds no `zowe` key (an override file of HA instances, a
 * file of component settings): complete only once merged with the other files of its list.
 */
function isZoweFragment(value) {
    if (!isObject(value) || "zowe" in value || "apiVersion" in value)
        return false;
    return Object.entries(value).some(([key, section]) => FRAGMENT_SECTIONS[key]?.(section) === true);
}

/**
 * A Zowe configuration's source documents, highest priority first (Zowe's left-most file wins).
 * A value of the configuration was written in the first layer that has it, else in the defaults.
 */
class ZoweSubject {
    layers;
    defaults;
    constructor(layers, defaults) {
        this.layers = layers;
        this.defaults = defaults;
    }
    /**
     * Where a value of the configuration was set. With an instance, path is a path in that
     * instance's effective configuration: its override wins over the shared value. A path that
     * exists nowhere is reported at the deepest existing ancestor, where the key must be added.
     */
    locate(path, instance, versioned = false) {
        const candidates = [];
        const prefixes = instance !== undefined ? [["haInstances", instance], []] : [[]];
        this.layers.forEach((doc, layer) => {
            for (const prefix of prefixes) {
                const placed = doc.place(this.layerPath(layer, [...prefix, ...path]));
                candidates.push({ placed, depth: placed.path.length - prefix.length });
            }
        });
        // Candidates are in priority order, so the first of the deepest is the one that applies.
        let best = candidates[0];
        for (const c of candidates)
            if (best && c.depth > best.depth)
                best = c;
        if (!best)
            throw new Error("a Zowe configuration has no source document");
        const unset = best.depth < path.length && valueAt(this.defaults.values, path) !== undefined;
        const note = versionNote(this.defaults, unset, versioned);
        return { placed: best.placed, ...(note ? { note } : {}) };
    }
    /**
     * configmgr concatenates arrays across layers (lowest priority first), so index n of a merged
     * array is some other index of one layer's array; in the other layers the path ends at the array.
     */
    layerPath(layer, path) {
        if (this.layers.length < 2)
            return [...path];
        for (let k = 0; k < path.length; k++) {
            const index = path[k];
            if (typeof index !== "number")
                continue;
            const prefix = path.slice(0, k);
            let offset = 0;
            for (let l = this.layers.length - 1; l >= 0; l--) {
                const items = valueAt(this.layers[l]?.value, prefix);
                const length = Array.isArray(items) ? items.length : 0;
                if (index < offset + length) {
                    return l === layer ? [...prefix, index - offset, ...path.slice(k + 1)] : prefix;
                }
                offset += length;
            }
            return [...path];
        }
        return [...path];
    }
}
/**
 * What a finding adds about the Zowe version: that the value comes from its defaults, and when no
 * file shows the version while the finding depends on it, which version was assumed and how to
 * state it.
 */
function versionNote({ version, assumed }, fromDefaults, versioned) {
    const parts = fromDefaults ? [`the value comes from the Zowe v${version} defaults`] : [];
    if (assumed && (fromDefaults || versioned)) {
        parts.push(`no file shows the Zowe version, so v${version} was assumed: set zoweVersion in .zowe-ha-policy.yaml or --zowe-version`);
    }
    return parts.length > 0 ? parts.join("; ") : undefined;
}
class KubernetesSubject {
    source;
    constructor(source) {
        this.source = source;
    }
    /** Kubernetes objects have no instances; the parameter keeps one signature for all subjects. */
    locate(path) {
        const { doc, prefix, note } = this.source;
        return { placed: doc.place([...prefix, ...path]), ...(note ? { note } : {}) };
    }
}

/**
 * Deployment units: which Kubernetes objects are applied together to one cluster, so that rules
 * relate an HPA to its target, a PDB to its pods or a ConfigMap to its StatefulSet only within
 * one unit. A repository often holds several clusters (clusters/prod and clusters/dev, or a
 * compliant and a non-compliant example) whose objects share names; treated as one, each would
 * judge the other's objects.
 *
 * An object rendered by Kustomize or Helm belongs to its render (one kustomization, one Helm
 * release). Other objects are grouped by folder:
 * - a folder listed by `kubernetes.units` (globs) in the configuration is one unit with all the
 *   files below it (the deepest listed folder wins);
 * - otherwise a folder's own files and its subfolders are one unit, except subfolders that hold
 *   an object of the same identity (API group, kind, namespace and name) as another subfolder or
 *   as the folder's own files: one cluster cannot hold two such objects, so those subfolders are
 *   other clusters (clusters/prod and clusters/dev) or variants (a vendor's version of a sample
 *   Service, applied with the rest of its folder) and each is a unit of its own; one cluster split
 *   by component (gateway/, discovery/, config/) stays one unit.
 * Two objects of one identity in one folder are one unit's duplicate, which a rule reports.
 */
/** "apps/Deployment/zowe/gateway": what makes two objects the same object in one cluster. */
function identityOf(object) {
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const { name } = metadata;
    if (typeof name !== "string" || name === "" || typeof object.kind !== "string")
        return undefined;
    const apiVersion = typeof object.apiVersion === "string" ? object.apiVersion : "";
    const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
    const namespace = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : "default";
    return `${group}/${object.kind}/${namespace}/${name}`;
}
function assignUnits(members, options) {
    const units = new Array(members.length);
    const byFolder = new Map();
    members.forEach((member, index) => {
        if (member.rendered !== undefined) {
            units[index] = member.rendered;
            return;
        }
        const listed = options.listedUnit(member.folder);
        if (listed !== undefined) {
            units[index] = options.show(listed);
            return;
        }
        let list = byFolder.get(member.folder);
        if (!list)
            byFolder.set(member.folder, (list = []));
        list.push(index);
    });
    if (byFolder.size === 0)
        return { units, context: [] };
    /** The unit each folder's own objects ended in, and the units closed below a folder. */
    const unitOfFolder = new Map();
    const closed = [];
    const close = (folder, part, parent) => {
        const name = options.show(folder);
        for (const index of part.members)
            units[index] = name;
        for (const f of part.folders)
            unitOfFolder.set(f, name);
        closed.push({ name, part, ...(parent !== undefined ? { parent } : {}) });
    };
    // Bottom-up. A folder's own files and the open parts of its subfolders join into one part,
    // except subfolders that repeat an identity of another part: those are other clusters (two
    // subfolders that repeat each other's objects) or variants of their folder (a subfolder that
    // redefines some of its folder's own objects), and each becomes a unit of its own.
    const visit = (folder) => {
        const own = { members: folder.members, identities: identitiesOf(folder.members), folders: [folder.path] };
        const parts = [];
        for (const child of folder.children) {
            const part = visit(child);
            if (part)
                parts.push({ path: child.path, part });
        }
        const owners = new Map();
        const apart = new Set();
        parts.forEach(({ part }, k) => {
            for (const identity of part.identities) {
                const owner = own.identities.has(identity) ? -1 : owners.get(identity);
                if (owner === undefined)
                    owners.set(identity, k);
                else if (owner !== k)
                    apart.add(owner).add(k);
            }
        });
        const joined = own;
        parts.forEach(({ path, part }, k) => {
            if (apart.has(k))
                return close(path, part, folder.path);
            joined.members = [...joined.members, ...part.members];
            for (const identity of part.identities)
                joined.identities.add(identity);
            joined.folders.push(...part.folders);
        });
        return joined.members.length > 0 ? joined : undefined;
    };
    const identitiesOf = (indexes) => {
        const identities = new Set();
        for (const index of indexes) {
            const identity = members[index]?.identity;
            if (identity !== undefined)
                identities.add(identity);
        }
        return identities;
    };
    const root = folderTree(byFolder);
    const rest = visit(root);
    if (rest)
        close(root.path, rest);
    const byName = new Map(closed.map((c) => [c.name, c.part]));
    const context = [];
    for (const { name, part, parent } of closed) {
        let folder = parent;
        while (folder !== undefined && !unitOfFolder.has(folder))
            folder = folder === root.path ? undefined : dirname(folder);
        const base = folder !== undefined ? byName.get(unitOfFolder.get(folder)) : undefined;
        if (!base || base === part)
            continue;
        const extra = base.members.filter((m) => {
            const identity = members[m]?.identity;
            return identity === undefined || !part.identities.has(identity);
        });
        if (extra.length > 0)
            context.push({ unit: name, members: extra });
    }
    return { units, context };
}
/** The folders holding members and their ancestors up to the deepest folder above all of them. */
function folderTree(byFolder) {
    const paths = [...byFolder.keys()];
    let top = paths[0];
    for (const path of paths)
        while (!within$1(path, top))
            top = dirname(top);
    const folders = new Map();
    const folderAt = (path) => {
        let folder = folders.get(path);
        if (folder)
            return folder;
        folder = { path, children: [], members: byFolder.get(path) ?? [] };
        folders.set(path, folder);
        if (path !== top)
            folderAt(dirname(path)).children.push(folder);
        return folder;
    };
    for (const path of paths)
        folderAt(path);
    return folderAt(top);
}
function within$1(path, folder) {
    return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** Builds the model from parsed files: what each document is, and where its subjects came from. */
/** The ConfigMap key under which Zowe's Kubernetes deployment keeps its zowe.yaml. */
const EMBEDDED_ZOWE_KEY = "zowe.yaml";
const NO_UNITS = { listedUnit: () => undefined, show: (folder) => folder };
class ModelBuilder {
    options;
    model;
    /** Zowe configurations read so far that are complete on their own (a `zowe` key at the top). */
    standalone = [];
    embeddedConfigs = [];
    /** The first document of every file read: a layer of a configuration list, whatever its keys. */
    firstDocument = new Map();
    /** Files that hold Zowe keys but no `zowe` key: parts of a configuration list. */
    fragments = new Map();
    unitMembers = [];
    constructor(options) {
        this.options = options;
        this.model = {
            input: {
                zoweVersion: options.zoweVersion ?? 3,
                zowe: [],
                kubernetes: [],
                units: [],
                options: { kubernetes: options.kubernetes ?? { scope: "zowe", ha: false } },
            },
            zowe: [],
            kubernetes: [],
            ownObjects: 0,
        };
    }
    /** Adds a file's documents; returns the syntax problems of what it embeds. */
    add(file, absolutePath = file.path, folder = dirname(absolutePath)) {
        const findings = [];
        const first = file.documents.find((d) => isObject(d.value));
        if (first)
            this.firstDocument.set(absolutePath, first);
        for (const doc of file.documents) {
            const c = classify(doc);
            if (c.kind === "zowe")
                this.standalone.push({ file: absolutePath, doc: c.doc });
            else if (c.kind === "kubernetes")
                for (const source of c.objects)
                    findings.push(...this.addObject(source, { folder }));
            else if (doc === first && isZoweFragment(doc.value))
                this.fragments.set(absolutePath, doc);
        }
        return findings;
    }
    /** Adds the objects of a render (a kustomization, a Helm release): one deployment unit. */
    addRendered(rendered) {
        return rendered.objects.flatMap((source) => this.addObject(source, { folder: "", rendered: rendered.unit }));
    }
    /**
     * The model: every configuration list merged as Zowe's configuration manager merges it, the
     * other configurations each alone, with the defaults of their Zowe version and templates
     * resolved, and validated against the keys Zowe reads; every object in its deployment unit. Also the findings about what was read
     * (values Zowe reads differently, fragments judged nowhere) and the layer files not read.
     */
    finish(groups = []) {
        const findings = [];
        const inGroup = new Set(groups.flatMap((g) => g.files));
        const missingLayers = [...inGroup].filter((f) => !this.firstDocument.has(f));
        const configs = [];
        for (const group of groups) {
            const layers = group.files.flatMap((f) => this.firstDocument.get(f) ?? []);
            if (layers.length > 0)
                configs.push({ layers, container: false });
        }
        for (const { file, doc } of this.standalone)
            if (!inGroup.has(file))
                configs.push({ layers: [doc], container: false });
        for (const [file, doc] of this.fragments) {
            if (inGroup.has(file))
                continue;
            const region = doc.locate([firstKey(doc.value)]).region;
            findings.push(fileFinding(DIAGNOSTICS.zoweFragment, doc.file.path, `${doc.file.path} holds Zowe settings (${zoweKeys(doc.value)}) but no zowe key: it is one layer of a ` +
                "configuration list, so it is not checked alone; declare the list as Zowe reads it (CONFIG=FILE(this file):FILE(the rest) in " +
                "the ZWESLSTC procedure, or zwe start --config) or in .zowe-ha-policy.yaml (zowe.configs)", region));
        }
        configs.push(...this.embeddedConfigs);
        const read = configs.map((c) => c.layers.map((d) => {
            const { value, differences } = d.readAsZowe();
            findings.push(...differences.map((p) => problemFinding(d.file.path, p)));
            return (isObject(value) ? value : {});
        }));
        const versions = detectVersion(read, this.options.zoweVersion);
        configs.forEach((c, k) => {
            const version = versions[k];
            const layers = read[k] ?? [];
            const config = resolveTemplates(mergeLayers(layers, zoweDefaults(version.version)));
            const validation = [
                ...validateZoweConfig(config, version.version),
                ...(this.options.zoweSchemas?.validate(config, layers) ?? []),
            ];
            this.model.input.zowe.push({
                config,
                container: c.container,
                version: version.version,
                ...(version.assumed ? { versionAssumed: true } : {}),
                ...(c.configMap !== undefined ? { configMap: c.configMap } : {}),
                ...(validation.length > 0 ? { validation } : {}),
            });
            this.model.zowe.push(new ZoweSubject(c.layers, { ...version, values: zoweDefaults(version.version) }));
        });
        const { units, context } = assignUnits(this.unitMembers, this.options.units ?? NO_UNITS);
        const { input, kubernetes } = this.model;
        input.units = units;
        this.model.ownObjects = input.kubernetes.length;
        // A unit's context: copies of the objects it is applied with, for its rules to refer to.
        for (const { unit, members } of context) {
            for (const j of members) {
                input.kubernetes.push(input.kubernetes[j]);
                input.units.push(unit);
                kubernetes.push(kubernetes[j]);
            }
        }
        return { model: this.model, findings, missingLayers };
    }
    addObject(source, member) {
        const index = this.model.input.kubernetes.length;
        this.model.input.kubernetes.push(source.object);
        this.model.kubernetes.push(new KubernetesSubject(source));
        this.unitMembers.push({ ...member, identity: identityOf(source.object) });
        const data = source.object.data;
        if (source.object.kind !== "ConfigMap" || !isObject(data) || typeof data[EMBEDDED_ZOWE_KEY] !== "string")
            return [];
        return this.addEmbeddedZowe(source, index);
    }
    /** A zowe.yaml in a ConfigMap is a container configuration, located inside the ConfigMap's file. */
    addEmbeddedZowe(source, configMap) {
        const path = [...source.prefix, "data", EMBEDDED_ZOWE_KEY];
        const embedded = source.doc.embedded(path);
        if (!embedded)
            return [];
        const inner = new SourceFile(embedded.file, embedded.text, undefined, embedded.embedding);
        for (const doc of inner.documents) {
            const c = classify(doc);
            if (c.kind === "zowe")
                this.embeddedConfigs.push({ layers: [c.doc], container: true, configMap });
        }
        return inner.problems.map((p) => problemFinding(embedded.file, p));
    }
}
function firstKey(value) {
    return isObject(value) ? (Object.keys(value)[0] ?? "") : "";
}
function zoweKeys(value) {
    return isObject(value)
        ? Object.keys(value)
            .filter((k) => isZoweFragment({ [k]: value[k] }))
            .join(", ")
        : "";
}

/**
 * The model stage: the loaded and rendered documents made into what the policies judge: each Zowe
 * configuration as configmgr merges its layers over the defaults, and the Kubernetes objects
 * in their deployment units.
 */
async function modelStage(loaded, rendered, options) {
    const { config, show } = options;
    // Zowe's own schemas need ajv, loaded only when the configuration names them.
    const zoweSchemas = config.zoweSchemas
        ? (await import('./zowe-schemas.js')).configuredZoweSchemas(config)
        : undefined;
    const builder = new ModelBuilder({
        ...(options.zoweVersion !== undefined ? { zoweVersion: options.zoweVersion } : {}),
        kubernetes: config.kubernetes,
        units: { listedUnit: listedUnits(config), show },
        ...(zoweSchemas ? { zoweSchemas } : {}),
    });
    const findings = [];
    for (const { absolute, source } of loaded.sources)
        findings.push(...builder.add(source, absolute));
    for (const unit of rendered)
        findings.push(...builder.addRendered(unit));
    const built = builder.finish(loaded.layers);
    findings.push(...built.findings);
    // A layer outside the paths checked this time is not missing; one that does not exist is.
    const notices = built.missingLayers
        .filter((file) => !existsSync(file))
        .map((missing) => `${config.file ?? "configuration"}: layer file ${show(missing)} does not exist`);
    return { model: built.model, findings, notices };
}
/** The folder that a `kubernetes.units` glob lists for a folder: itself or its deepest listed ancestor. */
function listedUnits(config) {
    if (config.kubernetesUnits.length === 0)
        return () => undefined;
    const listed = picomatch(config.kubernetesUnits, { dot: true });
    const cache = new Map();
    const lookup = (folder) => {
        if (cache.has(folder))
            return cache.get(folder);
        const rel = relativePath(config.dir, folder);
        let found;
        if (rel !== "" && !rel.startsWith(".."))
            found = listed(rel) ? folder : lookup(resolve(folder, ".."));
        cache.set(folder, found);
        return found;
    };
    return lookup;
}

const KEYWORDS = new Set(["if", "else", "end", "range", "with", "define", "block", "break", "continue"]);
/** All actions of a template text, in order. An unterminated action ends the list (Helm rejects the template). */
function lexActions(text) {
    const actions = [];
    let i = text.indexOf("{{");
    while (i >= 0) {
        const start = i;
        let j = i + 2;
        const trimLeft = text[j] === "-" && /[ \t\r\n]/.test(text[j + 1] ?? "");
        if (trimLeft)
            j += 1;
        const bodyStart = j;
        let bodyEnd = -1;
        let end = -1;
        let trimRight = false;
        const afterSpace = text.slice(j).match(/^\s*/)?.[0].length ?? 0;
        if (text.startsWith("/*", j + afterSpace)) {
            const close = text.indexOf("*/", j + afterSpace + 2);
            if (close < 0)
                break;
            const tail = /^\s*(-?)\s*\}\}/.exec(text.slice(close + 2));
            if (!tail)
                break;
            trimRight = tail[1] === "-";
            bodyEnd = close + 2;
            end = close + 2 + tail[0].length;
        }
        else {
            for (let k = j; k < text.length; k++) {
                const c = text[k];
                if (c === '"' || c === "'") {
                    k = skipQuoted(text, k, c);
                }
                else if (c === "`") {
                    const close = text.indexOf("`", k + 1);
                    k = close < 0 ? text.length : close;
                }
                else if (c === "}" && text[k + 1] === "}") {
                    trimRight = text[k - 1] === "-" && /[ \t\r\n]/.test(text[k - 2] ?? "");
                    bodyEnd = trimRight ? k - 1 : k;
                    end = k + 2;
                    break;
                }
            }
            if (end < 0)
                break;
        }
        const body = text.slice(bodyStart, bodyEnd).trim();
        actions.push({ start, end, trimLeft, trimRight, body, ...classifyAction(body) });
        i = text.indexOf("{{", end);
    }
    return actions;
}
function skipQuoted(text, from, quote) {
    for (let k = from + 1; k < text.length; k++) {
        if (text[k] === "\\")
            k += 1;
        else if (text[k] === quote || text[k] === "\n")
            return k;
    }
    return text.length;
}
function classifyAction(body) {
    if (body.startsWith("/*"))
        return { kind: "comment" };
    const word = /^[a-z]+/.exec(body)?.[0];
    if (word === "template")
        return { kind: "output", keyword: "template" };
    if (word && KEYWORDS.has(word)) {
        if (word === "block")
            return { kind: "output", keyword: "block" };
        if (word === "else") {
            const next = /^else\s+(if|with|range)\b/.exec(body)?.[1];
            return { kind: "control", keyword: "else", ...(next ? { elseOf: next } : {}) };
        }
        return { kind: "control", keyword: word };
    }
    if (/^\$[A-Za-z0-9_]*\s*:?=[^=]/.test(body))
        return { kind: "assign" };
    return { kind: "output" };
}
const TOKEN = /\s+|"(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*|(?:\.[A-Za-z0-9_]+)+|\.|[A-Za-z_][A-Za-z0-9_]*|:=|[()|=,]|./gy;
function tokenize(body) {
    const tokens = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
        const s = m[0];
        if (/^\s/.test(s))
            continue;
        const previous = tokens[tokens.length - 1];
        if (s[0] === '"')
            tokens.push({ t: "str", v: unquote(s) });
        else if (s[0] === "`")
            tokens.push({ t: "str", v: s.slice(1, -1) });
        else if (s[0] === "'")
            tokens.push({ t: "num", v: s.codePointAt(1) ?? 0 });
        else if (/^-?\d/.test(s))
            tokens.push({ t: "num", v: Number(s) });
        else if (s[0] === "$") {
            const [name = "$", ...fields] = s.split(".");
            tokens.push({ t: "var", name, fields });
        }
        else if (s[0] === ".")
            tokens.push({ t: "field", v: s === "." ? [] : s.slice(1).split("."), chained: previous?.t === ")" });
        else if (/^[A-Za-z_]/.test(s))
            tokens.push({ t: "ident", v: s });
        else if (s === "(" || s === ")" || s === "|" || s === ":=" || s === "=" || s === ",")
            tokens.push({ t: s });
    }
    return tokens;
}
function unquote(s) {
    try {
        return JSON.parse(s);
    }
    catch {
        return s.slice(1, -1);
    }
}
function parsePipeline(tokens, at) {
    const commands = [[]];
    while (at.i < tokens.length) {
        const token = tokens[at.i];
        at.i += 1;
        if (token.t === ")")
            break;
        if (token.t === "|")
            commands.push([]);
        else if (token.t === "(")
            commands[commands.length - 1]?.push({ pipeline: parsePipeline(tokens, at), fields: [] });
        else {
            const command = commands[commands.length - 1];
            const previous = command?.[command.length - 1];
            // `(index .Values "a-b").replicas`: the fields read the parenthesised value.
            if (token.t === "field" && token.chained && previous && "pipeline" in previous)
                previous.fields.push(...token.v);
            else
                command?.push(token);
        }
    }
    return commands.filter((c) => c.length > 0);
}
function extend(ref, fields) {
    if (!ref)
        return undefined;
    if ("root" in ref) {
        if (fields.length === 0)
            return ref;
        return fields[0] === "Values" ? { values: fields.slice(1) } : undefined;
    }
    return { values: [...ref.values, ...fields] };
}
function operandRef(operand, scope) {
    if (!operand || "pipeline" in operand)
        return undefined;
    if (operand.t === "field")
        return operand.chained ? undefined : extend(scope.dot, operand.v);
    if (operand.t === "var")
        return extend(operand.name === "$" ? { root: true } : scope.variable(operand.name), operand.fields);
    return undefined;
}
function commandRefs(command, scope, into) {
    const [first] = command;
    if (first && "t" in first && first.t === "ident" && first.v === "index") {
        let ref = operandRef(command[1], scope);
        for (const key of command.slice(2)) {
            if ("t" in key && (key.t === "str" || key.t === "num"))
                ref = extend(ref, [key.v]);
            else
                ref = undefined;
        }
        if (ref)
            into.push(ref);
        return;
    }
    for (const operand of command) {
        if ("pipeline" in operand) {
            const inner = [];
            for (const c of operand.pipeline)
                commandRefs(c, scope, inner);
            if (operand.fields.length > 0) {
                const ref = inner.length === 1 ? extend(inner[0], operand.fields) : undefined;
                if (ref)
                    into.push(ref);
            }
            else
                into.push(...inner);
        }
        else {
            const ref = operandRef(operand, scope);
            if (ref)
                into.push(ref);
        }
    }
}
/** Reads the expression of an action body (after its keyword, if any). */
function readExpression(body, scope) {
    const text = body.replace(/^(?:else\s+)?(?:if|range|with|template|block|define)\b/, "");
    const tokens = tokenize(text);
    const declares = [];
    const assign = tokens.findIndex((t) => t.t === ":=" || t.t === "=");
    if (assign >= 0 && tokens.slice(0, assign).every((t) => t.t === "var" || t.t === ",")) {
        for (const t of tokens.slice(0, assign))
            if (t.t === "var")
                declares.push(t.name);
        tokens.splice(0, assign + 1);
    }
    const calls = new Set();
    let indent;
    let file;
    tokens.forEach((t, k) => {
        if (t.t === "ident")
            calls.add(t.v);
        if (t.t === "field" && t.v.join(".") === "Files.Get")
            calls.add(".Files.Get");
        if (t.t === "var" && t.fields.join(".") === "Files.Get")
            calls.add(".Files.Get");
        const next = tokens[k + 1];
        if (t.t === "ident" && (t.v === "indent" || t.v === "nindent") && next?.t === "num")
            indent = next.v;
        if (((t.t === "field" && t.v.join(".") === "Files.Get") || (t.t === "var" && t.fields.join(".") === "Files.Get")) &&
            next?.t === "str")
            file = next.v;
    });
    if (body.startsWith("template") || body.startsWith("block"))
        calls.add("template");
    const refs = [];
    for (const command of parsePipeline(tokens, { i: 0 }))
        commandRefs(command, scope, refs);
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
function writesLines(expression) {
    return MULTI_LINE.some((f) => expression.calls.has(f));
}
/** Output that comes from other templates (helpers), not from the values it is given. */
function callsTemplate(expression) {
    return expression.calls.has("include") || expression.calls.has("template");
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
};
const NO_HINTS = { count: () => undefined, shows: () => undefined };
var Move;
(function (Move) {
    Move[Move["None"] = 0] = "None";
    Move[Move["Skip"] = 1] = "Skip";
    Move[Move["Enter"] = 2] = "Enter";
    Move[Move["Leave"] = 3] = "Leave";
    Move[Move["Back"] = 4] = "Back";
    Move[Move["Match"] = 5] = "Match";
    Move[Move["Absorb"] = 6] = "Absorb";
    Move[Move["Ignore"] = 7] = "Ignore";
    Move[Move["Unexplained"] = 8] = "Unexplained";
})(Move || (Move = {}));
function matchGain(line) {
    const pattern = line.pattern;
    if (pattern?.literal)
        return SCORE.literal;
    return pattern && !pattern.joinsPrevious && pattern.literalChars > 1 ? SCORE.pattern : SCORE.weakPattern;
}
function indentOf(line) {
    return line.length - line.trimStart().length;
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
function expand(model, part, outer, count) {
    const entries = [];
    const backs = [];
    const opens = new Map();
    const opening = new Map();
    for (const r of model.ranges)
        if (r.open >= part.from && r.end < part.to && r.end > r.open && !opening.has(r.open))
            opening.set(r.open, r);
    const emit = (from, to, fixed) => {
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
                for (let item = 0; item < n; item++)
                    emit(range.open + 1, range.end, new Map([...fixed, [range.id, item]]));
            }
            else {
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
function align(model, part, rendered, ignored, outer = new Map(), hints = NO_HINTS) {
    const { entries, backs, opens } = expand(model, part, outer, (r, i) => hints.count(r, i));
    const T = entries.length;
    const S = 2 * T + 1; // before(t) = 2t, in(t) = 2t + 1, end = 2T
    const R = rendered.length;
    if ((R + 1) * S > MAX_CELLS)
        return { origins: new Array(R).fill(undefined), score: -Infinity, written: -Infinity };
    const score = new Float32Array((R + 1) * S).fill(-Infinity);
    const from = new Int32Array((R + 1) * S).fill(-1);
    const move = new Uint8Array((R + 1) * S);
    const lines = entries.map((e) => model.lines[e.line]);
    const trimmed = rendered.map((l) => l.trimEnd());
    // Whether a template line matches a rendered line: 0 not known yet, 1 no, 2 yes (an unrolled range repeats lines).
    const matches = new Uint8Array((part.to - part.from) * R);
    const execOf = (t, r) => {
        const line = lines[t];
        const pattern = line?.pattern;
        const text = trimmed[r] ?? "";
        if (!line || !pattern)
            return null;
        if (pattern.literal)
            return line.text.trimEnd() === text
                ? Object.assign([text], { index: 0, input: text })
                : null;
        return pattern.regex.exec(text);
    };
    const matchOf = (t, r) => {
        const key = ((lines[t]?.index ?? part.from) - part.from) * R + r;
        if (matches[key] === 0)
            matches[key] = execOf(t, r) ? 2 : 1;
        return matches[key] === 2;
    };
    const relax = (r, to, value, prev, how) => {
        const i = r * S + to;
        if (value > score[i]) {
            score[i] = value;
            from[i] = prev;
            move[i] = how;
            return true;
        }
        return false;
    };
    const closure = (r) => {
        let lowest = 0;
        for (let pass = 0; pass <= backs.length + 1; pass++) {
            for (let s = lowest; s < S - 1; s++) {
                const here = score[r * S + s];
                if (here === -Infinity)
                    continue;
                const t = s >> 1;
                const line = lines[t];
                if (s % 2 === 0) {
                    relax(r, s + 2, here, s, Move.Skip);
                    if (line?.kind === "emitter")
                        relax(r, s + 1, here, s, Move.Enter);
                }
                else {
                    relax(r, s + 1, here, s, Move.Leave);
                }
            }
            lowest = S;
            for (const b of backs) {
                const s = 2 * b.from;
                const to = 2 * b.to;
                const here = score[r * S + s];
                if (here !== -Infinity && relax(r, to, here, s, Move.Back))
                    lowest = Math.min(lowest, to);
            }
            if (lowest === S)
                break;
        }
    };
    score[0] = 0;
    closure(0);
    for (let r = 0; r < R; r++) {
        const base = r * S;
        const text = trimmed[r] ?? "";
        const blank = text.trim() === "" || ignored(r);
        for (let s = 0; s < S; s++) {
            const here = score[base + s];
            if (here === -Infinity)
                continue;
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
            }
            else if (line?.emitter && indentOf(text) >= line.emitter.minIndent) {
                const entry = entries[t];
                const shown = hints.shows(line, entry.fixed, text);
                const gain = shown === undefined ? SCORE.emitted : shown ? SCORE.shown : SCORE.notShown;
                relax(r + 1, s, here + gain, s, Move.Absorb);
            }
        }
        closure(r + 1);
    }
    // Walk back from the end, then forward to count the iterations of each range.
    const steps = [];
    let s = S - 1;
    let r = R;
    while (r > 0 || s !== 0) {
        const i = r * S + s;
        const how = move[i];
        const prev = from[i];
        if (how === Move.None || prev < 0)
            break;
        steps.push({ s, r, how });
        if (how === Move.Match || how === Move.Absorb || how === Move.Ignore || how === Move.Unexplained)
            r -= 1;
        s = prev;
    }
    steps.reverse();
    const origins = new Array(R).fill(undefined);
    const counters = new Map();
    const backOf = new Map(backs.map((b) => [2 * b.from, b.id]));
    const iterations = (t) => new Map([...(entries[t]?.fixed ?? []), ...counters]);
    let previous;
    let written = 0;
    let state = 0;
    for (const step of steps) {
        const t = state >> 1;
        const line = entries[t]?.line ?? 0;
        const opened = state % 2 === 0 ? opens.get(t) : undefined;
        switch (step.how) {
            case Move.Skip:
                if (opened !== undefined)
                    counters.set(opened, 0);
                break;
            case Move.Back: {
                const id = backOf.get(state);
                if (id !== undefined)
                    counters.set(id, (counters.get(id) ?? 0) + 1);
                break;
            }
            case Move.Match: {
                if (opened !== undefined)
                    counters.set(opened, 0);
                const m = execOf(t, step.r - 1);
                const groups = (m?.indices ?? []).slice(1).map((g) => (g ? [g[0], g[1]] : undefined));
                origins[step.r - 1] = { kind: "line", line, groups, iterations: iterations(t) };
                previous = line;
                written += matchGain(lines[t]);
                break;
            }
            case Move.Absorb:
                origins[step.r - 1] = { kind: "emitted", line, iterations: iterations(t) };
                break;
            case Move.Unexplained:
                origins[step.r - 1] = { kind: "unexplained", previous };
                written += SCORE.unexplained;
                break;
        }
        state = step.s;
    }
    return { origins, score: score[R * S + S - 1], written };
}

/**
 * A document `helm template` wrote, and the way back from a place in it to the chart's files:
 * the values file line that sets the value when the template takes it from `.Values`, else the
 * template line that wrote it, else the document's first line in the template.
 */
const WHOLE_LINE = (line) => ({ line, column: 1, endLine: line, endColumn: 1 });
function trimmedRegion(line) {
    const start = line.text.length - line.text.trimStart().length;
    const end = line.text.trimEnd().length;
    return { line: line.index + 1, column: start + 1, endLine: line.index + 1, endColumn: Math.max(end, start + 1) + 1 };
}
function isHeader(line) {
    return line.startsWith("# Source: ") || /^---\s*$/.test(line);
}
/**
 * Maps regions of one rendered document's text (its segment of the output, `# Source` header
 * included) to the chart's files. Also used for a segment that did not parse.
 */
class SegmentMapper {
    template;
    lines;
    context;
    earlier;
    member;
    aligned;
    constructor(template, lines, context, 
    /** The documents before this one from the same template, in output order. */
    earlier, 
    /** The template's name inside a packaged subchart (template is then the archive). */
    member) {
        this.template = template;
        this.lines = lines;
        this.context = context;
        this.earlier = earlier;
        this.member = member;
    }
    get model() {
        return this.context.model(this.template, this.member);
    }
    /**
     * The template part that wrote this document (its lines between `---`): the one whose own
     * lines match best (what its actions write is alike in many parts), then the best alignment.
     */
    choosePart() {
        const model = this.model;
        if (!model)
            return null;
        let best = null;
        for (const part of model.parts) {
            const alignment = align(model, part, this.lines, (r) => isHeader(this.lines[r] ?? ""), new Map(), this.hints);
            const better = !best ||
                alignment.written > best.alignment.written ||
                (alignment.written === best.alignment.written && alignment.score > best.alignment.score);
            if (better)
                best = { alignment, part };
        }
        return best;
    }
    /**
     * The part and alignment. A part inside a `range` writes one document per item (some items
     * may write none, under an `if`): the item is the one whose values the document's text shows
     * (its key as a name, its scalars), else the count of earlier documents from the same part.
     */
    alignment() {
        if (this.aligned !== undefined)
            return this.aligned;
        const chosen = this.choosePart();
        const model = this.model;
        if (chosen && model) {
            const enclosing = model.ranges.filter((r) => r.open < chosen.part.from && r.end >= chosen.part.from);
            if (enclosing.length > 0) {
                const ordinal = this.earlier.filter((e) => e.alignment()?.part.from === chosen.part.from).length;
                const outer = new Map();
                for (const range of enclosing)
                    outer.set(range.id, this.itemOf(range, model, chosen.alignment, outer, ordinal));
                chosen.alignment = align(model, chosen.part, this.lines, (r) => isHeader(this.lines[r] ?? ""), outer, this.hints);
            }
        }
        this.aligned = chosen;
        return chosen;
    }
    shown = new Map();
    hints = {
        count: (range, iterations) => {
            const values = this.context.values;
            const over = range.over && "values" in range.over ? values.resolve(range.over.values, iterations) : undefined;
            const collection = over ? values.valueAt(over) : undefined;
            if (Array.isArray(collection))
                return collection.length;
            if (isObject(collection))
                return Object.keys(collection).length;
            // Unset: the template may range over a default (`| default list`) the values do not show.
            return collection === null ? 0 : undefined;
        },
        shows: (line, iterations, rendered) => {
            const emitter = line.emitter;
            if (emitter?.expression.file !== undefined)
                return this.fileLines(emitter.expression.file)?.has(rendered.trim());
            if (!emitter || callsTemplate(emitter.expression) || !emitter.expression.refs.some((r) => r && "values" in r))
                return undefined;
            const key = `${line.index} ${[...iterations].join(",")}`;
            let words = this.shown.get(key);
            if (!words) {
                words = new Set();
                for (const ref of emitter.expression.refs) {
                    const path = ref && "values" in ref ? this.context.values.resolve(ref.values, iterations) : undefined;
                    if (path)
                        collectWords(this.context.values.valueAt(path), words);
                }
                this.shown.set(key, words);
            }
            return words.has(lineWord(rendered));
        },
    };
    chartFiles = new Map();
    /** A file of the chart by the name `.Files.Get` gives it; nothing outside the chart (Helm's .Files holds only its files). */
    chartFile(name) {
        const dir = this.context.chart.dir;
        const file = resolve(dir, name);
        return !this.context.chart.archive && file.startsWith(dir + sep) ? file : undefined;
    }
    /** The trimmed lines of a chart file that `.Files.Get` reads. */
    fileLines(name) {
        if (!this.chartFiles.has(name)) {
            let lines;
            const file = this.chartFile(name);
            if (file) {
                try {
                    lines = new Set(readFileSync(file, "utf8")
                        .split("\n")
                        .map((l) => l.trim()));
                }
                catch {
                    lines = undefined;
                }
            }
            this.chartFiles.set(name, lines);
        }
        return this.chartFiles.get(name);
    }
    itemOf(range, model, alignment, known, ordinal) {
        const values = this.context.values;
        const count = this.hints.count(range, known) ?? 0;
        let best = ordinal;
        let bestAgreement = 0;
        for (let item = 0; item < count; item++) {
            const iterations = new Map([...known, [range.id, item]]);
            let agreement = 0;
            alignment.origins.forEach((origin, r) => {
                if (origin?.kind !== "line")
                    return;
                const outputs = model.lines[origin.line]?.pattern?.outputs ?? [];
                outputs.forEach((output, k) => {
                    const span = origin.groups[k];
                    if (!span)
                        return;
                    const text = (this.lines[r] ?? "")
                        .slice(span[0], span[1])
                        .trim()
                        .replace(/^(["'])(.*)\1$/, "$2");
                    for (const ref of output.expression.refs) {
                        if (!ref ||
                            !("values" in ref) ||
                            !ref.values.some((s) => typeof s === "object" && s.iteration === range.id))
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
    locate(region, pathAt) {
        const located = this.locateInChart(region, pathAt);
        const packaged = this.context.packaged;
        return packaged && located.from !== "values" ? packaged : located;
    }
    locateInChart(region, pathAt) {
        const chosen = this.alignment();
        const model = this.model;
        if (!chosen || !model)
            return this.chartLocation();
        const origin = chosen.alignment.origins[region.line - 1];
        const first = model.lines.slice(chosen.part.from, chosen.part.to).find((l) => l.kind === "content");
        const fallback = first
            ? { file: this.template, region: trimmedRegion(first), from: "template" }
            : { file: this.template, region: WHOLE_LINE(chosen.part.from + 1), from: "template" };
        if (!origin)
            return fallback;
        if (origin.kind === "unexplained") {
            const previous = origin.previous !== undefined ? model.lines[origin.previous] : undefined;
            return previous ? { file: this.template, region: trimmedRegion(previous), from: "template" } : fallback;
        }
        const line = model.lines[origin.line];
        if (!line)
            return fallback;
        if (origin.kind === "line")
            return this.fromLine(line, origin, region) ?? fallback;
        return this.fromEmitter(line, origin, region, pathAt) ?? fallback;
    }
    chartLocation() {
        return { file: this.context.chartFile, region: WHOLE_LINE(1), from: "chart" };
    }
    /** A rendered line a content line wrote: the values line of an output under the region, else the template columns. */
    fromLine(line, origin, region) {
        const pattern = line.pattern;
        const renderedLine = this.lines[region.line - 1] ?? "";
        const start = region.column - 1;
        const end = region.endLine > region.line ? renderedLine.length : region.endColumn - 1;
        const outputs = pattern?.outputs ?? [];
        for (let k = 0; k < outputs.length; k++) {
            const span = origin.groups[k];
            const output = outputs[k];
            if (!span)
                continue;
            const overlaps = span[0] === span[1] ? span[0] >= start && span[0] <= end : span[0] < end && span[1] > start;
            if (!overlaps)
                continue;
            const at = this.valuesOf(output, origin.iterations, [[]]);
            if (at)
                return at;
        }
        const toTemplate = (column, isEnd) => {
            let mapped = column;
            for (let k = 0; k < outputs.length; k++) {
                const span = origin.groups[k];
                const output = outputs[k];
                if (!span)
                    continue;
                if (column >= span[1] && !(isEnd && column === span[1] && span[0] === span[1]))
                    mapped = output.endColumn + (column - span[1]);
                else if (column >= span[0])
                    return isEnd ? output.endColumn : output.column;
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
    fromEmitter(line, origin, region, pathAt) {
        const emitter = line.emitter;
        if (!emitter)
            return undefined;
        const path = pathAt() ?? [];
        // The emitted text is a subtree of the values: its path there is a suffix of the rendered path.
        const suffixes = path.map((_, k) => path.slice(k));
        const values = this.valuesOf(emitter, origin.iterations, suffixes);
        if (values)
            return values;
        const fromFile = this.fromChartFile(emitter, origin, region);
        if (fromFile)
            return fromFile;
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
    fromChartFile(emitter, origin, region) {
        const file = emitter.expression.file === undefined ? undefined : this.chartFile(emitter.expression.file);
        if (!file)
            return undefined;
        const alignment = this.aligned?.alignment;
        if (!alignment)
            return undefined;
        let first = region.line - 1;
        while (first > 0) {
            const before = alignment.origins[first - 1];
            if (before?.kind !== "emitted" || before.line !== origin.line)
                break;
            first -= 1;
        }
        let fileLines;
        try {
            fileLines = readFileSync(file, "utf8").split("\n");
        }
        catch {
            return undefined;
        }
        const rendered = this.lines[region.line - 1] ?? "";
        const written = fileLines[region.line - 1 - first];
        if (written === undefined || written.trim() !== rendered.trim())
            return undefined;
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
    valuesOf(output, iterations, suffixes) {
        if (callsTemplate(output.expression))
            return undefined;
        for (const ref of output.expression.refs) {
            if (!ref || !("values" in ref))
                continue;
            const base = this.context.values.resolve(ref.values, iterations);
            if (!base)
                continue;
            for (const suffix of suffixes) {
                const at = this.context.values.locate([...base, ...suffix]);
                if (at)
                    return { ...at, from: "values" };
            }
        }
        return undefined;
    }
}
class HelmDocument {
    value;
    yaml;
    mapper;
    constructor(value, yaml, mapper) {
        this.value = value;
        this.yaml = yaml;
        this.mapper = mapper;
    }
    get template() {
        return this.mapper.template;
    }
    locate(path) {
        const found = this.yaml.locate(path);
        return { ...this.mapper.locate(found.region, () => found.path), path: found.path };
    }
    embedded(path) {
        const inner = this.yaml.embedded(path);
        if (!inner)
            return undefined;
        const prefix = this.yaml.locate(path).path;
        return {
            text: inner.text,
            locate: (region) => this.mapper.locate(inner.embedding(region), () => {
                const within = pathAt(inner.text, region);
                return within ? [...prefix, ...within] : undefined;
            }),
        };
    }
}
/** The key of a rendered line (`key: value`, `- key: value`), else its item (`- item`). */
function lineWord(line) {
    const text = line.trim().replace(/^-\s+/, "");
    const colon = /^("[^"]*"|'[^']*'|[^:]+?):(?:\s|$)/.exec(text);
    return (colon ? colon[1] : text).replace(/^(["'])(.*)\1$/, "$2");
}
/** The keys and scalars of a values subtree, and the lines of its texts (bounded: a huge subtree needs no more to be recognised). */
function collectWords(value, into) {
    const stack = [value];
    while (stack.length > 0 && into.size < 10_000) {
        const v = stack.pop();
        if (Array.isArray(v))
            stack.push(...v);
        else if (isObject(v))
            for (const [k, child] of Object.entries(v)) {
                into.add(k);
                stack.push(child);
            }
        else if (typeof v === "string") {
            // A text written whole (tpl, a multi-line value in a block) shows its lines.
            into.add(v);
            for (const line of v.split("\n"))
                into.add(lineWord(line));
        }
        else if (v !== undefined && v !== null)
            into.add(String(v));
    }
}
/** The text a reference writes: a range key's name, or a scalar value. */
function expectedText(values, ref, iterations) {
    const path = values.resolve(ref, iterations);
    if (!path)
        return undefined;
    const last = ref[ref.length - 1];
    if (typeof last === "object" && last.key)
        return String(path[path.length - 1]);
    const value = values.valueAt(path);
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? String(value)
        : undefined;
}
/** The path of the deepest node of a YAML text that starts on the region's line at or before its column. */
function pathAt(text, region) {
    const counter = new distExports.LineCounter();
    const doc = distExports.parseDocument(text, { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length > 0)
        return undefined;
    const target = (counter.lineStarts[region.line - 1] ?? text.length) + region.column - 1;
    const path = [];
    let node = doc.contents;
    for (;;) {
        let next;
        if (distExports.isMap(node)) {
            for (const pair of node.items) {
                if (!distExports.isPair(pair) || !distExports.isScalar(pair.key))
                    continue;
                const from = pair.key.range?.[0] ?? 0;
                const to = pair.value?.range?.[1] ?? pair.key.range?.[1] ?? from;
                if (target >= from && target < Math.max(to, from + 1))
                    next = { segment: String(pair.key.value), node: pair.value };
            }
        }
        else if (distExports.isSeq(node)) {
            node.items.forEach((item, index) => {
                const range = item.range;
                if (range && target >= range[0] - 2 && target < range[1])
                    next = { segment: index, node: item };
            });
        }
        if (!next)
            return path;
        path.push(next.segment);
        node = next.node;
    }
}

/**
 * A chart copied into a temporary folder for Helm to read, so that the render never writes into
 * the repository and never reads outside it: symbolic links are followed only to files inside
 * the root, `file://` dependencies are copied into the copy's charts/ (Helm then needs no
 * `dependency build`, which would write into the chart and may use the network), and the copy
 * is bounded in files and bytes.
 */
/** Far above real charts (Zowe's would be ~40 files, a few hundred KiB). */
const STAGE_LIMITS = { files: 5_000, bytes: 64 * 1024 * 1024 };
class StageError extends Error {
}
function inside$1(root, path) {
    return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
function stageChart(chart, root, into) {
    const budget = { files: 0, bytes: 0 };
    const staged = { dir: join(into, "chart"), origins: [], notFollowed: [] };
    const realRoot = realpathSync(root);
    const copyTree = (from, to, seen) => {
        mkdirSync(to, { recursive: true });
        for (const entry of readdirSync(from, { withFileTypes: true })) {
            if (entry.name === ".git")
                continue;
            const source = join(from, entry.name);
            const target = join(to, entry.name);
            let real = source;
            let isDir = entry.isDirectory();
            if (entry.isSymbolicLink()) {
                try {
                    real = realpathSync(source);
                    isDir = statSync(real).isDirectory();
                }
                catch {
                    staged.notFollowed.push(source);
                    continue;
                }
                if (!inside$1(realRoot, real)) {
                    staged.notFollowed.push(source);
                    continue;
                }
            }
            else if (!isDir && !entry.isFile())
                continue;
            if (isDir) {
                if (seen.has(real))
                    continue;
                copyTree(real, target, new Set([...seen, real]));
            }
            else {
                const size = lstatSync(real).size;
                budget.files += 1;
                budget.bytes += size;
                if (budget.files > STAGE_LIMITS.files || budget.bytes > STAGE_LIMITS.bytes)
                    throw new StageError(`the chart has more than ${STAGE_LIMITS.files} files or ${STAGE_LIMITS.bytes / 1024 / 1024} MiB; it was not rendered`);
                copyFileSync(real, target);
            }
        }
    };
    /** A chart's copy (a vendored subchart was copied with its parent), then its file:// dependencies under it. */
    const stageNode = (node, to, copy) => {
        if (copy)
            copyTree(node.dir, to, new Set([node.dir]));
        staged.origins.push([to, node.dir]);
        const linked = new Set();
        for (const [as, child] of node.children) {
            if (child.archive)
                continue;
            if (!child.linked) {
                stageNode(child, join(to, "charts", ...relativeParts(node.dir, child.dir)), false);
            }
            else if (!linked.has(child.dir)) {
                linked.add(child.dir);
                if (inside$1(realRoot, realpathSync(child.dir)))
                    stageNode(child, join(to, "charts", freeName(to, as)), true);
                else
                    staged.notFollowed.push(child.dir);
            }
        }
    };
    stageNode(chart, staged.dir, true);
    staged.origins.sort((a, b) => b[0].length - a[0].length);
    return staged;
}
/** The folder's path under the parent's charts/ (a vendored subchart). */
function relativeParts(parent, child) {
    const rest = child.slice(parent.length + 1).split(sep);
    return rest[0] === "charts" ? rest.slice(1) : rest;
}
function freeName(dir, name) {
    let candidate = name;
    for (let n = 2; exists(join(dir, "charts", candidate)); n++)
        candidate = `${name}-${n}`;
    return candidate;
}
function exists(path) {
    try {
        lstatSync(path);
        return true;
    }
    catch {
        return false;
    }
}

/** Finding a render tool (helm, kustomize) the way a shell does: the first folder of PATH that has it. */
async function executable(path) {
    try {
        await access(path, constants$1.X_OK);
        return (await stat(path)).isFile();
    }
    catch {
        return false;
    }
}
/** The first folder of PATH holding an executable file of one of the names (tried in order in each folder). */
async function findOnPath(names, pathVariable) {
    for (const dir of pathVariable.split(delimiter).filter(Boolean)) {
        for (const name of names) {
            const command = join(dir, name);
            if (await executable(command))
                return command;
        }
    }
    return undefined;
}

/**
 * A Helm template file read line by line for locating: which lines write text of their own
 * (and as what pattern), which only steer the flow, which write the output of a helper or of
 * `toYaml`, where `range` loops are, and what `.` and the variables mean at each action.
 */
function scopeOf(frames) {
    const snapshot = [...frames];
    const top = snapshot[snapshot.length - 1];
    return {
        dot: top?.dot,
        variable: (name) => {
            for (let k = snapshot.length - 1; k >= 0; k--) {
                const frame = snapshot[k];
                if (frame.vars.has(name))
                    return frame.vars.get(name);
            }
            return undefined;
        },
    };
}
function element(over, id, key = false) {
    if (!over || "root" in over)
        return undefined;
    const iteration = key ? { iteration: id, key: true } : { iteration: id };
    return { values: [...over.values, iteration] };
}
function analyseTemplate(text) {
    const actions = lexActions(text);
    const frames = [{ kind: "root", dot: { root: true }, outer: undefined, vars: new Map(), open: undefined }];
    const expressions = new Map();
    const ranges = [];
    /** Text between a define's action and its end is a definition, not output. */
    const defined = [];
    for (const action of actions) {
        const top = frames[frames.length - 1];
        const scope = scopeOf(frames);
        if (action.kind === "assign") {
            const expression = readExpression(action.body, scope);
            for (const name of expression.declares)
                top.vars.set(name, expression.refs[0]);
        }
        else if (action.kind === "output") {
            expressions.set(action, readExpression(action.body, scope));
            if (action.keyword === "block")
                frames.push(newFrame("define", undefined, top, action));
        }
        else if (action.kind === "control") {
            switch (action.keyword) {
                case "if":
                    frames.push(newFrame("if", top.dot, top, action));
                    break;
                case "with": {
                    const expression = readExpression(action.body, scope);
                    const frame = newFrame("with", expression.refs[0], top, action);
                    for (const name of expression.declares)
                        frame.vars.set(name, expression.refs[0]);
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
                    }
                    else if (first !== undefined)
                        frame.vars.set(first, item);
                    frames.push(frame);
                    break;
                }
                case "define":
                    frames.push(newFrame("define", undefined, top, action));
                    break;
                case "else":
                    if (top.kind === "with" || top.kind === "range") {
                        if (action.elseOf === "with")
                            top.dot = readExpression(action.body, scope).refs[0];
                        else
                            top.dot = top.outer;
                    }
                    break;
                case "end": {
                    if (frames.length > 1)
                        frames.pop();
                    if (top.kind === "define" && top.open)
                        defined.push([top.open.end, action.start]);
                    if (top.range) {
                        const block = ranges[top.range.id];
                        if (block)
                            block.end = action;
                    }
                    break;
                }
            }
        }
    }
    const lines = describeLines(text, actions, expressions, defined);
    const lineOf = lineIndexer(text);
    const blocks = [];
    for (const r of ranges)
        if (r.end)
            blocks.push({ id: r.id, over: r.over, open: lineOf(r.open.start), end: lineOf(r.end.start) });
    const parts = [];
    let from = 0;
    lines.forEach((line, k) => {
        if (line.kind !== "separator")
            return;
        parts.push({ from, to: k });
        from = k + 1;
    });
    parts.push({ from, to: lines.length });
    return { lines, ranges: blocks, parts };
}
function newFrame(kind, dot, outer, open) {
    return { kind, dot, outer: outer.dot, vars: new Map(), open };
}
function lineIndexer(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
}
const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const escape = (s) => s.replace(ESCAPE, "\\$&");
function describeLines(text, actions, expressions, defined) {
    const isDefined = (offset) => defined.some(([a, b]) => offset >= a && offset < b);
    const lines = [];
    let offset = 0;
    let next = 0; // first action that may touch the current line
    text.split("\n").forEach((rawLine, index) => {
        const lineText = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
        const start = offset;
        const end = start + lineText.length;
        offset += rawLine.length + 1;
        while (next < actions.length && actions[next].end <= start)
            next += 1;
        const pieces = [];
        let at = start;
        for (let k = next; k < actions.length; k++) {
            const action = actions[k];
            if (action.start >= end)
                break;
            if (action.start > at)
                pieces.push({ text: text.slice(at, action.start), from: at });
            const from = Math.max(action.start, start);
            pieces.push({ action, from, column: from - start, endColumn: Math.min(action.end, end) - start });
            at = Math.min(action.end, end);
        }
        if (at < end)
            pieces.push({ text: text.slice(at, end), from: at });
        // Text inside a define is a definition: the line writes only what lies outside it.
        const live = pieces.filter((p) => !isDefined(p.from));
        lines.push(describeLine(index, lineText, start, live, expressions));
    });
    return lines;
}
function describeLine(index, text, start, pieces, expressions) {
    const control = { index, text, kind: "control" };
    const literal = pieces.flatMap((p) => ("text" in p ? [p.text] : [])).join("");
    const outputs = [];
    for (const p of pieces) {
        if ("text" in p)
            continue;
        const expression = expressions.get(p.action);
        // An action that started on an earlier line is that line's.
        if (expression && p.action.start >= start)
            outputs.push({ action: p.action, expression, column: p.column, endColumn: p.endColumn });
    }
    const last = outputs[outputs.length - 1];
    if (literal.trim() === "") {
        if (!last)
            return control;
        const first = pieces[0];
        const leading = first && "text" in first ? first.text.length : 0;
        const minIndent = last.expression.indent ?? (last.action.trimLeft ? 0 : leading);
        return { index, text, kind: "emitter", emitter: { ...last, minIndent } };
    }
    if (/^---(?:\s|$)/.test(literal) && outputs.length === 0 && pieces.every((p) => "text" in p)) {
        return { index, text, kind: "separator" };
    }
    const line = { index, text, kind: "content", pattern: linePattern(pieces, outputs) };
    if (last && writesLines(last.expression)) {
        const indent = text.length - text.trimStart().length;
        line.emitter = { ...last, minIndent: last.expression.indent ?? indent + 1 };
    }
    return line;
}
function linePattern(pieces, outputs) {
    const hasControl = pieces.some((p) => "action" in p && p.action.kind !== "output");
    let source = "";
    let literalChars = 0;
    const first = pieces[0];
    const joinsPrevious = first !== undefined &&
        ("action" in first ? first.action.trimLeft : first.text.trim() === "" && startsWithTrim(pieces[1]));
    pieces.forEach((piece, k) => {
        if ("action" in piece) {
            if (piece.action.kind === "output" && outputs.some((o) => o.action === piece.action))
                source += "(.*?)";
            else if (piece.action.kind === "output")
                source += ".*?";
            return;
        }
        let t = piece.text;
        const before = pieces[k - 1];
        const after = pieces[k + 1];
        if (before && "action" in before && before.action.trimRight)
            t = t.trimStart();
        if (after && "action" in after && after.action.trimLeft)
            t = t.trimEnd();
        if (!after)
            t = t.trimEnd();
        if (t === "")
            return;
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
function startsWithTrim(piece) {
    return piece !== undefined && "action" in piece && piece.action.trimLeft;
}

/**
 * The values a chart renders with, as Helm layers them, and where each value is written: the
 * environment's files (the last given wins), then the chart's values.yaml; a subchart's own
 * values.yaml under its parents' `<name>:` sections, its `global:` under theirs.
 */
/** Values files read once per render: a chart's values.yaml serves all its environments. */
class ValuesFiles {
    limits;
    cache = new Map();
    constructor(limits) {
        this.limits = limits;
    }
    read(file) {
        let read = this.cache.get(file);
        if (!read) {
            let doc;
            try {
                doc = new SourceFile(file, readFileSync(file, "utf8"), this.limits).documents[0];
            }
            catch {
                // Unreadable: Helm failed on it or ignored it; nothing is located there.
            }
            read = { file, doc };
            this.cache.set(file, read);
        }
        return read;
    }
}
class ValuesChain {
    layers;
    /** Highest priority first. */
    constructor(layers) {
        this.layers = layers;
    }
    /** The layer a path's value is read from: globals sit at the top of every file. */
    pathIn(layer, path) {
        return path[0] === "global" ? [...path] : [...layer.prefix, ...path];
    }
    /** Where the value at path is set: the first file, by priority, that sets all of the path. */
    locate(path) {
        for (const layer of this.layers) {
            const doc = layer.values.doc;
            if (!doc)
                continue;
            const full = this.pathIn(layer, path);
            if (valueAt(doc.value, full) === undefined)
                continue;
            const located = doc.locate(full);
            if (located.path.length === full.length)
                return { file: layer.values.file, region: located.region };
        }
        return undefined;
    }
    /**
     * The value Helm computes at path (maps merged key by key, anything else from the highest
     * priority file that sets it; null removes a key).
     */
    valueAt(path) {
        let merged;
        for (let k = this.layers.length - 1; k >= 0; k--) {
            const layer = this.layers[k];
            const value = valueAt(layer.values.doc?.value, this.pathIn(layer, path));
            if (value === undefined)
                continue;
            if (isObject(value) && isObject(merged)) {
                const next = new Map(Object.entries(merged));
                for (const [key, v] of Object.entries(value)) {
                    if (v === null)
                        next.delete(key);
                    else
                        next.set(key, v);
                }
                merged = Object.fromEntries(next);
            }
            else {
                merged = value;
            }
        }
        return merged;
    }
    /**
     * A reference's path with each `range` element replaced by the index or key of its iteration
     * (Go ranges over a map in sorted key order); undefined when an iteration is unknown.
     */
    resolve(ref, iterations) {
        const path = [];
        for (const segment of ref) {
            if (typeof segment !== "object") {
                path.push(segment);
                continue;
            }
            const n = iterations.get(segment.iteration);
            if (n === undefined)
                return undefined;
            const container = this.valueAt(path);
            if (Array.isArray(container) && n < container.length)
                path.push(n);
            else if (isObject(container)) {
                const key = Object.keys(container).sort()[n];
                if (key === undefined)
                    return undefined;
                path.push(key);
            }
            else
                return undefined;
        }
        return path;
    }
}

/**
 * Runs `helm template` for each environment of the plan and reads what it writes: one document
 * per `# Source: <chart>/templates/<file>` section, parsed with the project's reader, each able to
 * say where its values are written in the chart.
 */
/** A render takes a second; a chart that takes minutes is stuck (or hostile). */
const RENDER_TIMEOUT_MS$1 = 60_000;
/** Far above a chart's manifests (Zowe's: ~40 KiB): output beyond it is refused, not parsed. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
const MAX_MESSAGE_LINES = 5;
/** The helm executable on PATH. */
async function findHelm(pathVariable = process.env.PATH ?? "") {
    const names = process.platform === "win32" ? ["helm.exe", "helm"] : ["helm"];
    const command = await findOnPath(names, pathVariable);
    return command === undefined ? undefined : { command };
}
/**
 * Renders the environments, several at a time, each chart copied once for all of its
 * environments; results in the order given. One failing never stops the others.
 */
async function renderEnvironments(helm, environments, options) {
    const root = await realpath(options.root);
    const models = new Map();
    const model = (template, member) => {
        const key = member === undefined ? template : `${template}\0${member}`;
        if (!models.has(key)) {
            const text = member === undefined ? readText(template) : readMember(template, member);
            models.set(key, text === undefined ? undefined : analyseTemplate(text));
        }
        return models.get(key);
    };
    const values = new ValuesFiles(options.limits);
    const stages = new Map();
    for (const e of environments) {
        const entry = stages.get(e.chart);
        if (entry)
            entry.left += 1;
        else {
            const work = mkdtemp(join(tmpdir(), "zhp-helm-"));
            const staged = work.then((w) => {
                try {
                    return stageChart(e.chart, root, w);
                }
                catch (error) {
                    return error instanceof StageError ? error : new StageError(error.message);
                }
            });
            stages.set(e.chart, { work, staged, left: 1 });
        }
    }
    const results = new Array(environments.length);
    let next = 0;
    const worker = async () => {
        while (next < environments.length) {
            const index = next++;
            const environment = environments[index];
            const stage = stages.get(environment.chart);
            if (!stage)
                continue;
            const work = await stage.work;
            try {
                const staged = await stage.staged;
                results[index] =
                    staged instanceof StageError
                        ? chartError(environment, staged.message)
                        : await renderOne(helm, environment, staged, work, root, { ...options, model, values });
            }
            finally {
                stage.left -= 1;
                if (stage.left === 0)
                    await rm(work, { recursive: true, force: true });
            }
        }
    };
    const workers = Math.max(1, Math.min(4, availableParallelism()));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}
/** A template is read for locating as any file is checked: within the size limit. */
function readText(file) {
    try {
        return statSync(file).size <= DEFAULT_READ_LIMITS.maxFileBytes ? readFileSync(file, "utf8") : undefined;
    }
    catch {
        return undefined;
    }
}
/** Bounds for reading a template out of a packaged subchart, which is as untrusted as the rest of the repository. */
const ARCHIVE_LIMITS = { uncompressed: 64 * 1024 * 1024, member: 4 * 1024 * 1024 };
function readMember(archive, member) {
    try {
        const data = readTarGz(readFileSync(archive), [member], ARCHIVE_LIMITS).get(member);
        return data ? new TextDecoder().decode(data) : undefined;
    }
    catch {
        return undefined;
    }
}
function chartError(environment, error) {
    return { environment, error, at: { file: environment.chart.chartFile, region: firstLine() } };
}
function firstLine() {
    return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function inside(root, path) {
    return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
/** Helm's own folders in the temporary folder: no user repositories, plugins, registry logins or kubeconfig. */
function helmProcessEnvironment(work) {
    const home = join(work, "home");
    return {
        HOME: home,
        HELM_CACHE_HOME: join(home, "cache"),
        HELM_CONFIG_HOME: join(home, "config"),
        HELM_DATA_HOME: join(home, "data"),
        KUBECONFIG: join(home, "kubeconfig"),
        ...(process.platform === "win32" && process.env.SystemRoot ? { SystemRoot: process.env.SystemRoot } : {}),
    };
}
async function renderOne(helm, environment, staged, work, root, options) {
    const { chart } = environment;
    const valuesArgs = [];
    for (const file of environment.valuesFiles) {
        let real;
        try {
            real = await realpath(file);
        }
        catch {
            return chartError(environment, `${options.show(file)}: cannot be read`);
        }
        if (!inside(root, real))
            return chartError(environment, `${options.show(file)} is outside ${options.show(root)}`);
        valuesArgs.push("--values", real);
    }
    const args = [
        "template",
        environment.release,
        staged.dir,
        "--skip-tests",
        ...(environment.namespace ? ["--namespace", environment.namespace] : []),
        ...valuesArgs,
    ];
    const run = await new Promise((resolve) => {
        execFile(helm.command, args, {
            cwd: work,
            env: helmProcessEnvironment(work),
            timeout: RENDER_TIMEOUT_MS$1,
            maxBuffer: MAX_OUTPUT_BYTES,
            encoding: "utf8",
            windowsHide: true,
        }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ stdout });
            const e = error;
            if (e.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER")
                return resolve({ failure: `helm template wrote more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB` });
            if (e.killed)
                return resolve({ failure: `helm template did not finish within ${RENDER_TIMEOUT_MS$1 / 1000} s` });
            resolve({ failure: stderr.trim() || e.message });
        });
    });
    const notes = staged.notFollowed.map((p) => `${options.show(p)}: a symbolic link out of ${options.show(root)} (or a broken one), not followed`);
    if ("failure" in run) {
        const error = cleanMessage(run.failure, staged, work, options.show);
        return { environment, error, at: errorPosition(error, chart) ?? { file: chart.chartFile, region: firstLine() } };
    }
    const chains = new Map();
    const contextOf = (node, names) => {
        let chain = chains.get(node);
        if (!chain) {
            chain = valuesChain(environment, names, options.values);
            chains.set(node, chain);
        }
        const context = { chart: node, chartFile: chart.chartFile, values: chain, model: options.model };
        if (node.archive) {
            const parent = names.slice(0, -1).reduce((n, name) => n?.children.get(name), chart);
            const entry = parent && dependencyEntry(parent, names[names.length - 1] ?? node.name);
            context.packaged = {
                ...(entry ?? { file: (parent ?? chart).chartFile, region: firstLine() }),
                from: "chart",
            };
        }
        return context;
    };
    const documents = [];
    const problems = [];
    const byTemplate = new Map();
    for (const segment of splitDocuments(run.stdout)) {
        const lines = segment.text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
        const source = lines
            .find((l) => l.startsWith("# Source: "))
            ?.slice("# Source: ".length)
            .trim();
        const found = source ? templateOf(chart, source) : undefined;
        const template = found?.file ?? chart.chartFile;
        const earlier = byTemplate.get(template) ?? [];
        const mapper = new SegmentMapper(template, lines, contextOf(found?.node ?? chart, found?.names ?? []), earlier, found?.member);
        byTemplate.set(template, [...earlier, mapper]);
        const parsed = new SourceFile(template, segment.text, options.limits);
        for (const p of parsed.problems) {
            const at = mapper.locate(p.region, () => undefined);
            problems.push({ kind: p.kind, message: p.message, file: at.file, region: at.region });
        }
        for (const doc of parsed.documents)
            documents.push(new HelmDocument(doc.value, doc, mapper));
    }
    return { environment, documents, problems, notes };
}
/** The chart a `# Source` name belongs to (subcharts under charts/<name>/), and the template's file. */
function templateOf(chart, source) {
    const parts = source.split("/");
    if (parts[0] !== chart.name)
        return undefined;
    let node = chart;
    const names = [];
    let k = 1;
    while (parts[k] === "charts" && parts[k + 1] !== undefined && node.children.has(parts[k + 1])) {
        names.push(parts[k + 1]);
        node = node.children.get(parts[k + 1]);
        k += 2;
    }
    const rest = parts.slice(k);
    if (rest.length === 0)
        return undefined;
    // A packaged chart's files sit under a folder named after the chart.
    if (node.archive)
        return { node, names, file: node.dir, member: [node.name, ...rest].join("/") };
    return { node, names, file: join(node.dir, ...rest) };
}
/**
 * The values of the chart at names under the rendered chart: the environment's files (last
 * first) and the rendered chart's values.yaml under those names, then each subchart's own.
 */
function valuesChain(environment, names, files) {
    const layers = [];
    for (const file of [...environment.valuesFiles].reverse())
        layers.push({ values: files.read(file), prefix: [...names] });
    let node = environment.chart;
    for (let depth = 0; node; depth++) {
        if (!node.archive)
            layers.push({ values: files.read(join(node.dir, "values.yaml")), prefix: names.slice(depth) });
        const name = names[depth];
        node = name === undefined ? undefined : node.children.get(name);
    }
    return new ValuesChain(layers);
}
/** The entry of Chart.yaml's dependencies that names the chart (by alias or name). */
function dependencyEntry(chart, name) {
    let doc;
    try {
        doc = new SourceFile(chart.chartFile, readFileSync(chart.chartFile, "utf8")).documents[0];
    }
    catch {
        return undefined;
    }
    const list = isObject(doc?.value) ? doc.value.dependencies : undefined;
    const entries = Array.isArray(list) ? list : [];
    let index = entries.findIndex((d) => isObject(d) && d.alias === name);
    if (index < 0)
        index = entries.findIndex((d) => isObject(d) && d.name === name);
    if (!doc || index < 0)
        return undefined;
    return { file: chart.chartFile, region: doc.locate(["dependencies", index]).region };
}
/** Helm's advice that only applies to its own command line. */
const HELM_ADVICE = /^Use --debug flag/;
function cleanMessage(stderr, staged, work, show) {
    let text = stderr;
    for (const [copy, original] of staged.origins)
        text = text.split(copy).join(show(original));
    text = text.split(work).join("<temporary folder>");
    let lines = text
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !HELM_ADVICE.test(l));
    const error = lines.findIndex((l) => l.startsWith("Error:"));
    if (error >= 0)
        lines = lines.slice(error);
    lines[0] = (lines[0] ?? "").replace(/^Error:\s*/, "");
    // Helm 4 breaks one message over lines, each ending with a colon: they read as one.
    const message = lines
        .slice(0, MAX_MESSAGE_LINES)
        .reduce((all, line, k) => (k === 0 ? line : `${all}${/:$/.test(all) ? " " : "; "}${line}`), "");
    return message.length > 1000 ? `${message.slice(0, 997)}...` : message;
}
/**
 * A template line Helm names in its message: `zowe/templates/x.yaml:12:20` (Helm 4, and Helm 3's
 * `template: ...:12:20: executing`), `parse error at (zowe/templates/x.yaml:5)`, or a file alone
 * (`YAML parse error on zowe/templates/x.yaml`, at its first line).
 */
function errorPosition(message, chart) {
    const missing = /missing in charts\/ directory: ([^\s;,]+)/.exec(message)?.[1];
    if (missing)
        return dependencyEntry(chart, missing);
    for (const m of message.matchAll(/([\w.@-]+(?:\/[\w.@-]+)+\.(?:ya?ml|tpl|txt|json))(?::(\d+))?(?::(\d+))?/g)) {
        const found = templateOf(chart, m[1]);
        if (!found || found.node.archive)
            continue;
        const line = Number(m[2] ?? 1);
        const column = Number(m[3] ?? 1);
        return { file: found.file, region: { line, column, endLine: line, endColumn: column + 1 } };
    }
    return undefined;
}

/**
 * Which Helm charts to render, with which values, and which files the renders consume.
 *
 * A chart is a folder with Chart.yaml. Subcharts render with their parent and never alone: the
 * folders under a chart's charts/ directory, archives there (name-1.2.3.tgz), and the charts a
 * parent's dependencies point to with `file://`. Each chart renders once per environment: its
 * values.yaml alone, and with each values-<env>.yaml / values.<env>.yaml beside it, unless the
 * configuration lists the environments.
 */
function readYaml(file) {
    try {
        return new SourceFile(file, readFileSync(file, "utf8")).documents[0]?.value;
    }
    catch {
        return undefined;
    }
}
function dependenciesIn(value) {
    const list = isObject(value) && Array.isArray(value.dependencies) ? value.dependencies : [];
    return list.flatMap((d) => isObject(d) && typeof d.name === "string"
        ? [
            {
                name: d.name,
                ...(typeof d.alias === "string" ? { alias: d.alias } : {}),
                ...(typeof d.repository === "string" ? { repository: d.repository } : {}),
            },
        ]
        : []);
}
/** Chart.yaml, and requirements.yaml for apiVersion v1 charts. A chart Helm cannot read still plans: Helm reports it. */
function readChart(dir) {
    const chart = readYaml(join(dir, "Chart.yaml"));
    const metadata = isObject(chart) ? chart : {};
    return {
        ...(typeof metadata.name === "string" && metadata.name ? { name: metadata.name } : {}),
        library: metadata.type === "library",
        dependencies: [...dependenciesIn(metadata), ...dependenciesIn(readYaml(join(dir, "requirements.yaml")))],
    };
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
const ARCHIVE = /^(.+?)-v?\d+\.\d+\.\d+.*\.(?:tgz|tar\.gz)$/;
function loadChart(dir, ancestors) {
    const metadata = readChart(dir);
    const node = {
        dir,
        chartFile: join(dir, "Chart.yaml"),
        name: metadata.name ?? basename(dir),
        archive: false,
        linked: false,
        library: metadata.library,
        children: new Map(),
        dependsOn: [],
    };
    const inside = new Set([...ancestors, dir]);
    const present = new Map();
    let entries = [];
    try {
        entries = readdirSync(join(dir, "charts")).sort();
    }
    catch {
        // No charts/ folder.
    }
    for (const entry of entries) {
        const path = join(dir, "charts", entry);
        if (isFile(join(path, "Chart.yaml"))) {
            if (!inside.has(path)) {
                const child = loadChart(path, inside);
                present.set(child.name, child);
            }
        }
        else if (ARCHIVE.test(entry) && isFile(path)) {
            const name = ARCHIVE.exec(entry)?.[1] ?? entry;
            present.set(name, {
                dir: path,
                chartFile: path,
                name,
                archive: true,
                linked: false,
                library: false,
                children: new Map(),
                dependsOn: [],
            });
        }
    }
    const used = new Set();
    for (const dependency of metadata.dependencies) {
        const as = dependency.alias ?? dependency.name;
        const repository = dependency.repository ?? "";
        const target = repository.startsWith("file://") ? resolve(dir, repository.slice("file://".length)) : undefined;
        if (target)
            node.dependsOn.push(target);
        const vendored = present.get(dependency.name);
        if (vendored) {
            used.add(dependency.name);
            node.children.set(as, vendored);
            continue;
        }
        if (!target)
            continue; // Helm reports it missing: a render error.
        if (inside.has(target) || !isFile(join(target, "Chart.yaml")))
            continue;
        node.children.set(as, { ...loadChart(target, inside), linked: true });
    }
    for (const [name, child] of present)
        if (!used.has(name))
            node.children.set(name, child);
    return node;
}
function* nodes(root) {
    yield root;
    for (const child of root.children.values())
        yield* nodes(child);
}
const ENVIRONMENT_FILE = /^values[-.](.+)\.ya?ml$/i;
/** A valid release name from a chart name: lower case, letters, digits and dashes, at most 53. */
function releaseName(name) {
    const cleaned = name
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 53)
        .replace(/-+$/, "");
    return cleaned || "release";
}
function planCharts(files, options) {
    const helm = options.helm ?? NO_HELM_OPTIONS;
    const listed = new Set(files);
    const chartDirs = files.filter((f) => basename(f) === "Chart.yaml").map((f) => dirname(f));
    const trees = new Map(chartDirs.map((dir) => [dir, loadChart(dir, new Set())]));
    const dependent = new Set();
    for (const tree of trees.values())
        for (const node of nodes(tree)) {
            if (node !== tree)
                dependent.add(node.dir);
            for (const dir of node.dependsOn)
                dependent.add(dir);
        }
    // A chart only others use is rendered with them; charts that only use each other still render.
    const roots = chartDirs.filter((dir) => !dependent.has(dir));
    const reached = new Set(roots.flatMap((dir) => [...nodes(trees.get(dir))].flatMap((n) => [n.dir, ...n.dependsOn])));
    for (const dir of chartDirs)
        if (!reached.has(dir))
            roots.push(dir);
    const environments = [];
    const skipped = [];
    const configProblems = [];
    const consumedDirs = [];
    const consumed = new Set();
    for (const dir of roots) {
        const chart = trees.get(dir);
        for (const node of nodes(chart))
            if (!node.archive)
                consumedDirs.push(node.dir, ...node.dependsOn);
        if (chart.library) {
            skipped.push({
                chartFile: chart.chartFile,
                reason: "a library chart: its templates are rendered by the charts that depend on it",
            });
            continue;
        }
        const configured = helm.charts.get(dir);
        let sets;
        if (configured?.environments) {
            sets = [];
            configured.environments.forEach((set, index) => {
                const missing = set.find((file) => !isFile(file));
                if (missing) {
                    configProblems.push({
                        path: ["helm", "charts", configured.key, "values", index],
                        message: `${options.show(missing)}: no such values file; that environment is not rendered`,
                    });
                }
                else
                    sets.push(set);
            });
        }
        else {
            sets = [
                [],
                ...files
                    .filter((f) => dirname(f) === dir && ENVIRONMENT_FILE.test(basename(f)))
                    .sort()
                    .map((f) => [f]),
            ];
        }
        for (const valuesFiles of sets) {
            for (const file of valuesFiles)
                if (listed.has(file))
                    consumed.add(file);
            const names = valuesFiles.map((f) => relativePath(dir, f));
            environments.push({
                chart,
                valuesFiles,
                name: `${options.show(dir)}${names.length > 0 ? ` (${names.join(" + ")})` : ""}`,
                release: configured?.release ?? releaseName(chart.name),
                ...(configured?.namespace ? { namespace: configured.namespace } : {}),
            });
        }
    }
    for (const [dir, configured] of helm.charts) {
        if (!trees.has(dir))
            configProblems.push({
                path: ["helm", "charts", configured.key],
                message: `${options.show(dir)}: no Chart.yaml among the files checked`,
            });
    }
    const under = consumedDirs.map((d) => (d.endsWith(sep) ? d : d + sep));
    for (const file of files)
        if (under.some((d) => file.startsWith(d)))
            consumed.add(file);
    return { environments, consumed, skipped, configProblems };
}

function emptyRender() {
    return { units: [], consumed: new Set(), findings: [], notices: [] };
}

/** A rendered document as the model reads it: every place in the chart's files, as shown to the user. */
class ChartDocument {
    document;
    show;
    constructor(document, show) {
        this.document = document;
        this.show = show;
    }
    get value() {
        return this.document.value;
    }
    place(path) {
        const { file, region, path: found } = this.document.locate(path);
        return { file: this.show(file), region, path: found };
    }
    embedded(path) {
        const embedded = this.document.embedded(path);
        if (!embedded)
            return undefined;
        const at = this.show(this.document.locate(path).file);
        return {
            text: embedded.text,
            file: at,
            embedding: (region) => {
                const { file, region: written } = embedded.locate(region);
                return { ...written, file: this.show(file) };
            },
        };
    }
}
async function renderCharts(files, context, options) {
    const result = emptyRender();
    const { show } = context;
    const plan = planCharts(files, { show, helm: options.helm });
    const [problem] = plan.configProblems;
    if (problem)
        options.configProblem(problem.path, problem.message);
    for (const file of plan.consumed)
        result.consumed.add(file);
    for (const { chartFile, reason } of plan.skipped)
        result.notices.push(`${show(chartFile)}: not rendered alone: ${reason}`);
    if (plan.environments.length === 0)
        return result;
    const helm = await findHelm(context.pathVariable);
    if (!helm) {
        for (const chart of new Set(plan.environments.map((e) => e.chart))) {
            result.notices.push(`${show(chart.chartFile)}: Helm chart not checked: helm is not on PATH (GitHub's hosted runners have it; ` +
                "elsewhere install Helm 3 or 4), and its templates are only YAML once rendered");
        }
        return result;
    }
    const renders = await renderEnvironments(helm, plan.environments, {
        root: options.root,
        show,
        limits: context.limits,
    });
    for (const render of renders) {
        if ("error" in render) {
            result.findings.push(fileFinding(DIAGNOSTICS.renderFailed, show(render.at.file), `helm template ${render.environment.name} failed, so nothing it renders was checked: ${render.error}`, render.at.region));
            continue;
        }
        for (const p of render.problems)
            result.findings.push(problemFinding(show(p.file), p, "rendered by Helm: "));
        result.notices.push(...render.notes);
        const objects = [];
        for (const document of render.documents) {
            const c = classify(new ChartDocument(document, show));
            if (c.kind === "kubernetes")
                objects.push(...c.objects);
        }
        result.units.push({ unit: render.environment.name, objects });
    }
    return result;
}

/**
 * Kustomize overlays are not what is deployed until rendered: where a folder has a
 * kustomization and a renderer is on PATH, the rendered objects are checked instead of the raw
 * files, one deployment unit per rendered kustomization, and findings are mapped back to the
 * files the objects come from: the overlay's patch that sets a value, else the base resource.
 */
const run = promisify(execFile);
const KUSTOMIZATION_FILES = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
const RENDER_TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 256 * 1024 * 1024;
/** `kustomize build`, else `kubectl kustomize`, from PATH. */
async function findRenderer(pathVariable = process.env.PATH ?? "") {
    for (const [name, args] of [
        ["kustomize", (dir) => ["build", dir]],
        ["kubectl", (dir) => ["kustomize", dir]],
    ]) {
        const command = await findOnPath([name], pathVariable);
        if (command !== undefined)
            return { command, args };
    }
    return undefined;
}
function entries(k) {
    return [k.resources, k.bases, k.components].flatMap((v) => Array.isArray(v) ? v.filter((e) => typeof e === "string") : []);
}
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;
/** Finds the kustomizations among the files and which of them to render. */
async function planKustomizations(files) {
    const dirs = files.filter((f) => KUSTOMIZATION_FILES.has(basename(f))).map((f) => dirname(f));
    const known = new Set(dirs);
    const uses = new Map();
    const remote = new Map();
    for (const dir of dirs) {
        const file = files.find((f) => dirname(f) === dir && KUSTOMIZATION_FILES.has(basename(f)));
        let parsed = {};
        try {
            parsed = (distExports.parse(await readFile(file ?? "", "utf8")) ?? {});
        }
        catch {
            // An unreadable or invalid kustomization is reported as a file problem; kustomize would fail on it too.
        }
        const list = entries(parsed);
        const far = list.find((e) => REMOTE.test(e));
        if (far)
            remote.set(dir, `it uses the remote resource ${far}, and checks never use the network`);
        uses.set(dir, list.map((e) => resolve(dir, e)).filter((d) => known.has(d)));
    }
    const used = new Set([...uses.values()].flat());
    const roots = dirs.filter((d) => !used.has(d)).sort();
    const members = new Map();
    for (const root of roots) {
        const seen = new Set();
        const visit = (d) => {
            if (seen.has(d))
                return;
            seen.add(d);
            for (const next of uses.get(d) ?? [])
                visit(next);
        };
        visit(root);
        members.set(root, [...seen]);
    }
    const skipped = new Map();
    for (const root of roots) {
        const reason = (members.get(root) ?? []).map((d) => remote.get(d)).find(Boolean);
        if (reason)
            skipped.set(root, reason);
    }
    return { roots: roots.filter((r) => !skipped.has(r)), members, skipped };
}
/** The rendered manifests of a kustomization folder, or why they could not be rendered. */
async function render(renderer, dir) {
    try {
        const { stdout } = await run(renderer.command, renderer.args(dir), {
            timeout: RENDER_TIMEOUT_MS,
            maxBuffer: MAX_OUTPUT,
            encoding: "utf8",
        });
        return { text: stdout };
    }
    catch (error) {
        const e = error;
        return { error: (e.stderr?.trim() || e.message).split("\n")[0] ?? e.message };
    }
}
/** The kustomizations among the files, rendered: one deployment unit each. */
async function renderKustomizations(files, context) {
    const result = emptyRender();
    const plan = await planKustomizations(files);
    if (plan.roots.length === 0 && plan.skipped.size === 0)
        return result;
    const { show } = context;
    for (const [dir, reason] of plan.skipped) {
        result.notices.push(`${show(dir)}: kustomization not rendered: ${reason}; its files are checked as written`);
    }
    const renderer = await findRenderer(context.pathVariable);
    if (!renderer) {
        for (const dir of plan.roots) {
            result.notices.push(`${show(dir)}: kustomization not rendered: neither kustomize nor kubectl is on PATH; its files are checked as written`);
        }
        return result;
    }
    for (const dir of plan.roots) {
        const rendered = await render(renderer, dir);
        if ("error" in rendered) {
            result.notices.push(`${show(dir)}: kustomize build failed (${rendered.error}); its files are checked as written`);
            continue;
        }
        const members = plan.members.get(dir) ?? [dir];
        const sources = files.filter((f) => members.some((m) => within(f, m)));
        for (const file of sources)
            result.consumed.add(file);
        const origins = loadOrigins(sources, members, context, result);
        const kustomization = origins.kustomization;
        if (!kustomization)
            continue;
        const output = new SourceFile(kustomization.file.path, rendered.text, context.limits, () => FIRST_LINE);
        result.findings.push(...output.problems.map((p) => problemFinding(kustomization.file.path, p, "kustomize output: ")));
        const objects = [];
        for (const doc of output.documents) {
            const c = classify(doc);
            if (c.kind !== "kubernetes")
                continue;
            for (const { object } of c.objects) {
                const doc = new KustomizedObject(object, origins.candidates(object), kustomization, show(dir), origins.generatorOf(object), show);
                objects.push({ object, doc, prefix: [], ...(doc.note ? { note: doc.note } : {}) });
            }
        }
        result.units.push({ unit: show(dir), objects });
    }
    return result;
}
const FIRST_LINE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function within(path, dir) {
    return path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
function generators(kustomization, dir) {
    const entries = isObject(kustomization.value) ? kustomization.value.configMapGenerator : undefined;
    if (!Array.isArray(entries))
        return [];
    return entries.flatMap((entry, index) => {
        if (!isObject(entry) || typeof entry.name !== "string" || !Array.isArray(entry.files))
            return [];
        const files = new Map();
        entry.files.forEach((spec, k) => {
            if (typeof spec !== "string")
                return;
            // "key=path", or a path whose file name is the key.
            const eq = spec.indexOf("=");
            const path = eq >= 0 ? spec.slice(eq + 1) : spec;
            files.set(eq >= 0 ? spec.slice(0, eq) : basename(path), { path: resolve(dir, path), index: k });
        });
        return [{ name: entry.name, kustomization, index, files }];
    });
}
/** The objects of the files a kustomization builds from, to find where a rendered object is written. */
function loadOrigins(sources, members, context, result) {
    const written = [];
    const generated = [];
    const texts = new Map();
    let kustomization;
    for (const file of sources) {
        const loaded = loadFile(file, context.show(file), context.limits);
        if ("problem" in loaded) {
            result.findings.push(loaded.problem);
            continue;
        }
        result.findings.push(...loaded.problems);
        texts.set(file, loaded.text);
        if (KUSTOMIZATION_FILES.has(basename(file))) {
            const doc = loaded.source.documents[0];
            if (!doc)
                continue;
            if (dirname(file) === members[0])
                kustomization = doc;
            // The rendered folder's generators first: an overlay's generator replaces its bases'.
            if (members.includes(dirname(file)))
                generated.push(...generators(doc, dirname(file)));
            continue;
        }
        // The rendered folder's own files first: an overlay's patch is applied after its bases.
        const depth = members.findIndex((m) => dirname(file) === m || within(file, m));
        for (const doc of loaded.source.documents) {
            const c = classify(doc);
            if (c.kind === "kubernetes")
                for (const source of c.objects)
                    written.push({ ...source, depth });
        }
    }
    generated.sort((a, b) => members.indexOf(dirname(a.kustomization.file.path)) - members.indexOf(dirname(b.kustomization.file.path)));
    const generatorOf = (rendered) => {
        const name = isObject(rendered.metadata) ? rendered.metadata.name : undefined;
        if (rendered.kind !== "ConfigMap" || typeof name !== "string")
            return undefined;
        const generator = generated.find((g) => name.includes(g.name));
        return generator && { generator, text: (path) => texts.get(path) };
    };
    return { kustomization, candidates: (rendered) => candidatesFor(rendered, written), generatorOf };
}
/**
 * The written objects a rendered object may come from: same kind, its name as written inside the
 * rendered name (prefixes and suffixes extend it); the exact name first, then the longest, then
 * the overlay's before its bases'.
 */
function candidatesFor(rendered, written) {
    const name = isObject(rendered.metadata) ? rendered.metadata.name : undefined;
    if (typeof name !== "string")
        return [];
    const nameOf = (o) => isObject(o.metadata) && typeof o.metadata.name === "string" ? o.metadata.name : "";
    const matching = written.filter((w) => w.object.kind === rendered.kind && nameOf(w.object) !== "" && name.includes(nameOf(w.object)));
    const best = Math.max(...matching.map((w) => (nameOf(w.object) === name ? Infinity : nameOf(w.object).length)));
    return matching
        .filter((w) => (nameOf(w.object) === name ? Infinity : nameOf(w.object).length) === best)
        .sort((a, b) => a.depth - b.depth);
}
/**
 * A rendered object located in the files it comes from: a path at the first written object
 * (overlay before base) that sets it, else at the deepest part any of them has; an object found
 * in no file at its kustomization, which the message names.
 */
class KustomizedObject {
    value;
    written;
    kustomization;
    shownDir;
    generated;
    showFile;
    constructor(value, written, kustomization, shownDir, generated, showFile) {
        this.value = value;
        this.written = written;
        this.kustomization = kustomization;
        this.shownDir = shownDir;
        this.generated = generated;
        this.showFile = showFile;
    }
    place(path) {
        let best;
        for (const { doc, prefix } of this.written) {
            const placed = doc.place([...prefix, ...path]);
            const found = { ...placed, path: placed.path.slice(prefix.length) };
            if (found.path.length === path.length)
                return found;
            if (!best || found.path.length > best.path.length)
                best = found;
        }
        if (best)
            return best;
        const generator = this.generated?.generator;
        if (generator) {
            // A generated ConfigMap: at its generator entry, a data key at the file it comes from.
            const file = path[0] === "data" && typeof path[1] === "string" ? generator.files.get(path[1]) : undefined;
            const at = ["configMapGenerator", generator.index, ...(file ? ["files", file.index] : [])];
            return { ...generator.kustomization.place(at), path: file ? ["data", path[1]] : [] };
        }
        return { file: this.kustomization.file.path, region: FIRST_LINE, path: [] };
    }
    /** What the findings about this object should add: where it really comes from when no file shows it. */
    get note() {
        if (this.written.length > 0 || this.generated)
            return undefined;
        const metadata = isObject(this.value.metadata) ? this.value.metadata : {};
        const name = `${String(metadata.namespace ?? "default")}/${String(metadata.name ?? "?")}`;
        return `${String(this.value.kind)} ${name} as rendered by kustomize build ${this.shownDir}`;
    }
    embedded(path) {
        const text = valueAt(this.value, path);
        if (typeof text !== "string")
            return undefined;
        // Line for line where a written object holds the same text, or a generator's file does;
        // else every region at the key.
        for (const { doc, prefix } of this.written) {
            const embedded = doc.embedded([...prefix, ...path]);
            if (embedded?.text === text)
                return embedded;
        }
        const generated = this.generated;
        const source = path[0] === "data" && typeof path[1] === "string" ? generated?.generator.files.get(path[1]) : undefined;
        if (generated && source && generated.text(source.path) === text) {
            return { text, file: this.showFile(source.path), embedding: (region) => region };
        }
        const { file, region } = this.place(path);
        return { text, file, embedding: () => region };
    }
}

/**
 * The render stage: what Kustomize and Helm make of the repository's kustomizations and charts,
 * which is what a cluster receives, in place of the files they are built from.
 */
async function renderStage(files, context, charts) {
    const helm = await renderCharts(files, context, charts);
    // A kustomization inside a chart is the chart's business.
    const kustomize = await renderKustomizations(files.filter((f) => !helm.consumed.has(f)), context);
    const results = [helm, kustomize];
    return {
        units: results.flatMap((r) => r.units),
        consumed: new Set(results.flatMap((r) => [...r.consumed])),
        findings: results.flatMap((r) => r.findings),
        notices: results.flatMap((r) => r.notices),
    };
}

/**
 * The pipeline both front ends share, one stage after another:
 * discover → render → load → model → evaluate → locate → filter, and the front end reports.
 * Each stage lives in its folder (src/<stage>/stage.ts; evaluate in src/engine/) and hands the
 * next what it made; problems found on the way are findings, and things passed over notices.
 */
async function scan(options, bundle) {
    const { config, cwd } = options;
    checkRuleSettings(config, bundle.catalogue);
    const show = (path) => shownPath(cwd, path);
    const discovered = discoverStage(options.paths, cwd, config);
    const rendered = await renderStage(discovered.files, renderContext(config, show), chartOptions(config, cwd));
    const loaded = loadStage(discovered, rendered.consumed, config, show);
    const { model, ...modelled } = await modelStage(loaded, rendered.units, {
        ...(options.zoweVersion !== undefined ? { zoweVersion: options.zoweVersion } : {}),
        config,
        show,
    });
    const evaluated = await evaluateStage(bundle, model, options.topology === true);
    const located = locateStage(evaluated, model);
    const filtered = await filterStage([
        ...discovered.findings,
        ...rendered.findings,
        ...loaded.findings,
        ...modelled.findings,
        ...located.map((l) => l.finding),
    ], {
        config,
        cwd,
        now: options.now ?? new Date(),
        ...(options.baseline ? { baseline: options.baseline } : {}),
        comments: loaded.comments,
    });
    return {
        findings: orderFindings(filtered.findings),
        suppressed: orderFindings(filtered.suppressed),
        fixedSinceBaseline: filtered.fixedSinceBaseline,
        stats: {
            files: discovered.files.length,
            zoweConfigs: model.zowe.length,
            kubernetesObjects: model.kubernetes.length,
        },
        notices: [...discovered.notices, ...rendered.notices, ...loaded.notices, ...modelled.notices],
        input: {
            ...model.input,
            kubernetes: model.input.kubernetes.slice(0, model.ownObjects),
            units: model.input.units.slice(0, model.ownObjects),
        },
        ...(evaluated.topology ? { topology: topologyScan(evaluated.topology, located, model) } : {}),
    };
}
function topologyScan(facts, located, model) {
    return { facts, zoweFiles: model.zowe.map((z) => z.layers[0]?.file.path ?? ""), located };
}
function renderContext(config, show) {
    return { show, limits: config.limits, pathVariable: process.env.PATH ?? "" };
}
function chartOptions(config, cwd) {
    return {
        helm: config.helm,
        root: cwd,
        // A values file the configuration names for a chart that cannot be read is the configuration's error.
        configProblem: (path, message) => {
            const { line, column } = config.locate(path);
            throw new ConfigError(`invalid configuration\n  ${config.file}:${line}:${column}: ${message}`);
        },
    };
}

export { BaselineError as B, DEFAULT_BASELINE_FILE as D, createBaseline as c, nothingToCheck as n, readBaseline as r, scan as s, unusablePaths as u };
