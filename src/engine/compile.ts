/**
 * Rego → wasm, the one way every policy of the tool is built: `opa build` with the aggregate
 * entrypoint (and, for the bundled policy, its views) and only wasm-native builtins, then the rule packages' METADATA read back with
 * `opa inspect` into the rule catalogue. scripts/build-policy.mjs builds the bundled policy with
 * it; the CLI builds organisations' policies (build-policies, test-policies, a Rego folder
 * listed under `policies:`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { wasmOfOpaBundle } from "./bundle-archive.js";
import { ENTRYPOINT, TOPOLOGY_ENTRYPOINT } from "./entrypoint.js";
import { rulesFromInspection, type Inspection, type RuleRecord } from "./rule-metadata.js";
import { wasmCapabilities } from "./wasm-capabilities.js";

/** How to run opa: the pinned tools/run wrapper for the tool's own build, `opa` from PATH for users. */
export interface OpaCommand {
  file: string;
  /** Arguments before opa's own (["opa"] for tools/run). */
  args: readonly string[];
  env?: Record<string, string | undefined>;
}

export interface CompileRequest {
  /** Names the policy in messages. */
  name: string;
  opa: OpaCommand;
  /** Where opa runs: the paths below and the file names in messages are relative to it. */
  cwd: string;
  /** Files and folders with the policy's rules. */
  sources: readonly string[];
  /** The Rego the rules build on (the entrypoint and helpers), compiled with them but not theirs. */
  library: readonly string[];
  /**
   * Entrypoints compiled besides ENTRYPOINT: the bundled policy's views (TOPOLOGY_ENTRYPOINT). An
   * organisation's policy has none: the engine evaluates only its findings.
   */
  views?: readonly string[];
  /** A folder for the intermediate files, which are removed again. */
  workDir: string;
  /**
   * Refuse a rule whose METADATA does not say how it knows what it reports (custom.confidence):
   * the bundled policy holds its rules to that; an organisation's rules may leave it out.
   */
  requireConfidence: boolean;
}

export interface CompiledPolicy {
  wasm: Uint8Array;
  rules: RuleRecord[];
}

/** The Rego could not be compiled into a policy; the message says where and why. */
export class CompileError extends Error {
  override readonly name = "CompileError";
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

function runOpa(request: CompileRequest, args: string[]): string {
  const { opa } = request;
  const result = spawnSync(opa.file, [...opa.args, ...args], {
    cwd: request.cwd,
    env: opa.env,
    maxBuffer: MAX_OUTPUT,
    encoding: "utf8",
  });
  if (result.error) throw new CompileError(`${request.name}: cannot run ${opa.file}: ${result.error.message}`);
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
function samples(folder: string): RuleRecord["examples"] {
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => /^(pass|fail).*\.(ya?ml|json)$/.test(f))
        .sort()
    : [];
  const read = (kind: string) =>
    files.filter((f) => f.startsWith(kind)).map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));
  return { pass: read("pass"), fail: read("fail") };
}

function isInside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}

export function compilePolicy(request: CompileRequest): CompiledPolicy {
  // Per-process names: concurrent builds (test runs) never share a file.
  const capabilities = join(request.workDir, `wasm-capabilities-${process.pid}.json`);
  const bundle = join(request.workDir, `bundle-${process.pid}.tar.gz`);
  try {
    writeFileSync(
      capabilities,
      JSON.stringify(wasmCapabilities(JSON.parse(runOpa(request, ["capabilities", "--current"])))),
    );
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
    const inspection = JSON.parse(
      runOpa(request, ["inspect", "--annotations", "--format", "json", bundle]),
    ) as Inspection;
    const own = request.sources.map((s) => resolve(request.cwd, s));
    const { rules, problems } = rulesFromInspection(inspection, {
      samples: (file) => samples(dirname(resolve(request.cwd, file))),
      isOwn: (file) => own.some((folder) => isInside(resolve(request.cwd, file), folder)),
      requireConfidence: request.requireConfidence,
    });
    if (problems.length > 0)
      throw new CompileError(`${request.name}: not a usable policy:\n  ${problems.join("\n  ")}`);
    return { wasm, rules };
  } finally {
    rmSync(capabilities, { force: true });
    rmSync(bundle, { force: true });
  }
}

/** rules.json: the catalogue as the CLI reads it (dist/rules.json, and inside policy bundles). */
/**
 * How the bundled policy (policies/ of root) is compiled: by scripts/build-policy.mjs, and by the
 * tests that compile a changed copy of it.
 */
export function bundledPolicyRequest(root: string, opa: OpaCommand, workDir: string): CompileRequest {
  return {
    name: "policies",
    opa,
    cwd: root,
    sources: ["policies"],
    library: [],
    views: [TOPOLOGY_ENTRYPOINT],
    workDir,
    requireConfidence: true,
  };
}

export function serializeRules(rules: readonly RuleRecord[]): string {
  return `${JSON.stringify({ rules }, null, 2)}\n`;
}
