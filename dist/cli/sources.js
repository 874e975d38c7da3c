import { writeFileSync, readFileSync, rmSync, existsSync, readdirSync, statSync, mkdtempSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join, resolve, dirname, sep, relative } from 'node:path';
import { s as shownPath, r as relativePath, C as ConfigError } from './config.js';
import { gzipSync, gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { S as SEVERITIES, f as isConfidence, C as CONFIDENCES, i as isSeverity, D as DIAGNOSTICS, g as Catalogue, r as readRules, p as parseRules } from './rules.js';
import { g as getDefaultExportFromCjs, i as isObject } from './_config-validator.js';
import { c as compiledModule } from './warm-up.js';
import { tmpdir } from 'node:os';

/** The entrypoint every policy is compiled with and evaluated at: policies/main.rego's findings. */
const ENTRYPOINT = "zowe_ha/main/findings";
/**
 * The bundled policy's second entrypoint: the same findings together with the HA topology the
 * reports draw (policies/views/topology.rego), evaluated instead of ENTRYPOINT when a report
 * draws it.
 */
const TOPOLOGY_ENTRYPOINT = "zowe_ha/views/topology/with_findings";

/**
 * The gzip-compressed tar archives policies travel in. The reader writes nothing: it returns the
 * contents of the members asked for by name, and refuses an archive that is malformed, larger
 * than the limits, or holds anything other than regular files and folders under safe names. So a
 * hostile bundle can only fail to load, with a message saying why.
 */
/** The archive could not be read safely; the message says what is wrong with it. */
class ArchiveError extends Error {
    name = "ArchiveError";
}
const BLOCK = 512;
const MiB = 1024 * 1024;
function mebibytes(bytes) {
    return `${Math.round(bytes / MiB)} MiB`;
}
function text(header, start, length) {
    const bytes = header.subarray(start, start + length);
    const end = bytes.indexOf(0);
    return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
}
function octal(header, start, length, where) {
    // A set high bit is GNU's base-256 form, used only for values too large for the octal field.
    if ((header[start] ?? 0) & 0x80)
        throw new ArchiveError(`${where}: the size is too large`);
    const digits = text(header, start, length).trim();
    if (!/^[0-7]*$/.test(digits))
        throw new ArchiveError(`${where}: malformed header (a numeric field holds "${digits}")`);
    return digits === "" ? 0 : parseInt(digits, 8);
}
/** The header checksum: the sum of its bytes, with the checksum field itself counted as spaces. */
function checksum(header) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i += 1)
        sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
    return sum;
}
const TYPES = {
    "0": "file",
    "\0": "file",
    "7": "file",
    "5": "folder",
    "1": "link",
    "2": "link",
    "3": "device",
    "4": "device",
    "6": "device",
};
/**
 * The member's name without a leading "/" or "./" (OPA writes "/policy.wasm"), refused when it
 * could name something outside the archive's root on any system.
 */
function safeName(raw, where) {
    const name = raw.replace(/^(?:\.?\/)+/, "");
    const segments = name.split(/[/\\]/);
    if (raw.includes("\\") || /^[A-Za-z]:/.test(name) || segments.includes("..")) {
        throw new ArchiveError(`${where}: the name "${raw}" points outside the archive`);
    }
    return name.replace(/\/+$/, "");
}
/**
 * Reads the members named in `wanted` (names relative to the archive root) from a .tar.gz.
 * Every member is checked, wanted or not; a wanted member that is missing is simply absent
 * from the result. `names: "any"` accepts names with ".." in members that are not wanted: only
 * for the bundle opa has just written, which names the modules it compiled after the paths it
 * was given ("/../lib/zowe.rego").
 */
function readTarGz(gz, wanted, limits, names = "safe") {
    let tar;
    try {
        tar = gunzipSync(gz, { maxOutputLength: limits.uncompressed });
    }
    catch (error) {
        if (error.code === "ERR_BUFFER_TOO_LARGE") {
            throw new ArchiveError(`it expands to more than ${mebibytes(limits.uncompressed)}, the limit for a policy bundle`);
        }
        throw new ArchiveError(`not a valid gzip file (${error.message})`);
    }
    const found = new Map();
    let offset = 0;
    while (offset + BLOCK <= tar.length) {
        const header = tar.subarray(offset, offset + BLOCK);
        if (header.every((b) => b === 0))
            return found;
        const where = `member at byte ${offset}`;
        if (text(header, 257, 5) !== "ustar")
            throw new ArchiveError(`${where}: not a tar header (the archive is malformed)`);
        if (octal(header, 148, 8, where) !== checksum(header))
            throw new ArchiveError(`${where}: the header checksum is wrong (the archive is malformed)`);
        const prefix = text(header, 345, 155);
        const raw = prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100);
        const member = `member "${raw}"`;
        const type = TYPES[String.fromCharCode(header[156] ?? 0)];
        if (type === "link")
            throw new ArchiveError(`${member} is a link; a policy bundle holds only regular files`);
        if (type === "device")
            throw new ArchiveError(`${member} is a device or FIFO; a policy bundle holds only regular files`);
        if (type === undefined)
            throw new ArchiveError(`${member} has the unsupported type "${String.fromCharCode(header[156] ?? 0)}"; a policy bundle holds only regular files`);
        const name = names === "safe" || wanted.includes(raw.replace(/^\//, "")) ? safeName(raw, member) : raw;
        const size = octal(header, 124, 12, member);
        if (size > limits.member)
            throw new ArchiveError(`${member} is ${mebibytes(size)}, more than the ${mebibytes(limits.member)} a member may have`);
        const start = offset + BLOCK;
        if (start + size > tar.length)
            throw new ArchiveError(`${member} is cut short: the archive is truncated`);
        if (type === "file" && wanted.includes(name)) {
            if (found.has(name))
                throw new ArchiveError(`${member} appears twice`);
            found.set(name, tar.slice(start, start + size));
        }
        offset = start + Math.ceil(size / BLOCK) * BLOCK;
    }
    throw new ArchiveError("the archive is truncated (it ends without the end-of-archive marker)");
}
function header(name, size) {
    const block = new Uint8Array(BLOCK);
    const put = (start, value) => block.set(new TextEncoder().encode(value), start);
    if (new TextEncoder().encode(name).length > 100)
        throw new Error(`tar member name too long: ${name}`);
    put(0, name);
    put(100, "0000644\0");
    put(108, "0000000\0");
    put(116, "0000000\0");
    put(124, `${size.toString(8).padStart(11, "0")}\0`);
    put(136, "00000000000\0"); // mtime 0: the same input gives the same bytes
    put(156, "0");
    put(257, "ustar\0");
    put(263, "00");
    put(148, `${checksum(block).toString(8).padStart(6, "0")}\0 `);
    return block;
}
/** A .tar.gz of regular files, reproducible: no timestamps, owners or modes from the machine. */
function writeTarGz(members) {
    const parts = [];
    for (const { name, data } of members) {
        parts.push(header(name, data.length), data, new Uint8Array((BLOCK - (data.length % BLOCK)) % BLOCK));
    }
    parts.push(new Uint8Array(2 * BLOCK));
    return gzipSync(Buffer.concat(parts), { level: 9 });
}

/**
 * The policy bundle `zowe-ha-policy build-policies` writes: an OPA bundle (.tar.gz) with the
 * compiled policy, the wasm entrypoint in its manifest, and the rule catalogue beside it.
 */
const WASM = "policy.wasm";
const RULES = "rules.json";
/** Generous for policies (the bundled one is well under 1 MiB) and small enough to refuse a bomb. */
const BUNDLE_LIMITS = { compressed: 16 * 1024 * 1024, uncompressed: 64 * 1024 * 1024, member: 32 * 1024 * 1024 };
function packPolicyBundle(files) {
    const manifest = { revision: "", roots: [""], wasm: [{ entrypoint: ENTRYPOINT, module: `/${WASM}` }] };
    return writeTarGz([
        { name: "/.manifest", data: new TextEncoder().encode(JSON.stringify(manifest)) },
        { name: `/${WASM}`, data: files.wasm },
        { name: `/${RULES}`, data: new TextEncoder().encode(files.rules) },
    ]);
}
/** Reads a file of at most `limit` bytes, checking the size before reading anything. */
async function readLimited(file, limit) {
    const handle = await open(file, "r");
    try {
        const { size } = await handle.stat();
        if (size > limit)
            throw new ArchiveError(`it is ${mebibytes(size)}, more than the ${mebibytes(limit)} a policy bundle may have`);
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
/** The policy and rule catalogue in a bundle; ArchiveError when the file is not a safe, complete bundle. */
async function readPolicyBundle(file) {
    const members = readTarGz(await readLimited(file, BUNDLE_LIMITS.compressed), [WASM, RULES], BUNDLE_LIMITS);
    const wasm = members.get(WASM);
    const rules = members.get(RULES);
    const missing = [wasm ? "" : WASM, rules ? "" : RULES].filter(Boolean);
    if (!wasm || !rules)
        throw new ArchiveError(`it has no ${missing.join(" and no ")} (build it with 'zowe-ha-policy build-policies DIR')`);
    return { wasm, rules: new TextDecoder().decode(rules) };
}
/** The policy compiled from opa build's own bundle. */
function wasmOfOpaBundle(bundle) {
    const wasm = readTarGz(bundle, [WASM], BUNDLE_LIMITS, "any").get(WASM);
    if (!wasm)
        throw new ArchiveError(`opa build wrote no ${WASM}`);
    return wasm;
}

/**
 * The rule catalogue (rules.json) read from the rule packages' METADATA, as `opa inspect
 * --annotations` reports it. The METADATA is the only place a rule's id, severity and texts are
 * written; a rule package that lacks any of them is refused here, with the file and line.
 */
const RULES_NAMESPACE = "data.zowe_ha.rules.";
/** Rule ids are also keys of the configuration's `rules:` (the schema's pattern). */
const RULE_ID = /^[A-Za-z][A-Za-z0-9-]*$/;
function moduleName(file) {
    return file.replace(/^\//, "");
}
/**
 * custom.other_severities: the severities a finding of the rule may carry instead of
 * custom.severity, each with when it does (a finding's own "severity"), so that the catalogue
 * shows every severity the rule reports.
 */
function otherSeverities(value, severity, where, problems) {
    if (value === undefined)
        return undefined;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        problems.push(`${where}: custom.other_severities must map a severity to when it applies`);
        return undefined;
    }
    const out = {};
    for (const [key, when] of Object.entries(value)) {
        if (!isSeverity(key) || key === severity)
            problems.push(`${where}: custom.other_severities: "${key}" must be a severity other than custom.severity`);
        else if (typeof when !== "string" || when.trim() === "")
            problems.push(`${where}: custom.other_severities.${key} must say when a finding is ${key}`);
        else
            out[key] = when.trim();
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
function ruleOf(entry, path, context, problems) {
    const file = moduleName(entry.location.file);
    const where = `${file}:${entry.location.row}`;
    const before = problems.length;
    const a = entry.annotations;
    const custom = a.custom ?? {};
    if (typeof custom.id !== "string")
        problems.push(`${where}: METADATA custom.id is missing`);
    else if (!RULE_ID.test(custom.id))
        problems.push(`${where}: custom.id "${custom.id}" must start with a letter and hold only letters, digits and "-"`);
    if (!SEVERITIES.includes(custom.severity))
        problems.push(`${where}: custom.severity must be one of ${SEVERITIES.join(", ")}`);
    for (const field of ["title", "description"]) {
        const value = a[field];
        if (typeof value !== "string" || value.trim() === "")
            problems.push(`${where}: METADATA ${field} is missing`);
    }
    if (typeof custom.remediation !== "string")
        problems.push(`${where}: METADATA custom.remediation is missing`);
    if (custom.confidence === undefined ? context.requireConfidence : !isConfidence(custom.confidence))
        problems.push(`${where}: custom.confidence must be one of ${CONFIDENCES.join(", ")} (does Zowe's documentation or code state what the rule reports, or is it inferred or guessed?)`);
    if (custom.severity === "error" && (custom.confidence === "inference" || custom.confidence === "heuristic"))
        problems.push(`${where}: a rule whose confidence is ${custom.confidence} reports warnings, not errors (an error needs Zowe's documentation or code to say the setup breaks)`);
    const others = otherSeverities(custom.other_severities, custom.severity, where, problems);
    const resources = a.related_resources ?? [];
    if (resources.length === 0)
        problems.push(`${where}: METADATA related_resources must name the source of the rule`);
    if (resources.some((r) => typeof r.ref !== "string"))
        problems.push(`${where}: every related_resources entry needs a ref (a URL)`);
    if (problems.length > before)
        return undefined;
    const [group = "", name = ""] = path;
    return {
        id: custom.id,
        package: `${group}/${name}`,
        group,
        severity: custom.severity,
        ...(others ? { otherSeverities: others } : {}),
        title: a.title,
        description: a.description.trim(),
        remediation: custom.remediation.trim(),
        ...(isConfidence(custom.confidence) ? { confidence: custom.confidence } : {}),
        sources: resources.map((r) => ({
            url: r.ref,
            ...(r.description ? { description: String(r.description) } : {}),
        })),
        file,
        examples: context.samples(file),
    };
}
/** Rule packages must be where the entrypoint looks, and the library's packages are not the policy's to extend. */
function checkNamespaces(inspection, described, context, problems) {
    const library = new Set();
    const own = new Map();
    for (const [namespace, files] of Object.entries(inspection.namespaces ?? {})) {
        for (const file of files.filter((f) => f.endsWith(".rego")).map(moduleName)) {
            if (context.isOwn(file))
                own.set(namespace, [...(own.get(namespace) ?? []), file]);
            else
                library.add(namespace);
        }
    }
    for (const [namespace, files] of own) {
        const pkg = namespace.replace(/^data\./, "");
        if (library.has(namespace)) {
            problems.push(`${files.join(", ")}: package ${pkg} belongs to zowe-ha-policy's library; put helpers in a package of your own`);
        }
        else if (namespace.startsWith(RULES_NAMESPACE) && namespace.split(".").length !== 5) {
            problems.push(`${files.join(", ")}: package ${pkg}: a rule package is zowe_ha.rules.<group>.<name>`);
        }
        else if (namespace.startsWith(RULES_NAMESPACE) && !described.has(namespace)) {
            problems.push(`${files.join(", ")}: package ${pkg} has no package METADATA (title, description, related_resources, custom.id, custom.severity, custom.remediation)`);
        }
    }
}
/**
 * The catalogue of the policy's rules, sorted by id, with the problems that make it unusable
 * (an empty list when there are none).
 */
function rulesFromInspection(inspection, context) {
    const problems = [];
    const rules = [];
    const described = new Set();
    for (const entry of inspection.annotations ?? []) {
        const path = entry.path.slice(1).map((term) => String(term.value));
        const namespace = `data.${path.join(".")}`;
        const isRulePackage = namespace.startsWith(RULES_NAMESPACE) && path.length === 4;
        if (!isRulePackage || entry.annotations.scope !== "package" || !context.isOwn(moduleName(entry.location.file)))
            continue;
        described.add(namespace);
        const rule = ruleOf(entry, path.slice(2), context, problems);
        if (rule)
            rules.push(rule);
    }
    checkNamespaces(inspection, described, context, problems);
    const ids = new Map();
    for (const rule of rules) {
        const other = ids.get(rule.id);
        if (other)
            problems.push(`${rule.file}: rule id ${rule.id} is also the id of ${other}`);
        ids.set(rule.id, rule.file);
    }
    if (rules.length === 0 && problems.length === 0)
        problems.push("no rule package found (package zowe_ha.rules.<group>.<name> with METADATA and a `report` set)");
    rules.sort((a, b) => a.id.localeCompare(b.id, "en"));
    return { rules, problems };
}

/**
 * Builtins implemented natively inside OPA's wasm module (OPA internal/compiler/wasm/wasm.go).
 * Anything else would call back into JavaScript, where the SDK lacks it or differs from Go, so
 * policies are compiled with only these: one using another builtin fails to compile on its
 * author's machine, not on a user's. rego.metadata.* calls are rewritten to constants by the
 * compiler.
 */
const WASM_NATIVE = new Set([
    "plus",
    "minus",
    "mul",
    "div",
    "abs",
    "round",
    "ceil",
    "floor",
    "rem",
    "eq",
    "equal",
    "neq",
    "gt",
    "gte",
    "lt",
    "lte",
    "assign",
    "count",
    "sum",
    "product",
    "max",
    "min",
    "sort",
    "array.concat",
    "array.reverse",
    "array.slice",
    "and",
    "or",
    "intersection",
    "union",
    "is_number",
    "is_string",
    "is_boolean",
    "is_array",
    "is_set",
    "is_object",
    "is_null",
    "type_name",
    "json.marshal",
    "json.unmarshal",
    "json.is_valid",
    "json.filter",
    "json.remove",
    "object.filter",
    "object.get",
    "object.keys",
    "object.remove",
    "object.union",
    "object.union_n",
    "concat",
    "format_int",
    "indexof",
    "substring",
    "lower",
    "upper",
    "contains",
    "startswith",
    "endswith",
    "strings.reverse",
    "split",
    "replace",
    "strings.replace_n",
    "trim",
    "trim_left",
    "trim_prefix",
    "trim_right",
    "trim_suffix",
    "trim_space",
    "numbers.range",
    "to_number",
    "walk",
    "regex.is_valid",
    "regex.match",
    "regex.find_all_string_submatch_n",
    "glob.match",
    "internal.member_2",
    "internal.member_3",
    "rego.metadata.chain",
    "rego.metadata.rule",
]);
/** `opa capabilities --current` of the opa at hand, reduced to the wasm-native builtins. */
function wasmCapabilities(current) {
    return { ...current, builtins: current.builtins.filter((b) => WASM_NATIVE.has(b.name)) };
}

/**
 * Rego → wasm, the one way every policy of the tool is built: `opa build` with the aggregate
 * entrypoint (and, for the bundled policy, its views) and only wasm-native builtins, then the rule packages' METADATA read back with
 * `opa inspect` into the rule catalogue. scripts/build-policy.mjs builds the bundled policy with
 * it; the CLI builds organisations' policies (build-policies, test-policies, a Rego folder
 * listed under `policies:`).
 */
/** The Rego could not be compiled into a policy; the message says where and why. */
class CompileError extends Error {
    name = "CompileError";
}
/**
 * Unit tests and the rules' samples live beside the rules; only the rules are compiled. An
 * organisation's folder may hold node_modules, with this package's own Rego in it.
 */
const IGNORE = [
    "--ignore",
    "*_test.rego",
    "--ignore",
    "*.yaml",
    "--ignore",
    "*.yml",
    "--ignore",
    "*.json",
    "--ignore",
    "node_modules",
];
const MAX_OUTPUT = 64 * 1024 * 1024;
function runOpa(request, args) {
    const { opa } = request;
    const result = spawnSync(opa.file, [...opa.args, ...args], {
        cwd: request.cwd,
        env: opa.env,
        maxBuffer: MAX_OUTPUT,
        encoding: "utf8",
    });
    if (result.error)
        throw new CompileError(`${request.name}: cannot run ${opa.file}: ${result.error.message}`);
    if (result.status !== 0) {
        const output = result.stderr.trim() || result.stdout.trim();
        const hint = /undefined function/.test(output)
            ? "\n(policies can use only the builtins that run natively in wasm; build messages with concat, not sprintf)"
            : "";
        throw new CompileError(`${request.name}: opa ${args[0]} failed:\n${output}${hint}`);
    }
    return result.stdout;
}
/** The rule's pass and fail samples, from the folder of its .rego file: the docs' examples and the tests' fixtures. */
function samples(folder) {
    const files = existsSync(folder)
        ? readdirSync(folder)
            .filter((f) => /^(pass|fail).*\.(ya?ml|json)$/.test(f))
            .sort()
        : [];
    const read = (kind) => files.filter((f) => f.startsWith(kind)).map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));
    return { pass: read("pass"), fail: read("fail") };
}
function isInside(file, folder) {
    return file === folder || file.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}
function compilePolicy(request) {
    // Per-process names: concurrent builds (test runs) never share a file.
    const capabilities = join(request.workDir, `wasm-capabilities-${process.pid}.json`);
    const bundle = join(request.workDir, `bundle-${process.pid}.tar.gz`);
    try {
        writeFileSync(capabilities, JSON.stringify(wasmCapabilities(JSON.parse(runOpa(request, ["capabilities", "--current"])))));
        runOpa(request, [
            "build",
            "--target",
            "wasm",
            ...[ENTRYPOINT, ...(request.views ?? [])].flatMap((e) => ["--entrypoint", e]),
            "--prune-unused",
            "--capabilities",
            capabilities,
            ...IGNORE,
            "--output",
            bundle,
            ...request.library,
            ...request.sources,
        ]);
        const wasm = wasmOfOpaBundle(readFileSync(bundle));
        // The bundle holds exactly the modules compiled (`opa inspect` of the folders would take
        // the YAML samples for data).
        const inspection = JSON.parse(runOpa(request, ["inspect", "--annotations", "--format", "json", bundle]));
        const own = request.sources.map((s) => resolve(request.cwd, s));
        const { rules, problems } = rulesFromInspection(inspection, {
            samples: (file) => samples(dirname(resolve(request.cwd, file))),
            isOwn: (file) => own.some((folder) => isInside(resolve(request.cwd, file), folder)),
            requireConfidence: request.requireConfidence,
        });
        if (problems.length > 0)
            throw new CompileError(`${request.name}: not a usable policy:\n  ${problems.join("\n  ")}`);
        return { wasm, rules };
    }
    finally {
        rmSync(capabilities, { force: true });
        rmSync(bundle, { force: true });
    }
}
function serializeRules(rules) {
    return `${JSON.stringify({ rules }, null, 2)}\n`;
}

var builtins;
var hasRequiredBuiltins;

function requireBuiltins () {
	if (hasRequiredBuiltins) return builtins;
	hasRequiredBuiltins = 1;
	builtins = {};
	return builtins;
}

var opa$1;
var hasRequiredOpa;

function requireOpa () {
	if (hasRequiredOpa) return opa$1;
	hasRequiredOpa = 1;
	// Copyright 2018 The OPA Authors.  All rights reserved.
	// Use of this source code is governed by an Apache2
	// license that can be found in the LICENSE file.
	const builtIns = requireBuiltins();

	/**
	 * @param {WebAssembly.Memory} mem
	 */
	function stringDecoder(mem) {
	  return function (addr) {
	    const i8 = new Int8Array(mem.buffer);
	    let s = "";
	    while (i8[addr] !== 0) {
	      s += String.fromCharCode(i8[addr++]);
	    }
	    return s;
	  };
	}

	/**
	 * Stringifies and loads an object into OPA's Memory
	 * @param {WebAssembly.Instance} wasmInstance
	 * @param {WebAssembly.Memory} memory
	 * @param {any | ArrayBuffer} value data as `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
	 * @returns {number}
	 */
	function _loadJSON(wasmInstance, memory, value) {
	  if (value === undefined) {
	    return 0;
	  }

	  let valueBuf;
	  if (value instanceof ArrayBuffer) {
	    valueBuf = new Uint8Array(value);
	  } else {
	    const valueAsText = JSON.stringify(value);
	    valueBuf = new TextEncoder().encode(valueAsText);
	  }

	  const valueBufLen = valueBuf.byteLength;
	  const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
	  const memoryBuffer = new Uint8Array(memory.buffer);
	  memoryBuffer.set(valueBuf, rawAddr);

	  const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);

	  if (parsedAddr === 0) {
	    throw "failed to parse json value";
	  }
	  return parsedAddr;
	}

	/**
	 * Dumps and parses a JSON object from OPA's Memory
	 * @param {WebAssembly.Instance} wasmInstance
	 * @param {WebAssembly.Memory} memory
	 * @param {number} addr
	 * @returns {object}
	 */
	function _dumpJSON(wasmInstance, memory, addr) {
	  const rawAddr = wasmInstance.exports.opa_json_dump(addr);
	  return _dumpJSONRaw(memory, rawAddr);
	}

	/**
	 * Parses a JSON object from wasm instance's memory
	 * @param {WebAssembly.Memory} memory
	 * @param {number} addr
	 * @returns {object}
	 */
	function _dumpJSONRaw(memory, addr) {
	  const buf = new Uint8Array(memory.buffer);

	  let idx = addr;

	  while (buf[idx] !== 0) {
	    idx++;
	  }

	  const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
	  const jsonAsText = new TextDecoder().decode(utf8View);

	  return JSON.parse(jsonAsText);
	}

	const builtinFuncs = builtIns;

	/**
	 * _builtinCall dispatches the built-in function. The built-in function
	 * arguments are loaded from Wasm and back in using JSON serialization.
	 * @param {WebAssembly.Instance} wasmInstance
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinId: number]: string }} builtins
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @param {string} builtin_id
	 */
	function _builtinCall(
	  wasmInstance,
	  memory,
	  builtins,
	  customBuiltins,
	  builtinId,
	) {
	  const builtInName = builtins[builtinId];
	  const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];

	  if (impl === undefined) {
	    throw {
	      message: "not implemented: built-in function " +
	        builtinId +
	        ": " +
	        builtins[builtinId],
	    };
	  }

	  const argArray = Array.prototype.slice.apply(arguments);
	  const args = [];

	  for (let i = 5; i < argArray.length; i++) {
	    const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
	    args.push(jsArg);
	  }

	  const result = impl(...args);

	  return _loadJSON(wasmInstance, memory, result);
	}

	/**
	 * _importObject builds the WebAssembly.Imports
	 * @param {Object} env
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @returns {WebAssembly.Imports}
	 */
	function _importObject(env, memory, customBuiltins) {
	  const addr2string = stringDecoder(memory);

	  return {
	    env: {
	      memory,
	      opa_abort: function (addr) {
	        throw addr2string(addr);
	      },
	      opa_println: function (addr) {
	        console.log(addr2string(addr));
	      },
	      opa_builtin0: function (builtinId, _ctx) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	        );
	      },
	      opa_builtin1: function (builtinId, _ctx, arg1) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	        );
	      },
	      opa_builtin2: function (builtinId, _ctx, arg1, arg2) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	          arg2,
	        );
	      },
	      opa_builtin3: function (builtinId, _ctx, arg1, arg2, arg3) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	          arg2,
	          arg3,
	        );
	      },
	      opa_builtin4: function (builtinId, _ctx, arg1, arg2, arg3, arg4) {
	        return _builtinCall(
	          env.instance,
	          memory,
	          env.builtins,
	          customBuiltins,
	          builtinId,
	          arg1,
	          arg2,
	          arg3,
	          arg4,
	        );
	      },
	    },
	  };
	}

	/**
	 * _preparePolicy checks the ABI version and loads the built-in functions
	 * @param {Object} env
	 * @param {WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance} wasm
	 * @param {WebAssembly.Memory} memory
	 * @returns { policy: WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance, minorVersion: number }}
	 */
	function _preparePolicy(env, wasm, memory) {
	  env.instance = wasm.instance ? wasm.instance : wasm;

	  // Note: On Node 10.x this value is a number on Node 12.x and up it is
	  // an object with numberic `value` property.
	  const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
	  if (abiVersionGlobal !== undefined) {
	    const abiVersion = typeof abiVersionGlobal === "number"
	      ? abiVersionGlobal
	      : abiVersionGlobal.value;
	    if (abiVersion !== 1) {
	      throw `unsupported ABI version ${abiVersion}`;
	    }
	  } else {
	    console.error("opa_wasm_abi_version undefined"); // logs to stderr
	  }

	  const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
	  let abiMinorVersion;
	  if (abiMinorVersionGlobal !== undefined) {
	    abiMinorVersion = typeof abiMinorVersionGlobal === "number"
	      ? abiMinorVersionGlobal
	      : abiMinorVersionGlobal.value;
	  } else {
	    console.error("opa_wasm_abi_minor_version undefined");
	  }

	  const builtins = _dumpJSON(
	    env.instance,
	    memory,
	    env.instance.exports.builtins(),
	  );

	  /** @type {typeof builtIns} */
	  env.builtins = {};

	  for (const key of Object.keys(builtins)) {
	    env.builtins[builtins[key]] = key;
	  }

	  return { policy: wasm, minorVersion: abiMinorVersion };
	}

	/**
	 * _loadPolicy can take in either an ArrayBuffer or WebAssembly.Module
	 * as its first argument, a WebAssembly.Memory for the second parameter,
	 * and an object mapping string names to additional builtin functions for
	 * the third parameter.
	 * It will return a Promise, depending on the input type the promise
	 * resolves to both a compiled WebAssembly.Module and its first WebAssembly.Instance
	 * or to the WebAssemblyInstance.
	 * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} policyWasm
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @returns {Promise<{ policy: WebAssembly.WebAssemblyInstantiatedSource | WebAssembly.Instance, minorVersion: number }>}
	 */
	async function _loadPolicy(policyWasm, memory, customBuiltins) {
	  const env = {};

	  const isStreaming = policyWasm instanceof Response ||
	    policyWasm instanceof Promise;

	  const importObject = _importObject(env, memory, customBuiltins);

	  const wasm =
	    await (isStreaming
	      ? WebAssembly.instantiateStreaming(policyWasm, importObject)
	      : WebAssembly.instantiate(policyWasm, importObject));

	  return _preparePolicy(env, wasm, memory);
	}

	/**
	 * _loadPolicySync can take in either an ArrayBuffer or WebAssembly.Module
	 * as its first argument, a WebAssembly.Memory for the second parameter,
	 * and an object mapping string names to additional builtin functions for
	 * the third parameter.
	 * It will return a compiled WebAssembly.Module and its first WebAssembly.Instance.
	 * @param {BufferSource | WebAssembly.Module} policyWasm
	 * @param {WebAssembly.Memory} memory
	 * @param {{ [builtinName: string]: Function }} customBuiltins
	 * @returns {Promise<{ policy: WebAssembly.Instance, minorVersion: number }>}
	 */
	function _loadPolicySync(policyWasm, memory, customBuiltins) {
	  const env = {};

	  if (
	    policyWasm instanceof ArrayBuffer ||
	    policyWasm.buffer instanceof ArrayBuffer
	  ) {
	    policyWasm = new WebAssembly.Module(policyWasm);
	  }

	  const wasm = new WebAssembly.Instance(
	    policyWasm,
	    _importObject(env, memory, customBuiltins),
	  );

	  return _preparePolicy(env, wasm, memory);
	}

	/**
	 * LoadedPolicy is a wrapper around a WebAssembly.Instance and WebAssembly.Memory
	 * for a compiled Rego policy. There are helpers to run the wasm instance and
	 * handle the output from the policy wasm.
	 */
	class LoadedPolicy {
	  /**
	   * Loads and initializes a compiled Rego policy.
	   * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
	   * @param {WebAssembly.Memory} memory
	   */
	  constructor(policy, memory, minorVersion) {
	    this.minorVersion = minorVersion;
	    this.mem = memory;

	    // Depending on how the wasm was instantiated "policy" might be a
	    // WebAssembly Instance or be a wrapper around the Module and
	    // Instance. We only care about the Instance.
	    this.wasmInstance = policy.instance ? policy.instance : policy;

	    this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
	    this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
	    this.dataHeapPtr = this.baseHeapPtr;
	    this.entrypoints = _dumpJSON(
	      this.wasmInstance,
	      this.mem,
	      this.wasmInstance.exports.entrypoints(),
	    );
	  }

	  /**
	   * Evaluates the loaded policy with the given input and
	   * return the result set. This should be re-used for multiple evaluations
	   * of the same policy with different inputs.
	   *
	   * To call a non-default entrypoint in your WASM specify it as the second
	   * param. A list of entrypoints can be accessed with the `this.entrypoints`
	   * property.
	   * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
	   * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
	   */
	  evaluate(input, entrypoint = 0) {
	    // determine entrypoint ID
	    if (typeof entrypoint === "number") ; else if (typeof entrypoint === "string") {
	      if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
	        entrypoint = this.entrypoints[entrypoint];
	      } else {
	        throw `entrypoint ${entrypoint} is not valid in this instance`;
	      }
	    } else {
	      throw `entrypoint value is an invalid type, must be either string or number`;
	    }

	    // ABI 1.2 fastpath
	    if (this.minorVersion >= 2) {
	      // write input into memory, adjust heap pointer
	      let inputBuf = null;
	      let inputLen = 0;
	      let inputAddr = 0;
	      if (input) {
	        if (input instanceof ArrayBuffer) {
	          inputBuf = new Uint8Array(input);
	        } else {
	          const inputAsText = JSON.stringify(input);
	          inputBuf = new TextEncoder().encode(inputAsText);
	        }

	        inputAddr = this.dataHeapPtr;
	        inputLen = inputBuf.byteLength;
	        const delta = inputAddr + inputLen - this.mem.buffer.byteLength;
	        if (delta > 0) {
	          const pages = roundup(delta);
	          this.mem.grow(pages);
	        }
	        const buf = new Uint8Array(this.mem.buffer);
	        buf.set(inputBuf, this.dataHeapPtr);
	      }

	      // opa_eval will update the Instance heap pointer to the value below
	      const heapPtr = this.dataHeapPtr + inputLen;

	      const ret = this.wasmInstance.exports.opa_eval(
	        0,
	        entrypoint,
	        this.dataAddr,
	        inputAddr,
	        inputLen,
	        heapPtr,
	        0,
	      );
	      return _dumpJSONRaw(this.mem, ret);
	    }

	    // Reset the heap pointer before each evaluation
	    this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);

	    // Load the input data
	    const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);

	    // Setup the evaluation context
	    const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
	    this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
	    this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
	    this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);

	    // Actually evaluate the policy
	    this.wasmInstance.exports.eval(ctxAddr);

	    // Retrieve the result
	    const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
	      ctxAddr,
	    );
	    return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
	  }

	  /**
	   * evalBool will evaluate the policy and return a boolean answer
	   * depending on the return code from the policy evaluation.
	   * @deprecated Use `evaluate` instead.
	   * @param {object} input
	   */
	  evalBool(input) {
	    const rs = this.evaluate(input);
	    return rs && rs.length === 1 && rs[0] === true;
	  }

	  /**
	   * Loads data for use in subsequent evaluations.
	   * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
	   */
	  setData(data) {
	    this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
	    this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
	    this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
	  }
	}

	function roundup(bytes) {
	  const pageSize = 64 * 1024;
	  return Math.ceil(bytes / pageSize);
	}

	opa$1 = {
	  /**
	   * Takes in either an ArrayBuffer or WebAssembly.Module
	   * and will return a Promise of a LoadedPolicy object which
	   * can be used to evaluate the policy.
	   *
	   * To set custom memory size specify number of memory pages
	   * as second param.
	   * Defaults to 5 pages (320KB).
	   * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
	   * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
	   * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
	   * @returns {Promise<LoadedPolicy>}
	   */
	  async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
	    // back-compat, second arg used to be a number: 'memorySize', with default of 5
	    if (typeof memoryDescriptor === "number") {
	      memoryDescriptor = { initial: memoryDescriptor };
	    }
	    memoryDescriptor.initial = memoryDescriptor.initial || 5;

	    const memory = new WebAssembly.Memory(memoryDescriptor);
	    const { policy, minorVersion } = await _loadPolicy(
	      regoWasm,
	      memory,
	      customBuiltins,
	    );
	    return new LoadedPolicy(policy, memory, minorVersion);
	  },

	  /**
	   * Takes in either an ArrayBuffer or WebAssembly.Module
	   * and will return a LoadedPolicy object which can be
	   * used to evaluate the policy.
	   *
	   * This cannot be used from the main thread in a browser.
	   * You must use the `loadPolicy` function instead, or call
	   * from a worker thread.
	   *
	   * To set custom memory size specify number of memory pages
	   * as second param.
	   * Defaults to 5 pages (320KB).
	   * @param {BufferSource | WebAssembly.Module} regoWasm
	   * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
	   * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
	   * @returns {LoadedPolicy}
	   */
	  loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
	    // back-compat, second arg used to be a number: 'memorySize', with default of 5
	    if (typeof memoryDescriptor === "number") {
	      memoryDescriptor = { initial: memoryDescriptor };
	    }
	    memoryDescriptor.initial = memoryDescriptor.initial || 5;

	    const memory = new WebAssembly.Memory(memoryDescriptor);
	    const { policy, minorVersion } = _loadPolicySync(
	      regoWasm,
	      memory,
	      customBuiltins,
	    );
	    return new LoadedPolicy(policy, memory, minorVersion);
	  },
	  LoadedPolicy,
	};
	return opa$1;
}

var opaExports = requireOpa();
var opa = /*@__PURE__*/getDefaultExportFromCjs(opaExports);

/**
 * @type {opa.loadPolicy}
 */
opa.loadPolicy;

/**
 * A Kubernetes object as the bundled rules read it: without the fields none of them reads, which
 * are a third of a typical manifest's JSON (a ConfigMap's data, whose zowe.yaml the rules get
 * parsed; containers' environment, resources, commands and images; annotations; status). Less
 * JSON to write, for the wasm to parse and to hash: measured on 10,000 documents, 13.5 MB of
 * JSON became 9.6 MB. An organisation's own policies see objects whole; test/partition.test.ts
 * holds the bundled rules' findings to those of the whole objects.
 */
const UNREAD_METADATA = ["annotations", "managedFields"];
const UNREAD_CONTAINER = [
    "args",
    "command",
    "env",
    "envFrom",
    "image",
    "imagePullPolicy",
    "lifecycle",
    "resources",
    "securityContext",
    "stdin",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "tty",
    "workingDir",
];
const DATA_KINDS = new Set(["ConfigMap", "Secret"]);
const UNREAD_DATA = ["data", "binaryData", "stringData"];
/** A shallow copy of object without some of its keys (JSON.stringify leaves undefined out). */
function without(object, keys) {
    const copy = { ...object };
    for (const key of keys)
        if (key in copy)
            copy[key] = undefined;
    return copy;
}
function podSpec(spec) {
    if (!isObject(spec))
        return spec;
    const copy = { ...spec };
    for (const field of ["containers", "initContainers"]) {
        const list = spec[field];
        if (Array.isArray(list))
            copy[field] = list.map((c) => (isObject(c) ? without(c, UNREAD_CONTAINER) : c));
    }
    return copy;
}
function template(template) {
    return isObject(template) ? { ...template, spec: podSpec(template.spec) } : template;
}
function projectForRules(object) {
    const copy = without(object, DATA_KINDS.has(String(object.kind)) ? ["status", ...UNREAD_DATA] : ["status"]);
    if (isObject(object.metadata))
        copy.metadata = without(object.metadata, UNREAD_METADATA);
    const spec = object.spec;
    if (object.kind === "Pod")
        copy.spec = podSpec(spec);
    else if (isObject(spec) && isObject(spec.template))
        copy.spec = { ...spec, template: template(spec.template) };
    else if (isObject(spec) && isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec)) {
        const jobSpec = spec.jobTemplate.spec;
        copy.spec = {
            ...spec,
            jobTemplate: { ...spec.jobTemplate, spec: { ...jobSpec, template: template(jobSpec.template) } },
        };
    }
    return copy;
}

/**
 * Parts of this many bytes of JSON at most, unless one namespace alone is larger. Measured on
 * 20,000 objects: 16 MiB parts peaked at 613 MB, 1 MiB at 363-396 MB, 128 KiB at 349-381 MB and
 * ran fastest (smaller was no better).
 */
const PART_BYTES = 128 * 1024;
const encoder = new TextEncoder();
/** The Kubernetes namespace an object belongs to, as the policy library reads it (lib/kubernetes.rego _namespace). */
function namespaceOf(object) {
    const metadata = object.metadata;
    const namespace = typeof metadata === "object" && metadata !== null ? metadata.namespace : undefined;
    return typeof namespace === "string" && namespace !== "" ? namespace : "default";
}
function wholeInput(input) {
    return [
        {
            json: encoder.encode(JSON.stringify(input)),
            zowe: input.zowe.map((_, i) => i),
            kubernetes: input.kubernetes.map((_, j) => j),
        },
    ];
}
/**
 * The input in parts of about maxBytes of JSON at most (one namespace may be larger). Each part
 * is written when it is asked for, from subjects grouped beforehand, so the JSON of one part at
 * a time is held: writing all of it first added 34 MB to the peak heap at 20,000 objects.
 */
function* partitionInput(input, maxBytes = PART_BYTES) {
    const groups = new Map();
    const groupOf = (key) => {
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { zowe: [], kubernetes: [] }));
        return group;
    };
    const scopeOf = (j) => `namespace ${input.units[j] ?? ""}\0${namespaceOf(input.kubernetes[j] ?? {})}`;
    input.kubernetes.forEach((_, j) => groupOf(scopeOf(j)).kubernetes.push(j));
    input.zowe.forEach((entry, i) => {
        groupOf(entry.configMap !== undefined ? scopeOf(entry.configMap) : `configuration ${i}`).zowe.push(i);
    });
    let part = new PartWriter(input);
    for (const group of groups.values()) {
        const written = part.written(group);
        if (part.size > 0 && part.size + written.size > maxBytes) {
            yield part.finish();
            part = new PartWriter(input);
        }
        part.add(group, written);
    }
    if (part.size > 0)
        yield part.finish();
}
/** One part's JSON, written group by group; an embedded configuration's ConfigMap index is the part's. */
class PartWriter {
    input;
    zowe = [];
    kubernetes = [];
    zoweJson = [];
    objectJson = [];
    units = [];
    /** Characters of JSON so far (bytes, for the ASCII that manifests are written in). */
    size = 0;
    constructor(input) {
        this.input = input;
    }
    /** The group's subjects as JSON. */
    written(group) {
        const objects = group.kubernetes.map((j) => JSON.stringify(projectForRules(this.input.kubernetes[j] ?? {})));
        const zowe = group.zowe.map((i) => JSON.stringify(this.input.zowe[i]));
        return { objects, zowe, size: [...objects, ...zowe].reduce((n, json) => n + json.length, 0) };
    }
    add(group, written) {
        const local = new Map(group.kubernetes.map((j, k) => [j, this.kubernetes.length + k]));
        this.kubernetes.push(...group.kubernetes);
        this.objectJson.push(...written.objects);
        for (const j of group.kubernetes)
            this.units.push(this.input.units[j] ?? "");
        group.zowe.forEach((i, k) => {
            const entry = this.input.zowe[i];
            this.zowe.push(i);
            if (entry.configMap === undefined) {
                this.zoweJson.push(written.zowe[k]);
                return;
            }
            const configMap = local.get(entry.configMap);
            if (configMap === undefined)
                throw new Error(`configuration ${i} is in another group than its ConfigMap ${entry.configMap}`);
            this.zoweJson.push(JSON.stringify({ ...entry, configMap }));
        });
        this.size += written.size;
    }
    /** The part: the whole input's other fields (version, options), its configurations and objects. */
    finish() {
        const head = JSON.stringify({ ...this.input, zowe: undefined, kubernetes: undefined, units: undefined });
        const json = `${head === "{}" ? "{" : `${head.slice(0, -1)},`}"zowe":[${this.zoweJson.join(",")}],"kubernetes":[${this.objectJson.join(",")}],"units":${JSON.stringify(this.units)}}`;
        return { json: encoder.encode(json), zowe: this.zowe, kubernetes: this.kubernetes };
    }
}

/**
 * The compiled policy (Rego → wasm) run in-process with @open-policy-agent/opa-wasm: one
 * aggregate entrypoint evaluated on each part of the model in one instance, with the result
 * checked before anything trusts it.
 */
/**
 * Instantiates synchronously: the SDK's asynchronous loadPolicy asks whether its argument is a
 * fetch Response, and the first look at that global makes Node load its HTTP client (undici:
 * 17-40 ms of a 300 ms run). The SDK's ES module exports loadPolicySync on its default export only.
 */
const { loadPolicySync } = opa;
/** The policy could not be loaded or evaluated, or returned something malformed. */
class PolicyError extends Error {
    name = "PolicyError";
}
const PAGE = 64 * 1024;
/**
 * Half of wasm32's 4 GiB: OPA's allocator fails to start in a memory that begins at the limit,
 * and the rest can still be grown into.
 */
const MAX_INITIAL_PAGES = 32768;
/**
 * Initial wasm memory for an input of this many bytes: enough that the memory need not grow during
 * the evaluation. Each time OPA's allocator grows it, V8 counts the new pages as external memory and
 * collects garbage: 800 haInstances (472 KiB of input) grew the memory from 64 to 273 MB in 1,044
 * full collections and took 13.6 s, and 1.9 s with 281 MB from the start (500 zowe.yaml files had
 * taken 10.5 s with 24 bytes per input byte, 4.9 s with 96). Pages never touched are reserved,
 * not resident, so peak RSS does not change.
 */
function initialPages(inputBytes) {
    return Math.min(MAX_INITIAL_PAGES, 1024 + Math.ceil((inputBytes * 1024) / PAGE));
}
/** SDK errors are thrown as strings or plain objects: make them readable. */
function describe(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    if (typeof error === "object" && error !== null && "message" in error)
        return String(error.message);
    return String(error);
}
function isPathSegment(value) {
    return typeof value === "string" || (typeof value === "number" && Number.isInteger(value) && value >= 0);
}
function validIndex(value, length) {
    return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < length;
}
/** Checks one element of a part's result; anything unexpected is an error naming the rule. Indexes become the whole input's. */
function toViolation(raw, subjects, policyName) {
    const fail = (why) => {
        throw new PolicyError(`${policyName}: rule ${rule} returned a malformed violation (${why}): ${JSON.stringify(raw)}`);
    };
    const v = (typeof raw === "object" && raw !== null ? raw : {});
    const rule = typeof v.rule === "string" ? v.rule : "(unknown)";
    if (typeof v.rule !== "string")
        fail("no rule");
    if (typeof v.message !== "string" || v.message === "")
        fail("message must be a non-empty string");
    if (!Array.isArray(v.path) || !v.path.every(isPathSegment))
        fail("path must be an array of keys and indexes");
    const hasZowe = "zowe" in v;
    const hasObject = "object" in v;
    if (hasZowe === hasObject)
        fail("exactly one of zowe and object must be set");
    if (hasZowe && !validIndex(v.zowe, subjects.zowe.length))
        fail("zowe is not the index of a Zowe configuration");
    if (hasObject && !validIndex(v.object, subjects.kubernetes.length))
        fail("object is not the index of a Kubernetes object");
    if ("instance" in v && typeof v.instance !== "string")
        fail("instance must be a string");
    if ("severity" in v && !isSeverity(v.severity))
        fail("severity must be error, warning or info");
    if ("versioned" in v && v.versioned !== true)
        fail("versioned must be true");
    return {
        rule: v.rule,
        message: v.message,
        path: v.path,
        ...(hasZowe
            ? { zowe: subjects.zowe[v.zowe] }
            : { object: subjects.kubernetes[v.object] }),
        ...(typeof v.instance === "string" ? { instance: v.instance } : {}),
        ...(isSeverity(v.severity) ? { severity: v.severity } : {}),
        ...(v.versioned === true ? { versioned: true } : {}),
    };
}
class Policy {
    name;
    module;
    entrypoints;
    constructor(
    /** Shown in errors: which policy failed. */
    name, module, entrypoints) {
        this.name = name;
        this.module = module;
        this.entrypoints = entrypoints;
    }
    /** The module was compiled with this entrypoint (a view only the bundled policy has). */
    provides(entrypoint) {
        return this.entrypoints.has(entrypoint);
    }
    /**
     * The instance the checks ran in, kept for the first evaluation: an instance costs milliseconds,
     * a part of the bundled policy's input fits the memory it has.
     */
    spare;
    /**
     * Compiles the module (or takes one compiled ahead, see warm-up.ts) and checks that it can run
     * here and has ENTRYPOINT and the views asked for.
     */
    static async load(name, wasm, views = []) {
        let module;
        try {
            module = await (wasm instanceof Uint8Array ? WebAssembly.compile(wasm) : wasm);
        }
        catch (error) {
            throw new PolicyError(`${name}: not a valid WebAssembly module: ${describe(error)}`);
        }
        const policy = new Policy(name, module, new Set([ENTRYPOINT, ...views]));
        const instance = policy.instantiate(PART_BYTES);
        for (const entrypoint of policy.entrypoints) {
            if (!(entrypoint in instance.entrypoints))
                throw new PolicyError(`${name}: the module has no entrypoint ${entrypoint} (it has: ${Object.keys(instance.entrypoints).join(", ") || "none"})`);
        }
        const missing = requiredHostBuiltins(instance);
        if (missing.length > 0) {
            throw new PolicyError(`${name}: the module calls builtins that are not native to wasm: ${missing.join(", ")}`);
        }
        policy.spare = { instance, capacity: PART_BYTES };
        return policy;
    }
    /**
     * Evaluates each part of the input in turn and returns the checked violations, their indexes
     * those of the whole input; with a view, its entrypoint, and the view reads each part's. Each
     * evaluation starts again from the same heap, so one instance serves every part that fits the
     * memory it was given; a larger part gets a new instance with enough memory from the start.
     */
    async evaluate(parts, view) {
        if (view && !this.provides(view.entrypoint))
            throw new PolicyError(`${this.name}: the entrypoint ${view.entrypoint} was not asked for when it was loaded`);
        let { instance, capacity } = this.spare ?? { instance: undefined, capacity: 0 };
        this.spare = undefined;
        const violations = [];
        for (const part of parts) {
            const { json } = part;
            if (!instance || json.byteLength > capacity) {
                capacity = Math.max(json.byteLength, 2 * capacity);
                instance = this.instantiate(capacity);
            }
            let result = this.result(instance, json, view?.entrypoint ?? ENTRYPOINT);
            if (view) {
                const both = (typeof result === "object" && result !== null ? result : {});
                if (!("view" in both))
                    throw new PolicyError(`${this.name}: the entrypoint ${view.entrypoint} must return {findings, view}`);
                view.read(both.view, part);
                result = both.findings;
            }
            if (!Array.isArray(result))
                throw new PolicyError(`${this.name}: the entrypoint must return a set of violations`);
            for (const raw of result)
                violations.push(toViolation(raw, part, this.name));
        }
        return violations;
    }
    /** The entrypoint's value for one input. */
    result(instance, json, entrypoint) {
        let resultSet;
        try {
            resultSet = evaluateJson(instance, json, entrypoint);
        }
        catch (error) {
            throw new PolicyError(`${this.name}: evaluation failed: ${describe(error)}`);
        }
        if (!Array.isArray(resultSet) || resultSet.length !== 1) {
            throw new PolicyError(`${this.name}: evaluation returned no result (the entrypoint ${entrypoint} is undefined for this input)`);
        }
        return resultSet[0].result;
    }
    instantiate(inputBytes) {
        try {
            return loadPolicySync(this.module, { initial: initialPages(inputBytes) });
        }
        catch (error) {
            throw new PolicyError(`${this.name}: cannot instantiate the module: ${describe(error)}`);
        }
    }
}
const decoder = new TextDecoder();
/**
 * The SDK's evaluation (ABI 1.2: the input's JSON copied into the memory, one opa_eval call), with
 * the result's end found by a native search for its NUL byte: the SDK reads the result byte by
 * byte in JavaScript, which took 86 ms of a 2 s check of 10,000 objects.
 */
function evaluateJson(policy, json, entrypoint) {
    const id = policy.entrypoints[entrypoint];
    if (policy.minorVersion < 2 || id === undefined) {
        // The SDK takes JSON bytes as-is only from an exactly sized ArrayBuffer.
        const buffer = json.buffer.byteLength === json.byteLength ? json.buffer : json.slice().buffer;
        return policy.evaluate(buffer, entrypoint);
    }
    const exports = (policy.wasmInstance instanceof WebAssembly.Instance ? policy.wasmInstance : policy.wasmInstance.instance).exports;
    const address = policy.dataHeapPtr;
    const missing = address + json.byteLength - policy.mem.buffer.byteLength;
    if (missing > 0)
        policy.mem.grow(Math.ceil(missing / PAGE));
    new Uint8Array(policy.mem.buffer).set(json, address);
    const result = exports.opa_eval(0, id, policy.dataAddr, address, json.byteLength, address + json.byteLength, 0);
    const memory = new Uint8Array(policy.mem.buffer);
    return JSON.parse(decoder.decode(memory.subarray(result, memory.indexOf(0, result))));
}
/** Builtins the module imports from the host (the SDK would supply some in JS, unlike OPA). */
function requiredHostBuiltins(policy) {
    const exports = policy.wasmInstance instanceof WebAssembly.Instance
        ? policy.wasmInstance.exports
        : policy.wasmInstance.instance.exports;
    const builtins = exports.builtins;
    const dump = exports.opa_json_dump;
    const address = dump(builtins());
    const memory = new Uint8Array(policy.mem.buffer);
    let end = address;
    while (memory[end] !== 0)
        end += 1;
    const map = JSON.parse(new TextDecoder().decode(memory.subarray(address, end)));
    return Object.keys(map).sort();
}

/** The `opa` on the user's PATH, which compiles and tests organisations' Rego. */
/** There is no usable opa; the message says why (not found, or too old). */
class OpaUnavailableError extends Error {
    name = "OpaUnavailableError";
}
/**
 * `opa` as the environment's PATH finds it, checked to be 1.x or later: older versions read
 * Rego v0 and cannot compile the tool's library.
 */
function opaOnPath(env) {
    const opa = { file: "opa", args: [], env };
    // Node looks the command up in the PATH of the env it is given.
    const result = spawnSync(opa.file, ["version"], { env, encoding: "utf8" });
    if (result.error?.code === "ENOENT")
        throw new OpaUnavailableError("opa was not found on PATH");
    if (result.error || result.status !== 0)
        throw new OpaUnavailableError(`'opa version' failed: ${result.error?.message ?? result.stderr.trim()}`);
    const version = /^Version:\s*v?(\d+)\.(\S+)/m.exec(result.stdout);
    if (version && Number(version[1]) < 1)
        throw new OpaUnavailableError(`opa ${version[1]}.${version[2]} is too old: policies are Rego v1 and need opa 1.0 or later`);
    return opa;
}
/** What to do about it, for messages. */
const INSTALL_OPA = "install opa 1.x (https://www.openpolicyagent.org/docs/#running-opa; in GitHub Actions: uses: open-policy-agent/setup-opa@v2)";

/**
 * The policies one scan evaluates (the bundled one and the organisation's own), each with the
 * rules it reports, and their catalogues merged into the one every report is written from.
 */
const BUNDLED = "bundled policy";
async function loadBundledPolicy(wasmFile, rulesFile) {
    const catalogue = new Catalogue(readRules(rulesFile));
    const policy = await Policy.load(BUNDLED, compiledModule(wasmFile), [TOPOLOGY_ENTRYPOINT]);
    return { name: BUNDLED, policy, catalogue, scope: "namespace" };
}
/**
 * Merges the sources' catalogues. A rule id or rule package defined twice is an error naming
 * both sources: a finding must say unambiguously which rule it is, and a configuration setting
 * must switch off exactly one rule.
 */
function combinePolicies(sources) {
    const ids = new Map(Object.values(DIAGNOSTICS).map((d) => [d.id, "the tool's own diagnostics"]));
    const packages = new Map();
    for (const source of sources) {
        for (const rule of source.catalogue.rules) {
            const idOwner = ids.get(rule.id);
            if (idOwner)
                throw new PolicyError(`rule id ${rule.id} is defined twice: by ${idOwner} and by ${source.name}; give the custom rule another id`);
            ids.set(rule.id, source.name);
            const packageOwner = packages.get(rule.package);
            if (packageOwner)
                throw new PolicyError(`rule package ${rule.package} (${rule.id}) of ${source.name} is also a package of ${packageOwner}; use a group of your own (zowe_ha.rules.<group>.<name>)`);
            packages.set(rule.package, source.name);
        }
    }
    return {
        sources,
        catalogue: new Catalogue([...sources.flatMap((s) => s.catalogue.rules), ...Object.values(DIAGNOSTICS)]),
    };
}

/**
 * The Rego every custom policy is compiled with: policies/main.rego (the entrypoint that collects
 * every rule's report) and the helpers of policies/lib, shipped in the package beside dist/.
 */
/** The library's .rego files (without its unit tests), from the package folder that holds dist/. */
function libraryFiles(assets) {
    const policies = resolve(assets, "..", "policies");
    const main = join(policies, "main.rego");
    const lib = join(policies, "lib");
    if (!existsSync(main) || !existsSync(lib))
        throw new Error(`the package's Rego library is missing (${policies}): reinstall zowe-ha-policy`);
    const helpers = readdirSync(lib)
        .filter((f) => f.endsWith(".rego") && !f.endsWith("_test.rego"))
        .sort();
    return [main, ...helpers.map((f) => join(lib, f))];
}

/** An organisation's folder of Rego rules, compiled with the tool's library by the opa on PATH. */
/** Relative to where opa runs, so that the module names in its output map back to files. */
function forOpa(cwd, path) {
    return relative(cwd, path) || ".";
}
/** Throws OpaUnavailableError when there is no opa, CompileError when the Rego is not a usable policy. */
function buildRegoFolder(build) {
    if (!statSync(build.dir, { throwIfNoEntry: false })?.isDirectory())
        throw new CompileError(`${build.name}: no such folder`);
    const opa = opaOnPath(build.env);
    const workDir = mkdtempSync(join(tmpdir(), "zowe-ha-policy-"));
    try {
        return compilePolicy({
            name: build.name,
            opa,
            cwd: build.cwd,
            sources: [forOpa(build.cwd, build.dir)],
            library: libraryFiles(build.assets).map((f) => forOpa(build.cwd, resolve(f))),
            workDir,
            requireConfidence: false,
        });
    }
    finally {
        rmSync(workDir, { recursive: true, force: true });
    }
}

/**
 * The policies a run evaluates: the bundled one and each source the configuration lists under
 * `policies:`: a folder of Rego (compiled now with the opa on PATH), a bundle written by
 * `zowe-ha-policy build-policies`, or a .wasm with its .rules.json beside it. Whatever goes
 * wrong with a source is an error naming it, never a silent pass.
 */
function kindOf(path, config, index, shown) {
    const fail = (message) => {
        const { line, column } = config.locate(["policies", index]);
        throw new ConfigError(`${config.file}:${line}:${column}: policies.${index}: ${message}`);
    };
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat)
        return fail(`no such file or folder: ${shown}`);
    if (stat.isDirectory())
        return "rego";
    if (/\.(tar\.gz|tgz)$/.test(path))
        return "bundle";
    if (path.endsWith(".wasm"))
        return "wasm";
    return fail(`${shown} is not a folder of .rego files, a .tar.gz bundle or a .wasm file`);
}
/** policy.wasm → policy.rules.json */
function rulesFileOf(wasmFile) {
    return wasmFile.replace(/\.wasm$/, ".rules.json");
}
async function filesOf(kind, path, name, shown, context) {
    switch (kind) {
        case "rego":
            try {
                const { wasm, rules } = buildRegoFolder({
                    name,
                    dir: path,
                    cwd: context.cwd,
                    env: context.env,
                    assets: context.assets,
                });
                return { wasm, rules: serializeRules(rules) };
            }
            catch (error) {
                if (!(error instanceof OpaUnavailableError))
                    throw error;
                throw new PolicyError(`${name}: a folder of Rego is compiled with opa, and ${error.message}. Either ${INSTALL_OPA}, ` +
                    `or compile the folder once with 'zowe-ha-policy build-policies ${shown}' and list the .tar.gz it writes under policies: instead`);
            }
        case "bundle":
            try {
                return await readPolicyBundle(path);
            }
            catch (error) {
                if (!(error instanceof ArchiveError))
                    throw error;
                throw new PolicyError(`${name}: not a usable policy bundle: ${error.message}`);
            }
        case "wasm": {
            const rulesFile = rulesFileOf(path);
            if (!existsSync(rulesFile)) {
                throw new PolicyError(`${name}: its rule catalogue ${relativePath(context.cwd, rulesFile)} is missing (a .wasm needs its <name>.rules.json beside it; 'zowe-ha-policy build-policies DIR -o NAME.wasm' writes both)`);
            }
            return { wasm: await readFile(path), rules: await readFile(rulesFile, "utf8") };
        }
    }
}
/** How a custom policy is named in messages and rule documentation. */
function customPolicyName(path, cwd) {
    const shown = shownPath(cwd, path);
    return { name: `custom policy ${shown}`, shown };
}
/** A custom policy's module and catalogue, checked the same whichever way they were delivered. */
async function customPolicySource(files, name, shown) {
    let rules;
    try {
        rules = parseRules(files.rules, `${name}: rules.json`);
    }
    catch (error) {
        throw new PolicyError(error.message);
    }
    if (rules.length === 0)
        throw new PolicyError(`${name}: its rule catalogue lists no rules`);
    const policy = await Policy.load(name, files.wasm);
    return { name, policy, catalogue: new Catalogue(rules.map((r) => ({ ...r, source: shown }))), scope: "repository" };
}
async function loadCustomPolicy(path, index, config, context) {
    const { name, shown } = customPolicyName(path, context.cwd);
    const from = config.policiesReadFrom?.get(path) ?? path;
    return customPolicySource(await filesOf(kindOf(from, config, index, shown), from, name, shown, context), name, shown);
}
function loadBundled(context) {
    return loadBundledPolicy(resolve(context.assets, "policy.wasm"), resolve(context.assets, "rules.json"));
}
/** The bundled policy and the configuration's custom ones, their rules merged (an id clash is an error). */
async function loadPolicies(config, context) {
    const sources = [await loadBundled(context)];
    for (const [index, path] of config.policies.entries())
        sources.push(await loadCustomPolicy(path, index, config, context));
    return combinePolicies(sources);
}

export { CompileError as C, INSTALL_OPA as I, OpaUnavailableError as O, PolicyError as P, TOPOLOGY_ENTRYPOINT as T, combinePolicies as a, buildRegoFolder as b, customPolicyName as c, loadBundled as d, customPolicySource as e, libraryFiles as f, partitionInput as g, readTarGz as h, loadPolicies as l, opaOnPath as o, packPolicyBundle as p, rulesFileOf as r, serializeRules as s, wholeInput as w };
