#!/usr/bin/env node
// Dumps the policy input (the model) that `zowe-ha-policy check` evaluates for a folder, as JSON,
// so that `opa eval` can run the same policy on the same input:
//
//   node bench/model.mjs <folder> [-o model.json]
//
// It imports the package's own pipeline compiled by tsc into bench/.build/tsc (src/ is not
// changed) and runs scan() with the bundled policy, exactly as `check` does from the folder as
// working directory (its .zowe-ha-policy.yaml, if any, applies), then writes result.input.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, tscBuild } from "./lib/build.mjs";

export async function dumpModel(folder) {
  const out = tscBuild({ quiet: true });
  const load = (p) => import(pathToFileURL(join(out, "src", p)).href);
  const { loadConfig } = await load("config/config.js");
  const { scan } = await load("scan.js");
  const { combinePolicies, loadBundledPolicy } = await load("engine/policy-set.js");
  const cwd = resolve(folder);
  const config = await loadConfig(undefined, cwd);
  const bundle = combinePolicies([
    await loadBundledPolicy(join(ROOT, "dist", "policy.wasm"), join(ROOT, "dist", "rules.json")),
  ]);
  const result = await scan({ paths: ["."], cwd, zoweVersion: config.zoweVersion ?? 3, config }, bundle);
  return { input: result.input, findings: result.findings.length, stats: result.stats };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const folder = args.find((a, i) => !a.startsWith("-") && args[i - 1] !== "-o");
  const o = args.indexOf("-o");
  if (!folder) {
    console.error("usage: node bench/model.mjs <folder> [-o model.json]");
    process.exit(2);
  }
  const { input, findings, stats } = await dumpModel(folder);
  const json = JSON.stringify(input);
  if (o >= 0) {
    writeFileSync(args[o + 1], json);
    console.error(
      `wrote ${args[o + 1]}: ${json.length} bytes, ${stats.kubernetesObjects} Kubernetes objects, ${stats.zoweConfigs} Zowe configurations, ${findings} findings`,
    );
  } else {
    process.stdout.write(json);
  }
}
