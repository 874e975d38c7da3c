/**
 * The policies a run evaluates: the bundled one and each source the configuration lists under
 * `policies:`: a folder of Rego (compiled now with the opa on PATH), a bundle written by
 * `zowe-ha-policy build-policies`, or a .wasm with its .rules.json beside it. Whatever goes
 * wrong with a source is an error naming it, never a silent pass.
 */
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigError, type Config } from "../config/config.js";
import { readPolicyBundle, type PolicyFiles } from "../engine/bundle-archive.js";
import { serializeRules } from "../engine/compile.js";
import { Policy, PolicyError } from "../engine/policy.js";
import { combinePolicies, loadBundledPolicy, type PolicyBundle, type PolicySource } from "../engine/policy-set.js";
import { ArchiveError } from "../engine/tar.js";
import { Catalogue, parseRules, type RuleMeta } from "../core/rules.js";
import { buildRegoFolder } from "./build.js";
import { INSTALL_OPA, OpaUnavailableError } from "./opa.js";
import { relativePath, shownPath } from "../core/paths.js";

export interface PolicyContext {
  /** The package's dist/ folder: the bundled policy and, beside it, the Rego library. */
  assets: string;
  cwd: string;
  env: Record<string, string | undefined>;
}

type Kind = "rego" | "bundle" | "wasm";

function kindOf(path: string, config: Config, index: number, shown: string): Kind {
  const fail = (message: string): never => {
    const { line, column } = config.locate(["policies", index]);
    throw new ConfigError(`${config.file}:${line}:${column}: policies.${index}: ${message}`);
  };
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return fail(`no such file or folder: ${shown}`);
  if (stat.isDirectory()) return "rego";
  if (/\.(tar\.gz|tgz)$/.test(path)) return "bundle";
  if (path.endsWith(".wasm")) return "wasm";
  return fail(`${shown} is not a folder of .rego files, a .tar.gz bundle or a .wasm file`);
}

/** policy.wasm → policy.rules.json */
export function rulesFileOf(wasmFile: string): string {
  return wasmFile.replace(/\.wasm$/, ".rules.json");
}

async function filesOf(
  kind: Kind,
  path: string,
  name: string,
  shown: string,
  context: PolicyContext,
): Promise<PolicyFiles> {
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
      } catch (error) {
        if (!(error instanceof OpaUnavailableError)) throw error;
        throw new PolicyError(
          `${name}: a folder of Rego is compiled with opa, and ${error.message}. Either ${INSTALL_OPA}, ` +
            `or compile the folder once with 'zowe-ha-policy build-policies ${shown}' and list the .tar.gz it writes under policies: instead`,
        );
      }
    case "bundle":
      try {
        return await readPolicyBundle(path);
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw error;
        throw new PolicyError(`${name}: not a usable policy bundle: ${error.message}`);
      }
    case "wasm": {
      const rulesFile = rulesFileOf(path);
      if (!existsSync(rulesFile)) {
        throw new PolicyError(
          `${name}: its rule catalogue ${relativePath(context.cwd, rulesFile)} is missing (a .wasm needs its <name>.rules.json beside it; 'zowe-ha-policy build-policies DIR -o NAME.wasm' writes both)`,
        );
      }
      return { wasm: await readFile(path), rules: await readFile(rulesFile, "utf8") };
    }
  }
}

/** How a custom policy is named in messages and rule documentation. */
export function customPolicyName(path: string, cwd: string): { name: string; shown: string } {
  const shown = shownPath(cwd, path);
  return { name: `custom policy ${shown}`, shown };
}

/** A custom policy's module and catalogue, checked the same whichever way they were delivered. */
export async function customPolicySource(files: PolicyFiles, name: string, shown: string): Promise<PolicySource> {
  let rules: RuleMeta[];
  try {
    rules = parseRules(files.rules, `${name}: rules.json`);
  } catch (error) {
    throw new PolicyError((error as Error).message);
  }
  if (rules.length === 0) throw new PolicyError(`${name}: its rule catalogue lists no rules`);
  const policy = await Policy.load(name, files.wasm);
  return { name, policy, catalogue: new Catalogue(rules.map((r) => ({ ...r, source: shown }))), scope: "repository" };
}

async function loadCustomPolicy(
  path: string,
  index: number,
  config: Config,
  context: PolicyContext,
): Promise<PolicySource> {
  const { name, shown } = customPolicyName(path, context.cwd);
  const from = config.policiesReadFrom?.get(path) ?? path;
  return customPolicySource(await filesOf(kindOf(from, config, index, shown), from, name, shown, context), name, shown);
}

export function loadBundled(context: PolicyContext): Promise<PolicySource> {
  return loadBundledPolicy(resolve(context.assets, "policy.wasm"), resolve(context.assets, "rules.json"));
}

/** The bundled policy and the configuration's custom ones, their rules merged (an id clash is an error). */
export async function loadPolicies(config: Config, context: PolicyContext): Promise<PolicyBundle> {
  const sources = [await loadBundled(context)];
  for (const [index, path] of config.policies.entries())
    sources.push(await loadCustomPolicy(path, index, config, context));
  return combinePolicies(sources);
}
