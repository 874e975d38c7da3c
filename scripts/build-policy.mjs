#!/usr/bin/env node
// Compiles policies/ to dist/policy.wasm with the pinned `opa`, and extracts the rules'
// METADATA into dist/rules.json. The METADATA in the .rego files is the only place a rule's
// id, severity and texts are written; everything else is generated from rules.json.
// The compilation is src/engine/compile.ts, the same code that builds organisations' policies.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importTypeScript } from "./import-typescript.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = join(root, "build");
const dist = join(root, "dist");

// Per-process names and a rename into place: concurrent builds (test runs) never read a
// half-written file.
function writeAtomically(file, content) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

mkdirSync(build, { recursive: true });
mkdirSync(dist, { recursive: true });
const { compilePolicy, serializeRules, CompileError } = await importTypeScript(
  join(root, "src", "engine", "compile.ts"),
);
try {
  const { wasm, rules } = compilePolicy({
    name: "policies",
    opa: { file: join(root, "tools", "run"), args: ["opa"] },
    cwd: root,
    sources: ["policies"],
    library: [],
    workDir: build,
    requireConfidence: true,
  });
  writeAtomically(join(dist, "policy.wasm"), wasm);
  writeAtomically(join(dist, "rules.json"), serializeRules(rules));
  console.log(`build-policy: ${rules.length} rules, dist/policy.wasm ${(wasm.length / 1024).toFixed(0)} KiB`);
} catch (error) {
  if (!(error instanceof CompileError)) throw error;
  console.error(`build-policy: ${error.message}`);
  process.exit(1);
}
