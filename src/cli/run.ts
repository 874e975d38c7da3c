/** The command line: parses arguments, runs a command and returns the exit code (0, 1 or 2). */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { ConfigError, loadConfig } from "../config/config.js";
import { nothingToCheck, unusablePaths } from "../discover/discover.js";
import { CompileError } from "../engine/compile.js";
import { PolicyError } from "../engine/policy.js";
import { INSTALL_OPA, OpaUnavailableError } from "../custom-policies/opa.js";
import { loadPolicies } from "../custom-policies/sources.js";
import { BaselineError, createBaseline, DEFAULT_BASELINE_FILE, readBaseline } from "../filter/baseline.js";
import { isSeverity } from "../core/findings.js";
import type { ZoweVersion } from "../model/model.js";
import { nothingChecked, type FailOn, summarize } from "../report/context.js";
import { FORMAT_EXTENSIONS, FORMATS, render } from "../report/index.js";
import { severitySummary, type Catalogue } from "../core/rules.js";
import { scan } from "../pipeline/scan.js";
import { destinations, parse, UsageError, type Parsed } from "./args.js";
import { shownPath } from "../core/paths.js";

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

export interface CliIO {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Folder holding policy.wasm and rules.json. */
  assets: string;
  version: string;
  /** "owner/name" of the tool's GitHub repository (package.json), for the action init's workflow uses. */
  actionRepository?: string;
}

export const USAGE = `Usage: zowe-ha-policy <command> [options]

Commands:
  check [PATH...]     Check Zowe configuration and Kubernetes manifests (default: .)
  rules               List the rules
  baseline [PATH...]  Record the current findings (-o FILE, default ${DEFAULT_BASELINE_FILE}) so that
                      'check --baseline FILE' reports only new ones
  explain ID          Show a rule's documentation: why, how to fix, examples, sources
  docs [DIR]          Write every rule's documentation page to DIR (default: docs/rules)
  init                Write a commented .zowe-ha-policy.yaml and a GitHub workflow at the root
                      of the repository (--force overwrites existing files)
  build-policies DIR  Compile a folder of your own Rego rules (needs opa on PATH) into a bundle
                      for 'policies:' (-o FILE: .tar.gz, default DIR.tar.gz; or NAME.wasm, which
                      writes NAME.wasm and NAME.rules.json)
  test-policies DIR   Run the folder's _test.rego files with opa and every rule's pass*/fail*
                      samples through the compiled policy

Options for check:
  -f, --format FMT    ${FORMATS.join("|")} (default: text); repeat to write several formats
  -o, --output FILE   Write the --format given just before it to FILE (without one, the format
                      FILE's extension names); a --format without an --output goes to stdout
                      (only one may). ${FORMAT_EXTENSIONS.map(([e, f]) => `${e}: ${f}`).join(", ")}
      --fail-on SEV   error|warning|info|none: exit 1 when a finding is at least this severe
                      (default: error)
  -b, --baseline FILE Report only findings not in this baseline, and list those fixed since
  -c, --config FILE   Configuration file (default: the nearest .zowe-ha-policy.yaml from the
                      working directory up to the repository root)
      --zowe-version  2|3: the Zowe version whose defaults apply (default: the
                      configuration's zoweVersion, else what the files show, else 3)
      --allow-nothing-to-check
                      Exit 0 when the paths hold no Zowe configuration or Kubernetes object
                      (default: exit 2, so that a mistyped path does not pass)

Options for rules:
  -f, --format FMT    text|json (default: text)

Options for rules, explain and docs:
  -c, --config FILE   Configuration whose custom policies (policies:) are included

  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 no finding at or above --fail-on; 1 findings (test-policies: a failed test);
2 usage, configuration, policy or internal error, or nothing to check.
`;

function failOnOption(value: string | undefined): FailOn {
  if (value === undefined) return "error";
  if (value === "none" || isSeverity(value)) return value;
  throw new UsageError(`--fail-on must be error, warning, info or none, not "${value}"`);
}

function zoweVersionOption(value: string | undefined): ZoweVersion | undefined {
  if (value === undefined) return undefined;
  if (value === "3") return 3;
  if (value === "2") return 2;
  throw new UsageError(`--zowe-version must be 2 or 3, not "${value}"`);
}

function pathsOption(parsed: Parsed, io: CliIO): string[] {
  const paths = parsed.positionals.slice(1);
  if (paths.length === 0) paths.push(".");
  const problems = unusablePaths(paths, io.cwd);
  if (problems.length > 0) throw new UsageError(problems.join("; "));
  return paths;
}

/** The configuration and the policies it names (the bundled one and the custom ones). */
async function configured(parsed: Parsed, io: CliIO) {
  const config = await loadConfig(parsed.values.config, io.cwd);
  return { config, bundle: await loadPolicies(config, { assets: io.assets, cwd: io.cwd, env: io.env }) };
}

/** The scan both check and baseline run; with topology, the HA topology too (for --format markdown). */
async function scanFor(parsed: Parsed, io: CliIO, baseline?: string, topology = false) {
  const zoweVersion = zoweVersionOption(parsed.values["zowe-version"]);
  const paths = pathsOption(parsed, io);
  const { config, bundle } = await configured(parsed, io);
  const stated = zoweVersion ?? config.zoweVersion;
  const options = { paths, cwd: io.cwd, ...(stated !== undefined ? { zoweVersion: stated } : {}), config, topology };
  const baselined =
    baseline === undefined
      ? {}
      : { baseline: { baseline: await readBaseline(resolve(io.cwd, baseline), baseline), file: baseline } };
  return { paths, config, bundle, result: await scan({ ...options, ...baselined }, bundle) };
}

async function check(parsed: Parsed, io: CliIO): Promise<number> {
  const failOn = failOnOption(parsed.values["fail-on"]);
  const outputs = destinations(parsed);
  const topology = outputs.some((d) => d.format === "markdown");
  const { paths, config, bundle, result } = await scanFor(parsed, io, parsed.values.baseline, topology);
  const ctx = {
    result,
    catalogue: bundle.catalogue,
    failOn,
    toolVersion: io.version,
    ...(config.file !== undefined ? { configFile: config.file } : {}),
  };
  const color = Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined && io.env.TERM !== "dumb";
  for (const d of outputs) {
    const text = render(d.format, ctx, d.output === undefined && color);
    if (d.output === undefined) {
      io.stdout.write(text);
    } else {
      const file = resolve(io.cwd, d.output);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }
  const summary = summarize(ctx);
  if (summary.failed) return EXIT.findings;
  // A gate whose paths hold nothing it can check (a typo, a moved folder) must not stay green.
  if (nothingChecked(summary) && parsed.values["allow-nothing-to-check"] !== true) {
    io.stderr.write(
      `zowe-ha-policy: ${nothingToCheck(paths, summary.files)}. Pass --allow-nothing-to-check where that is expected.\n`,
    );
    return EXIT.error;
  }
  return EXIT.ok;
}

async function baseline(parsed: Parsed, io: CliIO): Promise<number> {
  if (parsed.values.format || parsed.values.baseline || (parsed.values.output?.length ?? 0) > 1)
    throw new UsageError("baseline takes paths and at most one --output");
  const { result } = await scanFor(parsed, io);
  const file = parsed.values.output?.[0] ?? DEFAULT_BASELINE_FILE;
  await writeFile(resolve(io.cwd, file), createBaseline(result.findings));
  io.stdout.write(`wrote ${result.findings.length} findings to ${file}\n`);
  return EXIT.ok;
}

function listRules(catalogue: Catalogue, format: string, io: CliIO): number {
  if (format === "json") {
    io.stdout.write(`${JSON.stringify({ rules: catalogue.rules }, null, 2)}\n`);
    return EXIT.ok;
  }
  if (format !== "text") throw new UsageError(`rules: unknown format "${format}" (use text or json)`);
  const idWidth = Math.max(...catalogue.rules.map((r) => r.id.length));
  const severityWidth = Math.max(...catalogue.rules.map((r) => severitySummary(r).length));
  for (const r of catalogue.rules)
    io.stdout.write(`${r.id.padEnd(idWidth)}  ${severitySummary(r).padEnd(severityWidth)}  ${r.title}\n`);
  return EXIT.ok;
}

async function rules(parsed: Parsed, io: CliIO): Promise<number> {
  const [format = "text", ...more] = parsed.values.format ?? [];
  if (more.length > 0 || parsed.values.output) throw new UsageError("rules takes one --format and no --output");
  const { catalogue } = (await configured(parsed, io)).bundle;
  return listRules(catalogue, format, io);
}

async function explain(parsed: Parsed, io: CliIO): Promise<number> {
  const id = parsed.positionals[1];
  if (!id || parsed.positionals.length > 2)
    throw new UsageError("explain takes one rule id, e.g. 'zowe-ha-policy explain ZWE-HA-010'");
  const { catalogue } = (await configured(parsed, io)).bundle;
  const rule = catalogue.get(id) ?? catalogue.rules.find((r) => r.id.toLowerCase() === id.toLowerCase());
  if (!rule) throw new UsageError(`no rule "${id}" (see 'zowe-ha-policy rules')`);
  const { ruleDoc } = await import("../docs/rule-doc.js");
  io.stdout.write(ruleDoc(rule));
  return EXIT.ok;
}

async function docs(parsed: Parsed, io: CliIO): Promise<number> {
  const dir = resolve(io.cwd, parsed.positionals[1] ?? "docs/rules");
  const { catalogue } = (await configured(parsed, io)).bundle;
  const { ruleDocs } = await import("../docs/rule-doc.js");
  const pages = ruleDocs(catalogue.rules);
  await mkdir(dir, { recursive: true });
  // Pages of rules that no longer exist must go too, or the docs would still list them.
  for (const old of await readdir(dir)) if (old.endsWith(".md") && !pages.has(old)) await rm(resolve(dir, old));
  for (const [name, text] of pages) await writeFile(resolve(dir, name), text);
  io.stdout.write(`wrote ${pages.size} pages to ${dir}\n`);
  return EXIT.ok;
}

/** The one folder a policies command takes. */
function policyFolder(parsed: Parsed, io: CliIO, command: string): string {
  const dir = parsed.positionals[1];
  if (!dir || parsed.positionals.length > 2)
    throw new UsageError(`${command} takes one folder of .rego files, e.g. 'zowe-ha-policy ${command} policies'`);
  return resolve(io.cwd, dir);
}

async function buildPoliciesCommand(parsed: Parsed, io: CliIO): Promise<number> {
  const dir = policyFolder(parsed, io, "build-policies");
  const [output = `${basename(dir)}.tar.gz`, ...more] = parsed.values.output ?? [];
  if (more.length > 0 || parsed.values.format)
    throw new UsageError("build-policies takes a folder and at most one --output");
  if (!/\.(tar\.gz|tgz|wasm)$/.test(output))
    throw new UsageError(`--output must end in .tar.gz, .tgz or .wasm, not "${output}"`);
  const { buildPolicies, isWasmOutput } = await import("../custom-policies/build-policies.js");
  const built = await buildPolicies(dir, resolve(io.cwd, output), { assets: io.assets, cwd: io.cwd, env: io.env });
  const what = isWasmOutput(output) ? "the policy and its rule catalogue" : "a policy bundle";
  io.stdout.write(
    `compiled ${built.rules} rule${built.rules === 1 ? "" : "s"} from ${shownPath(io.cwd, dir)} into ${what}: ${built.files.map((f) => shownPath(io.cwd, f)).join(", ")}\n`,
  );
  return EXIT.ok;
}

async function testPoliciesCommand(parsed: Parsed, io: CliIO): Promise<number> {
  const dir = policyFolder(parsed, io, "test-policies");
  const { testPolicies } = await import("../custom-policies/test-policies.js");
  const passed = await testPolicies(dir, {
    assets: io.assets,
    cwd: io.cwd,
    env: io.env,
    write: (t) => io.stdout.write(t),
  });
  return passed ? EXIT.ok : EXIT.findings;
}

async function initCommand(parsed: Parsed, io: CliIO): Promise<number> {
  if (parsed.positionals.length > 1 || parsed.values.output || parsed.values.format)
    throw new UsageError("init takes no arguments (and --force to overwrite existing files)");
  const { init } = await import("../init/init.js");
  const result = await init({
    cwd: io.cwd,
    force: parsed.values.force === true,
    version: io.version,
    ...(io.actionRepository ? { actionRepository: io.actionRepository } : {}),
  });
  const at = (name: string) => shownPath(io.cwd, resolve(result.root, name));
  for (const name of result.written) io.stdout.write(`wrote ${at(name)}\n`);
  for (const name of result.skipped) io.stdout.write(`skipped ${at(name)}: it exists (--force overwrites it)\n`);
  if (result.written.length > 0) io.stdout.write("Review the configuration's examples, then commit both files.\n");
  return EXIT.ok;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const parsed = parse(argv);
    if (parsed.values.version) {
      io.stdout.write(`${io.version}\n`);
      return EXIT.ok;
    }
    const command = parsed.positionals[0];
    if (parsed.values.help || command === undefined || command === "help") {
      io.stdout.write(USAGE);
      return command === undefined && !parsed.values.help ? EXIT.error : EXIT.ok;
    }
    switch (command) {
      case "check":
        return await check(parsed, io);
      case "rules":
        return await rules(parsed, io);
      case "baseline":
        return await baseline(parsed, io);
      case "explain":
        return await explain(parsed, io);
      case "docs":
        return await docs(parsed, io);
      case "init":
        return await initCommand(parsed, io);
      case "build-policies":
        return await buildPoliciesCommand(parsed, io);
      case "test-policies":
        return await testPoliciesCommand(parsed, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `zowe-ha-policy: ${error.message}\n${error.showUsage ? `\n${USAGE}` : "Run 'zowe-ha-policy --help' for usage.\n"}`,
      );
    } else if (error instanceof ConfigError || error instanceof BaselineError) {
      io.stderr.write(`zowe-ha-policy: ${error.message}\n`);
    } else if (error instanceof PolicyError || error instanceof CompileError) {
      io.stderr.write(`zowe-ha-policy: policy error: ${error.message}\n`);
    } else if (error instanceof OpaUnavailableError) {
      io.stderr.write(`zowe-ha-policy: ${error.message}: ${INSTALL_OPA}\n`);
    } else {
      io.stderr.write(`zowe-ha-policy: internal error: ${(error as Error).message ?? String(error)}\n`);
    }
    return EXIT.error;
  }
}
