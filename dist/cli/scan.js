import { realpathSync, lstatSync, statSync, readdirSync, constants as constants$1, existsSync } from 'node:fs';
import { sep, relative, resolve, join, basename, dirname, delimiter } from 'node:path';
import { g as getDefaultExportFromCjs, C as ConfigError, r as readSource, v as valueAt, i as isObject, c as classify, a as resolveTemplates, m as mergeLayers, S as SourceFile, b as distExports } from './config.js';
import { D as DIAGNOSTICS, P as PolicyError, j as orderFindings, k as partitionInput, w as wholeInput } from './sources.js';
import { createHash } from 'node:crypto';
import { readFile, access, stat } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

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
        const rel = relative(config.dir, absolute).split(sep).join("/");
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

/** Finds the YAML and JSON files to check below the given paths. */
const EXTENSIONS = [".yaml", ".yml", ".json"];
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
function inside(root, path) {
    return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
/**
 * Walks each path. A file named explicitly is checked whatever its extension; inside folders only
 * .yaml/.yml/.json files are. Symbolic links are followed only when they stay inside the root
 * they were found under, and each real file is checked once.
 *
 * Synchronous, and typed by the folder listing: on 4,079 files, awaiting an lstat per entry kept
 * the process waiting 340 ms; the listing's entry types make a stat needless but for links.
 */
function discover(paths, cwd) {
    const files = new Set();
    const seen = new Set();
    const notices = [];
    const show = (p) => relative(cwd, p).split(sep).join("/") || ".";
    function visit(path, root, explicit, entry) {
        // A listed regular file is all the listing says it is; only its extension matters.
        if (entry?.isFile()) {
            if (hasExtension(path) && !seen.has(path)) {
                seen.add(path);
                files.add(path);
            }
            return;
        }
        let info;
        try {
            info = lstatSync(path);
        }
        catch (error) {
            notices.push(`${show(path)}: cannot be read (${error.code ?? error.message})`);
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
            if (!inside(root, real)) {
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
                notices.push(`${show(path)}: folder cannot be read (${error.code ?? error.message})`);
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
    return { files: [...files].sort(), notices };
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
        const rel = relative(config.dir, resolve(cwd, finding.file)).split(sep).join("/");
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
function zoweDefaults(version) {
    return structuredClone(version === 2 ? V2 : V3);
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
    locate(path, instance) {
        const candidates = [];
        const prefixes = instance !== undefined ? [["haInstances", instance], []] : [[]];
        this.layers.forEach((doc, layer) => {
            for (const prefix of prefixes) {
                const located = doc.locate(this.layerPath(layer, [...prefix, ...path]));
                candidates.push({ doc, located, depth: located.path.length - prefix.length });
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
        return {
            doc: best.doc,
            located: best.located,
            ...(unset ? { note: `the value comes from the Zowe v${this.defaults.version} defaults` } : {}),
        };
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
class KubernetesSubject {
    source;
    note;
    constructor(source, 
    /** For an object rendered by kustomize and found in no file: said in every finding. */
    note) {
        this.source = source;
        this.note = note;
    }
    /** Kubernetes objects have no instances; the parameter keeps one signature for all subjects. */
    locate(path, _instance) {
        const { doc, prefix } = this.source;
        return { doc, located: doc.locate([...prefix, ...path]), ...(this.note ? { note: this.note } : {}) };
    }
}

/** The ConfigMap key under which Zowe's Kubernetes deployment keeps its zowe.yaml. */
const EMBEDDED_ZOWE_KEY = "zowe.yaml";
class ModelBuilder {
    options;
    model;
    pending = [];
    /** Absolute path of a layer file → its group and position. */
    layerOf = new Map();
    groups;
    constructor(options) {
        this.options = options;
        this.model = {
            input: {
                zoweVersion: options.zoweVersion,
                zowe: [],
                kubernetes: [],
                options: { kubernetes: options.kubernetes ?? { scope: "zowe", ha: false } },
            },
            zowe: [],
            kubernetes: [],
        };
        const groups = options.layerGroups ?? [];
        this.groups = groups.map((g) => g.map(() => undefined));
        groups.forEach((group, g) => group.forEach((file, position) => this.layerOf.set(file, { group: g, position })));
    }
    /** Kubernetes objects of files that a rendered kustomization builds from: where rendered objects are written. */
    renderedFrom = [];
    /**
     * Adds a file's documents; returns the syntax problems found, in it or in what it embeds.
     * The Kubernetes objects of a file that kustomize renders are not checked as written, only
     * used to locate the rendered objects.
     */
    add(file, absolutePath = file.path, rendered = false) {
        const problems = file.problems.map((p) => ({ ...p, file }));
        const layer = this.layerOf.get(absolutePath);
        if (layer) {
            // A file named as a layer is part of a Zowe configuration whatever keys it has (an
            // override file may hold only haInstances); like configmgr, read its first document.
            const doc = file.documents.find((d) => isObject(d.value));
            const slot = this.groups[layer.group];
            if (doc && slot)
                slot[layer.position] = doc;
            return problems;
        }
        for (const doc of file.documents) {
            const c = classify(doc);
            if (c.kind === "zowe") {
                this.pending.push({ layers: [c.doc], container: false });
            }
            else if (c.kind === "kubernetes") {
                if (rendered)
                    this.renderedFrom.push(...c.objects);
                else
                    for (const source of c.objects)
                        problems.push(...this.addObject(source));
            }
        }
        return problems;
    }
    /**
     * Adds the objects kustomize rendered. Each is located in the file that defines it (same kind,
     * its name as written inside the rendered name, which prefixes and suffixes extend); one found
     * nowhere is reported at the kustomization, named in the message.
     */
    addRendered(output, kustomization, shownDir) {
        const problems = output.problems.map((p) => ({ ...p, file: output }));
        for (const doc of output.documents) {
            const c = classify(doc);
            if (c.kind !== "kubernetes")
                continue;
            for (const { object } of c.objects) {
                const origin = this.origin(object);
                if (origin) {
                    problems.push(...this.addObject({ object, doc: origin.doc, prefix: origin.prefix }));
                }
                else {
                    const metadata = isObject(object.metadata) ? object.metadata : {};
                    const name = `${String(metadata.namespace ?? "default")}/${String(metadata.name ?? "?")}`;
                    problems.push(...this.addObject({ object, doc: kustomization, prefix: [] }, `${String(object.kind)} ${name} as rendered by kustomize build ${shownDir}`));
                }
            }
        }
        return problems;
    }
    origin(rendered) {
        const name = isObject(rendered.metadata) ? rendered.metadata.name : undefined;
        if (typeof name !== "string")
            return undefined;
        let best;
        let score = -1;
        for (const source of this.renderedFrom) {
            const raw = isObject(source.object.metadata) ? source.object.metadata.name : undefined;
            if (source.object.kind !== rendered.kind || typeof raw !== "string" || !name.includes(raw))
                continue;
            // The exact name first, then the longest contained name; among equals the fullest
            // object (the resource rather than a patch of it).
            const s = (raw === name ? 1e6 : raw.length * 1e3) + Math.min(999, JSON.stringify(source.object).length / 100);
            if (s > score) {
                best = source;
                score = s;
            }
        }
        return best;
    }
    /**
     * The model, with every configuration merged with its layers and the defaults, templates
     * resolved; and the values Zowe reads differently from other YAML tools.
     */
    finish() {
        const problems = [];
        const configs = [];
        for (const group of this.groups) {
            const layers = group.filter((d) => d !== undefined);
            if (layers.length > 0)
                configs.push({ layers, container: false });
        }
        configs.push(...this.pending);
        const version = this.options.zoweVersion;
        for (const c of configs) {
            const defaults = zoweDefaults(version);
            const layers = c.layers.map((d) => {
                const read = d.readAsZowe();
                problems.push(...read.differences.map((p) => ({ ...p, file: d.file })));
                return (isObject(read.value) ? read.value : {});
            });
            const config = resolveTemplates(mergeLayers(layers, defaults));
            this.model.input.zowe.push({
                config,
                container: c.container,
                ...(c.configMap !== undefined ? { configMap: c.configMap } : {}),
            });
            this.model.zowe.push(new ZoweSubject(c.layers, { version, values: zoweDefaults(version) }));
        }
        return { model: this.model, problems };
    }
    /** Layer files that were configured but not found among the files read. */
    missingLayers() {
        return [...this.layerOf]
            .filter(([, { group, position }]) => this.groups[group]?.[position] === undefined)
            .map(([file]) => file);
    }
    addObject(source, note) {
        const index = this.model.input.kubernetes.length;
        this.model.input.kubernetes.push(source.object);
        this.model.kubernetes.push(new KubernetesSubject(source, note));
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
        const inner = new SourceFile(source.doc.file.path, embedded.text, undefined, embedded.embedding);
        for (const doc of inner.documents) {
            const c = classify(doc);
            if (c.kind === "zowe")
                this.pending.push({ layers: [c.doc], container: true, configMap });
        }
        return inner.problems.map((p) => ({ ...p, file: inner }));
    }
}

/**
 * Kustomize overlays are not what is deployed until rendered: where a folder has a
 * kustomization and a renderer is on PATH, the rendered objects are checked instead of the raw
 * files, and findings are mapped back to the files the objects come from.
 */
const run = promisify(execFile);
const KUSTOMIZATION_FILES = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
const RENDER_TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 256 * 1024 * 1024;
async function executable(path) {
    try {
        await access(path, constants$1.X_OK);
        return (await stat(path)).isFile();
    }
    catch {
        return false;
    }
}
/** `kustomize build`, else `kubectl kustomize`, from PATH. */
async function findRenderer(pathVariable = process.env.PATH ?? "") {
    const dirs = pathVariable.split(delimiter).filter(Boolean);
    for (const [name, args] of [
        ["kustomize", (dir) => ["build", dir]],
        ["kubectl", (dir) => ["kustomize", dir]],
    ]) {
        for (const d of dirs) {
            const command = join(d, name);
            if (await executable(command))
                return { command, args };
        }
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
/**
 * Renders the root kustomizations among the files. Returns the outputs and a test for the files
 * whose objects the outputs replace; says in notices what could not be rendered and why (its
 * raw files are then checked as written).
 */
async function renderKustomizations(files, notices, show) {
    const plan = await planKustomizations(files);
    const none = { outputs: [], replaces: () => false };
    if (plan.roots.length === 0 && plan.skipped.size === 0)
        return none;
    for (const [dir, reason] of plan.skipped)
        notices.push(`${show(dir)}: kustomization not rendered: ${reason}; its files are checked as written`);
    const renderer = await findRenderer();
    if (!renderer) {
        for (const dir of plan.roots)
            notices.push(`${show(dir)}: kustomization not rendered: neither kustomize nor kubectl is on PATH; its files are checked as written`);
        return none;
    }
    const outputs = [];
    const covered = [];
    for (const dir of plan.roots) {
        const result = await render(renderer, dir);
        if ("error" in result) {
            notices.push(`${show(dir)}: kustomize build failed (${result.error}); its files are checked as written`);
            continue;
        }
        outputs.push({ dir, text: result.text });
        covered.push(...(plan.members.get(dir) ?? [dir]));
    }
    const replaces = (file) => covered.some((d) => file.startsWith(d.endsWith(sep) ? d : d + sep));
    return { outputs, replaces };
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
    const { doc, located, note } = subject.locate(violation.path, violation.instance);
    const message = note ? `${violation.message} (${note})` : violation.message;
    const docs = rule.sources[0]?.url;
    return {
        ruleId: rule.id,
        severity: violation.severity ?? rule.severity,
        message,
        file: doc.file.path,
        ...located.region,
        path: located.path,
        ...(violation.instance !== undefined ? { instance: violation.instance } : {}),
        ...(docs ? { docs } : {}),
    };
}

/** The pipeline both front ends share: discover → load → evaluate → locate → order. */
function diagnosticFinding(rule, file, message, region = { line: 1, column: 1, endLine: 1, endColumn: 1 }) {
    return {
        ruleId: rule.id,
        severity: rule.severity,
        message,
        file: typeof file === "string" ? file : file.path,
        ...region,
        path: [],
    };
}
const PROBLEM_RULES = {
    syntax: DIAGNOSTICS.yamlSyntax,
    depth: DIAGNOSTICS.inputLimit,
    tag: DIAGNOSTICS.yamlTag,
    yaml11: DIAGNOSTICS.ambiguousScalar,
};
/** Helm and Go templates are not YAML until rendered; a parse failure there is expected. */
function looksLikeTemplate(text) {
    return /\{\{[-\s]/.test(text);
}
/** Every policy of the bundle on the model, each violation located in the files. */
async function evaluatePolicies(bundle, model) {
    const findings = [];
    for (const source of bundle.sources) {
        const parts = source.scope === "namespace" ? partitionInput(model.input) : wholeInput(model.input);
        for (const v of await source.policy.evaluate(parts))
            findings.push(locate(v, model, source));
    }
    return findings;
}
async function scan(options, bundle) {
    const { config } = options;
    checkRuleSettings(config, bundle.catalogue);
    const discovered = discover(options.paths, options.cwd);
    const notices = [...discovered.notices];
    const layerFiles = new Set(config.layerGroups.flat());
    const checked = fileFilter(config);
    const files = discovered.files.filter((f) => layerFiles.has(f) || checked(f));
    const findings = [];
    const builder = new ModelBuilder({
        zoweVersion: options.zoweVersion,
        layerGroups: config.layerGroups,
        kubernetes: config.kubernetes,
    });
    const show = (path) => relative(options.cwd, path).split(sep).join("/") || ".";
    const kustomize = await renderKustomizations(files, notices, show);
    const kustomizationDocs = new Map();
    // Suppression comments are read with the file, so that the filter need not read it again.
    const comments = new Map();
    const reportProblem = (problem, context = "") => findings.push(diagnosticFinding(PROBLEM_RULES[problem.kind], problem.file, context + problem.message, problem.region));
    for (const absolute of files) {
        const shown = show(absolute);
        const read = readSource(absolute, config.limits);
        if ("unreadable" in read) {
            findings.push(diagnosticFinding(DIAGNOSTICS.unreadable, shown, read.unreadable));
            continue;
        }
        if ("refused" in read) {
            findings.push(diagnosticFinding(DIAGNOSTICS.inputLimit, shown, read.refused, read.region));
            continue;
        }
        const { text } = read;
        comments.set(shown, parseInlineSuppressions(text));
        const source = new SourceFile(shown, text, config.limits);
        if (source.problems.some((p) => p.kind === "syntax") && looksLikeTemplate(text)) {
            findings.push(diagnosticFinding(DIAGNOSTICS.template, source, "template syntax: not checked (check the rendered manifests instead)"));
            continue;
        }
        for (const problem of builder.add(source, absolute, kustomize.replaces(absolute)))
            reportProblem(problem);
        const [first] = source.documents;
        if (first && KUSTOMIZATION_FILES.has(basename(absolute)))
            kustomizationDocs.set(dirname(absolute), first);
    }
    for (const { dir, text } of kustomize.outputs) {
        const kustomization = kustomizationDocs.get(dir);
        if (!kustomization)
            continue;
        const output = new SourceFile(kustomization.file.path, text, undefined, () => ({
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
        }));
        for (const problem of builder.addRendered(output, kustomization, show(dir)))
            reportProblem(problem, "kustomize output: ");
    }
    // A layer outside the paths checked this time is not missing; one that does not exist is.
    for (const missing of builder.missingLayers().filter((file) => !existsSync(file))) {
        notices.push(`${config.file ?? "configuration"}: layer file ${show(missing)} does not exist`);
    }
    const { model, problems } = builder.finish();
    for (const problem of problems)
        reportProblem(problem);
    findings.push(...(await evaluatePolicies(bundle, model)));
    const filtered = await suppress(applyRuleSettings(findings, config), {
        config,
        cwd: options.cwd,
        now: options.now ?? new Date(),
        ...(options.baseline ? { baseline: options.baseline } : {}),
        comments,
    });
    return {
        findings: orderFindings(filtered.findings),
        suppressed: orderFindings(filtered.suppressed),
        fixedSinceBaseline: filtered.fixedSinceBaseline,
        stats: { files: files.length, zoweConfigs: model.zowe.length, kubernetesObjects: model.kubernetes.length },
        notices,
        input: model.input,
        zoweFiles: model.zowe.map((z) => z.layers[0]?.file.path ?? ""),
    };
}

export { BaselineError as B, DEFAULT_BASELINE_FILE as D, createBaseline as c, readBaseline as r, scan as s };
