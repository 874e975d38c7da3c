#!/usr/bin/env node
// Compiles policies/ to dist/policy.wasm with the pinned `opa` (two entrypoints: the rules'
// findings, and the same with the HA topology of policies/views/), and extracts the rules'
// METADATA into dist/rules.json. The METADATA in the .rego files is the only place a rule's
// id, severity and texts are written; everything else is generated from rules.json.
// The compilation is src/engine/compile.ts, the same code that builds organisations' policies.
//
// dist/policy.inputs.json records a hash of what the build read. With --if-stale (npm test's
// pretest) nothing is compiled while that hash still matches: dist/ is committed, so a
// contributor who changes only TypeScript needs neither Go nor opa. CI (`npm run build`)
// always compiles and checks that dist/ comes out unchanged.
import { createHash } from "node:crypto";
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { delimiter, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = join(root, "build");
const dist = join(root, "dist");
const RECORD = join(dist, "policy.inputs.json");

/**
 * What the compiled policy and rules.json are made of: the rules with their samples (unit tests
 * do not go into the build), the pinned opa, and the code that drives the compile.
 */
const INPUTS = [
  "policies",
  "tools/go.mod",
  "tools/go.sum",
  "scripts/build-policy.mjs",
  "src/engine/compile.ts",
  "src/engine/entrypoint.ts",
  "src/engine/rule-metadata.ts",
  "src/engine/wasm-capabilities.ts",
  "src/engine/bundle-archive.ts",
];

function filesOf(path) {
  const absolute = join(root, path);
  if (!statSync(absolute).isDirectory()) return [path];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith("_test.rego"))
    .map((e) =>
      relative(root, join(e.parentPath ?? e.path, e.name))
        .split(sep)
        .join("/"),
    );
}

/** One hash over every input file's name and text (line endings normalised: a Windows checkout hashes the same). */
function inputsHash() {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(filesOf).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file), "utf8").replace(/\r\n/g, "\n"));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function recordedHash() {
  try {
    return JSON.parse(readFileSync(RECORD, "utf8")).sha256;
  } catch {
    return undefined;
  }
}

function onPath(command) {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

/** tools/run needs Go only to build opa: when the built binary is there and as new as tools/go.mod, it just runs it. */
function canRunPinnedOpa() {
  const bin = join(root, ".tools", "bin", "opa");
  if (existsSync(bin)) {
    const built = statSync(bin).mtimeMs;
    if (["go.mod", "go.sum"].every((f) => statSync(join(root, "tools", f)).mtimeMs <= built)) return true;
  }
  return onPath("go");
}

// Per-process names and a rename into place: concurrent builds (test runs) never read a
// half-written file.
function writeAtomically(file, content) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

const ifStale = process.argv.includes("--if-stale");
const hash = inputsHash();
const built = existsSync(join(dist, "policy.wasm")) && existsSync(join(dist, "rules.json"));
if (ifStale && built && recordedHash() === hash) {
  console.log("build-policy: dist/policy.wasm is current (its inputs are unchanged since it was built)");
  process.exit(0);
}
if (ifStale && !canRunPinnedOpa()) {
  console.error(
    `build-policy: ${built ? "policies/ (or the compile's inputs) changed since dist/policy.wasm was built" : "dist/policy.wasm is missing"}; compiling it needs Go (https://go.dev/dl/, the version in tools/go.mod) on PATH to build the pinned opa`,
  );
  process.exit(1);
}

mkdirSync(build, { recursive: true });
mkdirSync(dist, { recursive: true });
// Imported only now: the check above runs without TypeScript (and without node_modules).
const { importTypeScript } = await import("./import-typescript.mjs");
const { compilePolicy, bundledPolicyRequest, serializeRules, CompileError } = await importTypeScript(
  join(root, "src", "engine", "compile.ts"),
);
try {
  const { wasm, rules } = compilePolicy(
    bundledPolicyRequest(root, { file: join(root, "tools", "run"), args: ["opa"] }, build),
  );
  writeAtomically(join(dist, "policy.wasm"), wasm);
  writeAtomically(join(dist, "rules.json"), serializeRules(rules));
  writeAtomically(RECORD, `${JSON.stringify({ sha256: hash, inputs: INPUTS }, null, 2)}\n`);
  console.log(`build-policy: ${rules.length} rules, dist/policy.wasm ${(wasm.length / 1024).toFixed(0)} KiB`);
} catch (error) {
  if (!(error instanceof CompileError)) throw error;
  console.error(`build-policy: ${error.message}`);
  process.exit(1);
}
