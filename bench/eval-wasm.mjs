#!/usr/bin/env node
// Our engine alone on a dumped model (bench/model.mjs), in a cold process: the counterpart of
// `opa eval -i model.json data.zowe_ha.main.findings` (same policy, same input).
//
//   node bench/eval-wasm.mjs model.json [policy.wasm]
//
// Uses the package's Policy class and input partitioning compiled by tsc (bench/.build/tsc) and
// prints one JSON line: { readMs (read + parse the model), compileMs (compile + check instance),
// evaluateMs (split into parts + instantiate + evaluate + check result), violations }.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { BUILD, ROOT } from "./lib/build.mjs";

const [modelFile, wasmFile = join(ROOT, "dist", "policy.wasm")] = process.argv.slice(2);
if (!modelFile) {
  console.error("usage: node bench/eval-wasm.mjs model.json [policy.wasm]");
  process.exit(2);
}
const engine = (file) => import(pathToFileURL(join(BUILD, "tsc", "src", "engine", file)).href);
const { Policy } = await engine("policy.js");
const { partitionInput } = await engine("partition.js");
let t = performance.now();
// The CLI has the model as objects: the engine's work starts from them.
const model = JSON.parse(readFileSync(resolve(modelFile), "utf8"));
const readMs = performance.now() - t;
t = performance.now();
const policy = await Policy.load("bundled policy", readFileSync(wasmFile));
const compileMs = performance.now() - t;
t = performance.now();
const violations = await policy.evaluate(partitionInput(model));
const evaluateMs = performance.now() - t;
console.log(JSON.stringify({ readMs, compileMs, evaluateMs, violations: violations.length }));
