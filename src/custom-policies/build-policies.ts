/**
 * `zowe-ha-policy build-policies DIR`: an organisation's Rego compiled once into a file that
 * `policies:` can list, so that the runs that check repositories need no opa.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { packPolicyBundle, type PolicyFiles } from "../engine/bundle-archive.js";
import { serializeRules } from "../engine/compile.js";
import { combinePolicies } from "../engine/policy-set.js";
import { buildRegoFolder } from "./build.js";
import { customPolicyName, customPolicySource, loadBundled, rulesFileOf, type PolicyContext } from "./sources.js";

export interface BuiltPolicies {
  rules: number;
  /** The files written: the bundle, or the .wasm and its .rules.json. */
  files: string[];
}

/** Whether `output` names a .wasm (written with its .rules.json) rather than a .tar.gz bundle. */
export function isWasmOutput(output: string): boolean {
  return output.endsWith(".wasm");
}

/**
 * Compiles the folder and writes it to `output` (absolute). Before anything is written, the
 * result is loaded as a run would load it and its rule ids are checked against the bundled ones.
 */
export async function buildPolicies(dir: string, output: string, context: PolicyContext): Promise<BuiltPolicies> {
  const { name, shown } = customPolicyName(dir, context.cwd);
  const compiled = buildRegoFolder({ name, dir, cwd: context.cwd, env: context.env, assets: context.assets });
  const files: PolicyFiles = { wasm: compiled.wasm, rules: serializeRules(compiled.rules) };
  combinePolicies([await loadBundled(context), await customPolicySource(files, name, shown)]);
  await mkdir(dirname(output), { recursive: true });
  if (isWasmOutput(output)) {
    await writeFile(output, files.wasm);
    await writeFile(rulesFileOf(output), files.rules);
    return { rules: compiled.rules.length, files: [output, rulesFileOf(output)] };
  }
  await writeFile(output, packPolicyBundle(files));
  return { rules: compiled.rules.length, files: [output] };
}
