#!/usr/bin/env node
// Our engine alone on a dumped model (bench/model.mjs), in a cold process: the counterpart of
// `opa eval -i model.json data.zowe_ha.main.findings` (same policy, same input).
//
//   node bench/eval-wasm.mjs model.json [policy.wasm]
//
// Uses the package's Policy class compiled by tsc (bench/.build/tsc) and prints one JSON line:
// { readMs, compileMs (compile + check instance), evaluateMs (instantiate + evaluate + check
// result), violations }.
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
const { Policy } = await import(pathToFileURL(join(BUILD, "tsc", "src", "engine", "policy.js")).href);
let t = performance.now();
const bytes = readFileSync(resolve(modelFile));
// The model as the CLI hands it to the engine: JSON bytes in an exactly sized buffer.
const json = new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
// The engine checks violation indexes against these counts; not parsing the model for them keeps
// this process's memory that of the engine (the CLI has the model as objects anyway).
const subjects = { zowe: 2 ** 31, kubernetes: 2 ** 31 };
const readMs = performance.now() - t;
t = performance.now();
const policy = await Policy.load("bundled policy", readFileSync(wasmFile));
const compileMs = performance.now() - t;
t = performance.now();
const violations = await policy.evaluateJson(json, subjects);
const evaluateMs = performance.now() - t;
console.log(JSON.stringify({ readMs, compileMs, evaluateMs, violations: violations.length }));
