import { readFile } from 'node:fs/promises';
import { resolve, relative, sep, dirname } from 'node:path';
import { d as distExports, p as parseBlockYaml, l as load, C as CORE_SCHEMA, v as valueAt, c as readZoweValue, z as zoweScalar, o as otherReadings, f as describeValue, h as findConfigFile, D as DEFAULT_READ_LIMITS, j as configValidator } from './_config-validator.js';

class Unsupported extends Error {
}
const PLAIN_KEY_END = /:(?=[ \t]|$)| #/;
// YAML 1.2 core schema resolves these plain scalars to something other than their text.
const NON_STRING_PLAIN = /^(?:[-+.0-9~]|(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$)/;
// Characters that start something other than a plain scalar or a key.
const INDICATORS = new Set([
    "-",
    "?",
    ":",
    ",",
    "[",
    "]",
    "{",
    "}",
    "#",
    "&",
    "*",
    "!",
    "|",
    ">",
    "'",
    '"',
    "%",
    "@",
    "`",
]);
class BlockLocator {
    text;
    /**
     * Per line, in typed arrays (a reader is made for every located document): its start; its
     * end, the line break or the end of the text, a trailing \r excluded; the column of its first
     * character that is not a space, -1 on a blank or comment-only line.
     */
    starts;
    ends;
    indents;
    count;
    /** False when a line is indented with a tab: the reader does not follow such text. */
    readable = true;
    constructor(text) {
        this.text = text;
        let count = 1;
        for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
            count += 1;
        this.count = count;
        this.starts = new Int32Array(count);
        this.ends = new Int32Array(count);
        this.indents = new Int32Array(count);
        let start = 0;
        for (let i = 0; i < count; i++) {
            let lineBreak = text.indexOf("\n", start);
            if (lineBreak < 0)
                lineBreak = text.length;
            const end = lineBreak > start && text.charCodeAt(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
            const indent = indentOf(text, start, end);
            if (indent === undefined)
                this.readable = false;
            this.starts[i] = start;
            this.ends[i] = end;
            this.indents[i] = indent ?? -1;
            start = lineBreak + 1;
        }
    }
    lineStart(line) {
        return this.starts[line];
    }
    lineEnd(line) {
        return this.ends[line];
    }
    indent(line) {
        return this.indents[line];
    }
    /**
     * The path's region in the text (lines from 1) as the positioned parse reports it: a map
     * entry from its key to the end of a scalar value, a sequence item's scalar, a collection's
     * first line. Undefined where this reader does not follow the text.
     */
    locate(path) {
        const location = this.follow(path);
        if (!location?.region)
            return undefined;
        const { start, end } = location.region;
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        const region = from.line === to.line && from.column === to.column
            ? { line: from.line, column: from.column, endLine: from.line, endColumn: from.column + 1 }
            : { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
        return { region, path: location.path };
    }
    /** The 1-based line and column of an offset. */
    position(offset) {
        let low = 0;
        let high = this.count - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.lineStart(mid) <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.lineStart(low) + 1 };
    }
    /** Where the path leads, or undefined where this reader does not follow the text. */
    follow(path) {
        if (!this.readable)
            return undefined;
        try {
            return this.walk(path);
        }
        catch (e) {
            if (e instanceof Unsupported)
                return undefined;
            throw e;
        }
    }
    walk(path) {
        const root = this.root();
        let node = { kind: "collection", at: root };
        let region = this.collectionRegion(root);
        const found = [];
        for (const segment of path) {
            if (node.kind === "flow")
                throw new Unsupported();
            if (node.kind !== "collection")
                break;
            const { at } = node;
            if (this.isSequenceItem(at)) {
                if (typeof segment !== "number")
                    break;
                const item = this.item(at, segment);
                if (!item)
                    break;
                if (item.kind === "flow" || item.kind === "literal")
                    throw new Unsupported();
                node = item;
                region = item.kind === "scalar" ? { start: item.start, end: item.end } : this.collectionRegion(item.at);
            }
            else {
                const entry = this.entry(at, String(segment));
                if (!entry)
                    break;
                node = entry.value;
                // A block scalar's region would end where its content does: not followed here.
                region =
                    node.kind === "literal"
                        ? undefined
                        : { start: entry.keyStart, end: node.kind === "scalar" ? node.end : entry.keyEnd };
            }
            found.push(segment);
        }
        return { region, path: found, value: node };
    }
    /**
     * Where a literal block scalar (`|`, `|-`, `|+`) at the path is written: the 1-based line of its
     * header and the indentation of its content (set by its first line that is not blank), so that
     * a document embedded in it (a zowe.yaml in a ConfigMap) can be located line for line.
     */
    literalBlock(path) {
        const walked = this.follow(path);
        if (!walked || walked.path.length !== path.length || walked.value.kind !== "literal")
            return undefined;
        const { header } = walked.value;
        for (let i = header + 1; i < this.count; i++) {
            const content = this.text.slice(this.lineStart(i), this.lineEnd(i));
            if (content.trim() !== "")
                return { header: header + 1, indent: content.length - content.trimStart().length };
        }
        return { header: header + 1, indent: 0 };
    }
    /** The document's top node, after comments and a bare `---`: block collections only. */
    root() {
        for (let i = 0; i < this.count; i++) {
            if (this.indent(i) < 0)
                continue;
            const offset = this.lineStart(i) + this.indent(i);
            if (/^---(?:\s*(?:#.*)?)?$/.test(this.text.slice(offset, this.lineEnd(i))))
                continue;
            const at = { line: i, offset };
            if (!this.isSequenceItem(at) && !this.key(at))
                throw new Unsupported();
            return at;
        }
        throw new Unsupported();
    }
    /** A block collection's region: its first line, from its first character. */
    collectionRegion(at) {
        // A collection that ends on its first line ends where its last value does: not followed here.
        if (this.endsOnLine(at))
            throw new Unsupported();
        return { start: at.offset, end: this.lineEnd(at.line) };
    }
    /** Whether the lines after the node's first line are none of its own. */
    endsOnLine(at) {
        const next = this.nextContentLine(at.line + 1);
        if (next === undefined)
            return true;
        const indent = this.indent(next);
        const column = this.column(at);
        if (indent !== column)
            return indent < column;
        // At the column, a mapping goes on with a key or its last entry's sequence; a sequence with a dash.
        return this.isSequenceItem(at) && !this.isSequenceItem({ line: next, offset: this.lineStart(next) + column });
    }
    column(at) {
        return at.offset - this.lineStart(at.line);
    }
    isSequenceItem(at) {
        if (this.text[at.offset] !== "-")
            return false;
        const next = this.text[at.offset + 1];
        return next === undefined || next === " " || next === "\n" || next === "\r";
    }
    /** Index of the next line with content at or after the given one. */
    nextContentLine(from) {
        for (let i = from; i < this.count; i++)
            if (this.indent(i) >= 0)
                return i;
        return undefined;
    }
    /** The sibling lines of a collection at its column, from its first: items or entries, in order. */
    *siblings(at) {
        const column = this.column(at);
        const sequence = this.isSequenceItem(at);
        yield at;
        let i = at.line + 1;
        for (;;) {
            const next = this.nextContentLine(i);
            if (next === undefined)
                return;
            const indent = this.indent(next);
            if (indent < column)
                return;
            if (indent === column) {
                const sibling = { line: next, offset: this.lineStart(next) + column };
                const isItem = this.isSequenceItem(sibling);
                // In a mapping, a dash at the mapping's column starts a sequence that is an entry's value.
                if (sequence && !isItem)
                    return;
                if (sequence === isItem)
                    yield sibling;
            }
            i = next + 1;
        }
    }
    item(at, index) {
        let i = 0;
        for (const dash of this.siblings(at)) {
            if (i++ === index)
                return this.valueAfter(dash.line, dash.offset + 1, this.column(dash), true);
        }
        return undefined;
    }
    entry(at, name) {
        for (const start of this.siblings(at)) {
            const key = this.key(start);
            if (!key)
                throw new Unsupported();
            if (key.name !== name)
                continue;
            return {
                keyStart: start.offset,
                keyEnd: key.end,
                value: this.valueAfter(start.line, key.colon + 1, this.column(start), false),
            };
        }
        return undefined;
    }
    /**
     * A key written on one line: plain (and read as a string by YAML) or single-quoted, followed by
     * a colon. Undefined when the line does not start with a key.
     */
    key(at) {
        const rest = this.text.slice(at.offset, this.lineEnd(at.line));
        const first = rest[0] ?? "";
        if (first === "'" || first === '"') {
            // Escapes in double quotes are not decoded here: such a key is left to the parser.
            const quoted = (first === "'" ? /^'((?:[^']|'')*)'([ ]*):(?=[ ]|$)/ : /^"([^"\\]*)"([ ]*):(?=[ ]|$)/).exec(rest);
            if (!quoted) {
                if (first === '"' && /^"[^"]*\\/.test(rest))
                    throw new Unsupported();
                return undefined;
            }
            const written = quoted[1];
            const name = first === "'" ? written.replace(/''/g, "'") : written;
            const colon = at.offset + quoted[0].length - 1;
            return { name, end: colon - quoted[2].length, colon };
        }
        if (INDICATORS.has(first)) {
            if (first === "-" || first === "#")
                return undefined;
            throw new Unsupported();
        }
        const stop = PLAIN_KEY_END.exec(rest);
        if (!stop || stop[0] !== ":")
            return undefined;
        const name = rest.slice(0, stop.index).trimEnd();
        if (NON_STRING_PLAIN.test(name) || name.includes("\t"))
            throw new Unsupported();
        return { name, end: at.offset + name.length, colon: at.offset + stop.index };
    }
    /**
     * The value that starts after an indicator (a key's colon, an item's dash) at `from` on the
     * given line of a node at `column`: on the same line, or on the next lines, indented more (or
     * at the column, for a sequence that is a mapping entry's value).
     */
    valueAfter(lineIndex, from, column, isItem) {
        const lineEnd = this.lineEnd(lineIndex);
        let offset = from;
        while (offset < lineEnd && this.text[offset] === " ")
            offset += 1;
        if (offset < lineEnd && this.text[offset] === "\t")
            throw new Unsupported();
        if (offset < lineEnd && this.text[offset] !== "#") {
            const at = { line: lineIndex, offset };
            const first = this.text[offset];
            if (first === "{" || first === "[")
                return { kind: "flow" };
            if (/^\|[-+]?[ \t]*(?:#.*)?$/.test(this.text.slice(offset, lineEnd)))
                return { kind: "literal", header: lineIndex };
            if (first === "|" || first === ">" || first === "&" || first === "*" || first === "!" || first === "?")
                throw new Unsupported();
            if (this.isSequenceItem(at) || this.key(at))
                return { kind: "collection", at };
            const end = this.scalarEnd(offset, lineEnd);
            const next = this.nextContentLine(lineIndex + 1);
            // Lines indented more than the node continue a multi-line scalar.
            if (next !== undefined && this.indent(next) > column)
                throw new Unsupported();
            return { kind: "scalar", start: offset, end };
        }
        const next = this.nextContentLine(lineIndex + 1);
        if (next === undefined)
            throw new Unsupported();
        const indent = this.indent(next);
        const at = { line: next, offset: this.lineStart(next) + indent };
        if (indent > column || (!isItem && indent === column && this.isSequenceItem(at))) {
            if (this.isSequenceItem(at) || this.key(at))
                return { kind: "collection", at };
        }
        // An empty value, or a scalar on lines of its own.
        throw new Unsupported();
    }
    /** The end of a one-line scalar: a quoted scalar's closing quote, a plain scalar's last character before a comment. */
    scalarEnd(offset, lineEnd) {
        const first = this.text[offset];
        let end;
        if (first === '"') {
            let i = offset + 1;
            while (i < lineEnd && this.text[i] !== '"')
                i += this.text[i] === "\\" ? 2 : 1;
            if (i >= lineEnd)
                throw new Unsupported();
            end = i + 1;
        }
        else if (first === "'") {
            let i = offset + 1;
            for (;;) {
                if (i >= lineEnd)
                    throw new Unsupported();
                if (this.text[i] === "'") {
                    if (this.text[i + 1] !== "'")
                        break;
                    i += 2;
                }
                else
                    i += 1;
            }
            end = i + 1;
        }
        else {
            const rest = this.text.slice(offset, lineEnd);
            const comment = rest.search(/[ \t]#/);
            if (/: |:$/.test(comment < 0 ? rest : rest.slice(0, comment)))
                throw new Unsupported();
            return offset + (comment < 0 ? rest : rest.slice(0, comment)).trimEnd().length;
        }
        if (!/^[ \t]*(?:#.*)?$/.test(this.text.slice(end, lineEnd)))
            throw new Unsupported();
        return end;
    }
}
/** The line's indentation, -1 for a line without content, undefined for a tab before the content. */
function indentOf(text, start, end) {
    let i = start;
    while (i < end && text.charCodeAt(i) === 32)
        i += 1;
    if (i === end || text[i] === "#")
        return -1;
    if (text[i] === "\t")
        return /^[ \t]*(?:#.*)?$/.test(text.slice(i, end)) ? -1 : undefined;
    return i - start;
}

/**
 * YAML and JSON files parsed with positions: every document's value for the model, and a way back
 * from a path in that value to the line and column it was written at.
 */
/**
 * One document of a file: its value and how to find its paths in the file. A document read
 * without positions follows a path through its lines (BlockLocator); where that reader gives up,
 * and for everything else that needs positions, it parses its own text with positions the first
 * time it is asked, and answers through that.
 */
class YamlDocument {
    file;
    value;
    parsed;
    positionedSelf;
    lineReader;
    constructor(file, value, parsed) {
        this.file = file;
        this.value = value;
        this.parsed = parsed;
    }
    /** This document with positions: itself, or its segment parsed now (null if that fails). */
    withPositions() {
        if (!("text" in this.parsed))
            return this;
        if (this.positionedSelf === undefined) {
            const { text, line, limits } = this.parsed;
            const inner = new SourceFile(this.file.path, text, limits, this.file.embedded(startingAtLine(line)), {
                known: this.value,
            });
            this.positionedSelf = inner.documents[0] ?? null;
        }
        return this.positionedSelf;
    }
    get doc() {
        if ("text" in this.parsed)
            throw new Error("a document read without positions is used through withPositions()");
        return this.parsed;
    }
    /**
     * The line reader of a document read without positions, made once (its lines are typed
     * arrays: keeping one for each of 6,552 located documents cost a few MB). A large document is
     * parsed with positions instead: the reader walks its lines from the top for each path, which
     * made a 4 MiB list with a finding per item quadratic.
     */
    get lines() {
        if (!("text" in this.parsed) || this.parsed.text.length > LINE_READER_MAX_CHARS)
            return undefined;
        this.lineReader ??= new BlockLocator(this.parsed.text);
        return { reader: this.lineReader, toFile: this.file.embedded(startingAtLine(this.parsed.line)) };
    }
    locate(path) {
        const lines = this.lines;
        const read = lines?.reader.locate(path);
        if (lines && read)
            return { region: lines.toFile(read.region), path: read.path };
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
    place(path) {
        const { region, path: found } = this.locate(path);
        const { file = this.file.path, ...inFile } = region;
        return { file, region: inFile, path: found };
    }
    /**
     * The text of a string value written as a literal block scalar (`|`, `|-`, `|+`), with the
     * position of its first content line, so that a document embedded in it (a zowe.yaml in a
     * ConfigMap) can be located line for line. Other string styles are reported at their key.
     */
    embedded(path) {
        const lines = this.lines;
        const block = lines?.reader.literalBlock(path);
        const string = valueAt(this.value, path);
        const file = this.file.path;
        if (lines && block && typeof string === "string") {
            const { header, indent } = block;
            return {
                text: string,
                file,
                embedding: (r) => lines.toFile({
                    line: r.line + header,
                    column: r.column + indent,
                    endLine: r.endLine + header,
                    endColumn: r.endColumn + indent,
                }),
            };
        }
        const positioned = this.withPositions();
        if (positioned !== this)
            return positioned?.embedded(path);
        const { node, region, path: found } = this.walk(path);
        if (found.length !== path.length || !distExports.isScalar(node) || typeof node.value !== "string")
            return undefined;
        const text = node.value;
        if (node.type !== "BLOCK_LITERAL" || !node.range)
            return { text, file, embedding: () => region };
        return { text, file, embedding: this.file.blockEmbedding(node.range[0]) };
    }
    /**
     * The document as Zowe's configuration manager reads it (zowe-common-c yaml2json): a plain
     * scalar is null (empty, ~, null), an integer (digits only, so 0777 is 777), a boolean (true/false in
     * three casings) or else a string, so `on`, `1e3`, `-1` and `7.5` are strings. Plain values that
     * other YAML readers take differently are listed, with what each reads.
     */
    readAsZowe() {
        // Read without positions unless a value may read otherwise elsewhere: that needs its line.
        const value = "text" in this.parsed ? readZoweValue(this.parsed.text) : undefined;
        if (value !== undefined)
            return { value, differences: [] };
        const positioned = this.withPositions();
        if (positioned !== this)
            return positioned ? positioned.readAsZowe() : { value: this.value, differences: [] };
        const differences = [];
        const copy = this.doc.clone();
        distExports.visit(copy, {
            Scalar: (key, node) => {
                if (key === "key" || node.type !== "PLAIN" || typeof node.source !== "string" || node.tag)
                    return;
                const zowe = zoweScalar(node.source);
                const others = otherReadings(node.source, node.value, zowe);
                node.value = zowe;
                if (others && node.range) {
                    differences.push({
                        kind: "yaml11",
                        message: `Zowe reads ${node.source} as ${describeValue(zowe)}, but ${others}; quote it or write the value unambiguously`,
                        region: this.file.nodeRegion(node),
                    });
                }
            },
        });
        return { value: copy.toJS({ maxAliasCount: DEFAULT_PARSE_LIMITS.maxAliasCount }), differences };
    }
    walk(path) {
        let node = this.doc.contents;
        let region = node && distExports.isCollection(node) ? this.file.nodeRegion(node) : this.file.pointRegion(this.doc.range[0]);
        const found = [];
        for (const segment of path) {
            node = this.resolveAlias(node);
            if (distExports.isMap(node)) {
                const pair = node.items.find((p) => distExports.isPair(p) && distExports.isScalar(p.key) && String(p.key.value) === String(segment));
                if (!pair || !distExports.isScalar(pair.key))
                    break;
                region = this.file.pairRegion(pair.key, pair.value);
                node = pair.value;
            }
            else if (distExports.isSeq(node) && typeof segment === "number") {
                const item = node.items[segment];
                if (!item)
                    break;
                region = this.file.nodeRegion(item);
                node = item;
            }
            else {
                break;
            }
            found.push(segment);
        }
        return { region, path: found, node: this.resolveAlias(node) };
    }
    resolveAlias(node) {
        return distExports.isAlias(node) ? node.resolve(this.doc) : node;
    }
}
/** Documents up to this size are located by reading their lines (a manifest is a few KiB). */
const LINE_READER_MAX_CHARS = 64 * 1024;
/** A document's own text, which starts on the given line of its file. */
function startingAtLine(line) {
    const shift = line - 1;
    return (r) => ({ line: r.line + shift, column: r.column, endLine: r.endLine + shift, endColumn: r.endColumn });
}
const DEFAULT_PARSE_LIMITS = { maxAliasCount: 100, maxDepth: 100 };
/** Strings up to this length are shared: repeated values are short (kinds, labels, names, images). */
const SHARED_STRING_LENGTH = 64;
/** Beyond this many different strings the table starts again, so that it stays small when little repeats. */
const SHARED_STRINGS_LIMIT = 100_000;
const sharedStrings = new Map();
/** One instance of each equal short string. */
function share(text) {
    if (text.length > SHARED_STRING_LENGTH)
        return text;
    const shared = sharedStrings.get(text);
    if (shared !== undefined)
        return shared;
    if (sharedStrings.size >= SHARED_STRINGS_LIMIT)
        sharedStrings.clear();
    sharedStrings.set(text, text);
    return text;
}
/**
 * Whether a parsed value nests deeper than the limit, counted without recursion (the value may
 * be hostile). The same walk makes equal short strings one string: parsers allocate a string per
 * scalar, and 20,000 manifests held 583,541 strings of which 1,751 differed.
 */
function exceedsDepthSharingStrings(value, limit) {
    const stack = [{ node: value, depth: 0 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (typeof node !== "object" || node === null)
            continue;
        if (depth >= limit)
            return true;
        const entries = node;
        for (const key in entries) {
            const child = entries[key];
            if (typeof child === "string") {
                if (child.length <= SHARED_STRING_LENGTH)
                    entries[key] = share(child);
            }
            else if (typeof child === "object" && child !== null) {
                stack.push({ node: child, depth: depth + 1 });
            }
        }
    }
    return false;
}
function firstLine(message) {
    return message.split("\n")[0] ?? message;
}
/** A document that is more than comments or an explicit null: both readers count documents so. */
function hasContent(doc) {
    return doc.contents !== null && !(distExports.isScalar(doc.contents) && doc.contents.value === null);
}
/**
 * Characters that may start an anchor, an alias or a tag: such documents take the positioned
 * parser's path. Quoted scalars on one line are matched first and passed over: a CronJob schedule
 * such as "0 * * * *" is text, not an alias. (Scanning past them rather than matching a copy of
 * the text without them: 32 instead of 46-51 ms on 10,000 manifests.)
 */
const QUOTED_OR_ANCHOR_ALIAS_OR_TAG = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|(?:^|[\s[{,])[&*!][^\s]/gm;
function mayHaveAnchorsOrTags(text) {
    for (const match of text.matchAll(QUOTED_OR_ANCHOR_ALIAS_OR_TAG)) {
        const first = match[0][0];
        if (first !== '"' && first !== "'")
            return true;
    }
    return false;
}
/** Document markers: a line starting with `---` or `...` ends the document before it. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
/** The text of each document of a stream, with the line it starts on (YAML 1.2 splits streams at markers at column 1). */
function splitDocuments(text) {
    const starts = [0, ...[...text.matchAll(DOCUMENT_MARKER)].map((m) => m.index).filter((i) => i > 0)];
    const segments = [];
    let line = 1;
    let previous = 0;
    starts.forEach((start, i) => {
        for (let k = text.indexOf("\n", previous); k >= 0 && k < start; k = text.indexOf("\n", k + 1))
            line += 1;
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
class SourceFile {
    path;
    text;
    embedding;
    documents = [];
    problems = [];
    lines = new distExports.LineCounter();
    constructor(
    /** The path shown in reports: relative to the working directory, with forward slashes. */
    path, text, limits = DEFAULT_PARSE_LIMITS, 
    /** For a text embedded in another file: where its regions are in that file. */
    embedding, 
    /**
     * Values first (by default), with positions from the start, or only positions for a text
     * whose one document's value is already read.
     */
    reading = "values first") {
        this.path = path;
        this.text = text;
        this.embedding = embedding;
        if (typeof reading === "object")
            this.loadPositions(reading.known);
        else if (reading === "positioned" || !this.loadValues(limits))
            this.loadPositioned(limits);
    }
    /** Positions for a document whose value the fast reader has read (checked there, so not again). */
    loadPositions(value) {
        const doc = distExports.parseAllDocuments(this.text, { lineCounter: this.lines, prettyErrors: false }).find(hasContent);
        if (doc)
            this.documents.push(new YamlDocument(this, value, doc));
    }
    /**
     * The fast path: values only, document by document; a document with anchors, aliases or tags
     * is parsed with positions on its own. False when the file needs the positioned parse.
     */
    loadValues(limits) {
        if (/^%/m.test(this.text))
            return false;
        const documents = [];
        const problems = [];
        for (const segment of splitDocuments(this.text)) {
            // Block-style documents by the reader built for them (it takes no anchor, alias or tag),
            // anything else by js-yaml, but anchors and tags by the positioned parser, which bounds
            // the aliases a document may expand.
            let value = parseBlockYaml(segment.text, { maxDepth: limits.maxDepth, share });
            if (value === undefined && mayHaveAnchorsOrTags(segment.text)) {
                const positioned = new SourceFile(this.path, segment.text, limits, this.embedded(startingAtLine(segment.line)), "positioned");
                documents.push(...positioned.documents);
                problems.push(...positioned.problems);
                continue;
            }
            if (value === undefined) {
                try {
                    value = load(segment.text, { schema: CORE_SCHEMA });
                }
                catch {
                    return false; // the positioned parse reports the problem at its line
                }
                if (exceedsDepthSharingStrings(value, limits.maxDepth))
                    return false;
            }
            if (value === null || value === undefined)
                continue;
            documents.push(new YamlDocument(this, value, { ...segment, limits }));
        }
        this.documents.push(...documents);
        this.problems.push(...problems);
        return true;
    }
    loadPositioned(limits) {
        const docs = distExports.parseAllDocuments(this.text, { lineCounter: this.lines, prettyErrors: false });
        // An empty stream (empty file, only comments) has no documents: nothing to check, not an error.
        for (const doc of docs) {
            if (!hasContent(doc) && doc.errors.length === 0)
                continue;
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
            let value;
            try {
                value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
            }
            catch (e) {
                this.problems.push({
                    kind: "syntax",
                    message: firstLine(e.message),
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
    embedded(inner) {
        const outer = this.embedding;
        return outer ? (r) => outer(inner(r)) : inner;
    }
    /** The region of a map entry: from its key to the end of a scalar value, or to the end of the key. */
    pairRegion(key, value) {
        const start = key.range?.[0] ?? 0;
        const end = value && distExports.isScalar(value) && value.range ? value.range[1] : (key.range?.[1] ?? start);
        return this.region(start, end);
    }
    /** A scalar's whole text; a collection's first line (its full extent would cover the whole block). */
    nodeRegion(node) {
        const [start, end] = node.range ?? [0, 0];
        if (distExports.isScalar(node))
            return this.region(start, end);
        const { line } = this.lines.linePos(start);
        return this.region(start, Math.min(end, this.endOfLine(line)));
    }
    pointRegion(offset) {
        const at = Math.min(offset, this.text.length);
        return this.region(at, at);
    }
    region(start, end) {
        const from = this.lines.linePos(start);
        const to = this.lines.linePos(Math.max(start, end));
        const region = to.line === from.line && to.col === from.col
            ? { line: from.line, column: from.col, endLine: from.line, endColumn: from.col + 1 }
            : { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
        return this.embedding ? this.embedding(region) : region;
    }
    /**
     * Content line k of the literal block scalar starting at offset is line (header + k) of this
     * file, indented by the block's indentation (set by its first non-empty line).
     */
    blockEmbedding(offset) {
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
        const outer = (r) => ({
            line: r.line + header,
            column: r.column + indent,
            endLine: r.endLine + header,
            endColumn: r.endColumn + indent,
        });
        const parent = this.embedding;
        return parent ? (r) => parent(outer(r)) : outer;
    }
    /** Offset of the last character of a 1-based line, not counting its line break. */
    endOfLine(line) {
        const next = this.lines.lineStarts[line] ?? this.text.length;
        let end = next;
        while (end > 0 && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r"))
            end -= 1;
        return Math.max(end, this.lines.lineStarts[line - 1] ?? 0);
    }
}

/**
 * The `helm:` section of .zowe-ha-policy.yaml: for a chart, the environments to render (each a
 * values file, or values files applied in order) and the release name and namespace.
 *
 * ```yaml
 * helm:
 *   charts:
 *     charts/zowe:                # the chart folder, relative to the configuration file
 *       values:                   # relative to the chart folder; each item is one environment
 *         - values.yaml           # the chart's defaults alone
 *         - values-prod.yaml
 *         - [values-common.yaml, values-dev.yaml]
 *       release: zowe             # default: the chart's name
 *       namespace: zowe           # default: Helm's (default)
 * ```
 *
 * Without `values`, a chart renders with its values.yaml alone and with each values-<env>.yaml
 * (or values.<env>.yaml) beside it.
 */
const NO_HELM_OPTIONS = { charts: new Map() };
/**
 * The options from the validated section; paths resolve against dir (the configuration file's
 * folder for charts, each chart's folder for its values files). Naming values.yaml as an
 * environment means the chart's defaults alone: Helm reads that file anyway.
 */
function helmOptions(raw, dir) {
    const charts = new Map();
    for (const [key, chart] of Object.entries(raw?.charts ?? {})) {
        const folder = resolve(dir, key);
        const options = { key };
        if (chart.values) {
            options.environments = chart.values.map((entry) => (typeof entry === "string" ? [entry] : entry)
                .map((file) => resolve(folder, file))
                .filter((file) => file !== resolve(folder, "values.yaml")));
        }
        if (chart.release !== undefined)
            options.release = chart.release;
        if (chart.namespace !== undefined)
            options.namespace = chart.namespace;
        charts.set(folder, options);
    }
    return { charts };
}

/** Paths as the tool shows them: relative to a folder, with "/" between names on every system. */
/** path relative to from, "/"-separated; "" for from itself. */
function relativePath(from, path) {
    return relative(from, path).split(sep).join("/");
}
/** path as reports and messages show it: relative to from, "." for from itself. */
function shownPath(from, path) {
    return relativePath(from, path) || ".";
}

/** The configuration is wrong: the message names the file and line. */
class ConfigError extends Error {
    name = "ConfigError";
}
function pointer(instancePath) {
    return instancePath
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function describe(error) {
    const at = error.instancePath ? pointer(error.instancePath).join(".") : "(top level)";
    switch (error.keyword) {
        case "additionalProperties":
            return `${at}: unknown key "${error.params.additionalProperty}"`;
        case "enum":
            return `${at}: must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
        default:
            return `${at}: ${error.message ?? "is invalid"}`;
    }
}
function defaultConfig(cwd) {
    return {
        dir: cwd,
        rules: {},
        layerGroups: [],
        kubernetes: { scope: "zowe", ha: false },
        kubernetesUnits: [],
        helm: NO_HELM_OPTIONS,
        exceptions: [],
        policies: [],
        limits: { ...DEFAULT_READ_LIMITS, ...DEFAULT_PARSE_LIMITS },
        locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
    };
}
/**
 * Reads the configuration: the file given, else the nearest .zowe-ha-policy.yaml from the
 * working directory up to the repository root (findConfigFile), else the defaults.
 */
async function loadConfig(explicit, cwd) {
    const path = explicit === undefined ? findConfigFile(cwd) : resolve(cwd, explicit);
    if (path === undefined)
        return defaultConfig(cwd);
    let text;
    try {
        text = await readFile(path, "utf8");
    }
    catch (error) {
        throw new ConfigError(`${relativePath(cwd, path)}: cannot read the configuration file (${error.code ?? error.message})`);
    }
    return parseConfig(text, path, cwd);
}
/**
 * The configuration in text, as if read from path (its relative paths resolve against path's
 * folder): the action reads the pull request's base version this way, from git.
 */
function parseConfig(text, path, cwd, shown = relativePath(cwd, path)) {
    const source = new SourceFile(shown, text);
    const problem = source.problems[0];
    if (problem)
        throw new ConfigError(`${shown}:${problem.region.line}:${problem.region.column}: ${problem.message}`);
    const doc = source.documents[0];
    const value = doc?.value ?? {};
    const validate = configValidator();
    if (!validate(value)) {
        const messages = (validate.errors ?? []).map((e) => {
            const { region } = doc ? doc.locate(pointer(e.instancePath)) : { region: { line: 1, column: 1 } };
            return `${shown}:${region.line}:${region.column}: ${describe(e)}`;
        });
        throw new ConfigError(`invalid configuration\n  ${[...new Set(messages)].join("\n  ")}`);
    }
    const dir = dirname(path);
    return {
        file: shown,
        path,
        dir,
        ...(value.zoweVersion !== undefined ? { zoweVersion: value.zoweVersion } : {}),
        ...(value.include ? { include: value.include } : {}),
        ...(value.exclude ? { exclude: value.exclude } : {}),
        rules: value.rules ?? {},
        layerGroups: (value.zowe?.configs ?? []).map((group) => group.map((f) => resolve(dir, f))),
        ...(value.zowe?.schemas !== undefined
            ? { zoweSchemas: [value.zowe.schemas].flat().map((p) => resolve(dir, p)) }
            : {}),
        kubernetes: { scope: value.kubernetes?.scope ?? "zowe", ha: value.kubernetes?.ha ?? false },
        kubernetesUnits: value.kubernetes?.units ?? [],
        helm: helmOptions(value.helm, dir),
        exceptions: (value.exceptions ?? []).map((e, index) => ({ ...e, index })),
        policies: (value.policies ?? []).map((p) => resolve(dir, p)),
        limits: { ...DEFAULT_READ_LIMITS, ...DEFAULT_PARSE_LIMITS, ...value.limits },
        locate: (keys) => (doc ? doc.locate(keys).region : { line: 1, column: 1, endLine: 1, endColumn: 1 }),
    };
}

export { ConfigError as C, NO_HELM_OPTIONS as N, SourceFile as S, splitDocuments as a, defaultConfig as d, loadConfig as l, relativePath as r, shownPath as s };
