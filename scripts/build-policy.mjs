#!/usr/bin/env node
// Compiles policies/ to dist/policy.wasm with the pinned `opa`, and extracts the rules'
// METADATA into dist/rules.json. The METADATA in the .rego files is the only place a rule's
// id, severity and texts are written; everything else is generated from rules.json.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = join(root, "build");
const dist = join(root, "dist");
const ENTRYPOINT = "zowe_ha/main/findings";
const RULES_PREFIX = ["zowe_ha", "rules"];
const SEVERITIES = ["error", "warning", "info"];

// Builtins implemented natively inside OPA's wasm module (OPA internal/compiler/wasm/wasm.go).
// Anything else would call back into JavaScript, where the SDK lacks it or differs from Go,
// so the build is given only these and a policy using another builtin fails to compile here,
// not on a user's machine. rego.metadata.* calls are rewritten to constants by the compiler.
const WASM_NATIVE = new Set([
  "plus", "minus", "mul", "div", "abs", "round", "ceil", "floor", "rem",
  "eq", "equal", "neq", "gt", "gte", "lt", "lte", "assign",
  "count", "sum", "product", "max", "min", "sort",
  "array.concat", "array.reverse", "array.slice",
  "and", "or", "intersection", "union",
  "is_number", "is_string", "is_boolean", "is_array", "is_set", "is_object", "is_null", "type_name",
  "json.marshal", "json.unmarshal", "json.is_valid", "json.filter", "json.remove",
  "object.filter", "object.get", "object.keys", "object.remove", "object.union", "object.union_n",
  "concat", "format_int", "indexof", "substring", "lower", "upper", "contains", "startswith",
  "endswith", "strings.reverse", "split", "replace", "strings.replace_n", "trim", "trim_left",
  "trim_prefix", "trim_right", "trim_suffix", "trim_space",
  "numbers.range", "to_number", "walk",
  "regex.is_valid", "regex.match", "regex.find_all_string_submatch_n",
  "glob.match", "internal.member_2", "internal.member_3",
  "rego.metadata.chain", "rego.metadata.rule",
]);

function opa(args, options = {}) {
  return execFileSync(join(root, "tools", "run"), ["opa", ...args], {
    cwd: root,
    encoding: options.encoding ?? "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
}

function writeCapabilities() {
  const current = JSON.parse(opa(["capabilities", "--current"]));
  current.builtins = current.builtins.filter((b) => WASM_NATIVE.has(b.name));
  const file = join(build, `wasm-capabilities-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(current));
  return file;
}

const IGNORE = ["--ignore", "*_test.rego", "--ignore", "*.yaml", "--ignore", "*.yml", "--ignore", "*.json"];

function compileWasm(capabilities) {
  // Per-process names and a rename into place: concurrent builds (test runs) never read a
  // half-written file.
  const bundle = join(build, `bundle-${process.pid}.tar.gz`);
  opa([
    "build", "--target", "wasm", "--entrypoint", ENTRYPOINT, "--prune-unused",
    "--capabilities", capabilities, ...IGNORE, "--output", bundle, "policies",
  ]);
  const wasm = execFileSync("tar", ["-xzOf", bundle, "/policy.wasm"], {
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "ignore"], // tar's note about the leading "/" of bundle members
  });
  writeAtomically(join(dist, "policy.wasm"), wasm);
  return { bundle, bytes: wasm.length };
}

// The rule's pass and fail samples: the docs' before/after snippets and the tests' fixtures.
function samples(folder) {
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => /^(pass|fail).*\.(ya?ml|json)$/.test(f)).sort() : [];
  const read = (kind) => files.filter((f) => f.startsWith(kind)).map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));
  return { pass: read("pass"), fail: read("fail") };
}

function writeAtomically(file, content) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

function fail(message) {
  console.error(`build-policy: ${message}`);
  process.exit(1);
}

/** Turns `opa inspect` annotations of the rule packages into the rule catalogue. */
function extractRules(bundle) {
  // The bundle holds exactly the modules that were compiled (`opa inspect` has no --ignore and
  // would read the YAML samples in policies/ as data).
  const inspected = JSON.parse(opa(["inspect", "--annotations", "--format", "json", bundle]));
  const rules = [];
  for (const entry of inspected.annotations ?? []) {
    const path = entry.path.slice(1).map((term) => term.value);
    const isRulePackage = path[0] === RULES_PREFIX[0] && path[1] === RULES_PREFIX[1];
    if (!isRulePackage || entry.annotations.scope !== "package") continue;
    const file = entry.location.file.replace(/^\//, "");
    const where = `${file}:${entry.location.row}`;
    const a = entry.annotations;
    const custom = a.custom ?? {};
    if (path.length !== 4) fail(`${where}: a rule package is zowe_ha.rules.<group>.<name>`);
    if (typeof custom.id !== "string") fail(`${where}: METADATA custom.id is missing`);
    if (!SEVERITIES.includes(custom.severity)) fail(`${where}: custom.severity must be one of ${SEVERITIES.join(", ")}`);
    for (const field of ["title", "description"]) {
      if (typeof a[field] !== "string" || a[field].trim() === "") fail(`${where}: METADATA ${field} is missing`);
    }
    if (typeof custom.remediation !== "string") fail(`${where}: METADATA custom.remediation is missing`);
    const sources = (a.related_resources ?? []).map((r) => ({ url: r.ref, ...(r.description ? { description: r.description } : {}) }));
    if (sources.length === 0) fail(`${where}: METADATA related_resources must name the source of the rule`);
    const folder = join(root, "policies", "rules", path[2], path[3]);
    const examples = samples(folder);
    rules.push({
      id: custom.id,
      package: `${path[2]}/${path[3]}`,
      group: path[2],
      severity: custom.severity,
      title: a.title,
      description: a.description.trim(),
      remediation: custom.remediation.trim(),
      ...(custom.confidence ? { confidence: custom.confidence } : {}),
      sources,
      file,
      examples,
    });
  }
  const ids = new Set();
  for (const rule of rules) {
    if (ids.has(rule.id)) fail(`duplicate rule id ${rule.id}`);
    ids.add(rule.id);
  }
  rules.sort((a, b) => a.id.localeCompare(b.id, "en"));
  writeAtomically(join(dist, "rules.json"), `${JSON.stringify({ rules }, null, 2)}\n`);
  return rules.length;
}

mkdirSync(build, { recursive: true });
mkdirSync(dist, { recursive: true });
const capabilities = writeCapabilities();
const { bundle, bytes } = compileWasm(capabilities);
const count = extractRules(bundle);
rmSync(capabilities);
rmSync(bundle);
console.log(`build-policy: ${count} rules, dist/policy.wasm ${(bytes / 1024).toFixed(0)} KiB`);
