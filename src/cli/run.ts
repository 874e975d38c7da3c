/** The command line: parses arguments, runs a command and returns the exit code (0, 1 or 2). */
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config/config.js";
import { ruleDoc, ruleDocs } from "../docs/rule-doc.js";
import { PolicyError } from "../engine/policy.js";
import { BaselineError, createBaseline, DEFAULT_BASELINE_FILE, readBaseline } from "../filter/baseline.js";
import { isSeverity } from "../findings.js";
import type { ZoweVersion } from "../load/model.js";
import { type FailOn, summarize } from "../report/context.js";
import { FORMATS, isFormat, render, type Format } from "../report/index.js";
import type { Catalogue } from "../rules.js";
import { loadBundle, scan } from "../scan.js";

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

export interface CliIO {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Folder holding policy.wasm and rules.json. */
  assets: string;
  version: string;
}

export const USAGE = `Usage: zowe-ha-policy <command> [options]

Commands:
  check [PATH...]     Check Zowe configuration and Kubernetes manifests (default: .)
  rules               List the rules
  baseline [PATH...]  Record the current findings (-o FILE, default ${DEFAULT_BASELINE_FILE}) so that
                      'check --baseline FILE' reports only new ones
  explain ID          Show a rule's documentation: why, how to fix, examples, sources
  docs [DIR]          Write every rule's documentation page to DIR (default: docs/rules)

Options for check:
  -f, --format FMT    ${FORMATS.join("|")} (default: text); repeat to write several formats
  -o, --output FILE   Write the report to FILE instead of stdout; repeat once per --format,
                      paired in order (a format without an output goes to stdout)
      --fail-on SEV   error|warning|info|none: exit 1 when a finding is at least this severe
                      (default: error)
  -b, --baseline FILE Report only findings not in this baseline, and list those fixed since
  -c, --config FILE   Configuration file (default: .zowe-ha-policy.yaml if present)
      --zowe-version  2|3: the Zowe version whose defaults apply (default: the
                      configuration's zoweVersion, else 3)

Options for rules:
  -f, --format FMT    text|json (default: text)

  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage, configuration or internal error.
`;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", multiple: true },
        output: { type: "string", short: "o", multiple: true },
        "fail-on": { type: "string" },
        "zowe-version": { type: "string" },
        config: { type: "string", short: "c" },
        baseline: { type: "string", short: "b" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

type Parsed = ReturnType<typeof parse>;

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

interface Destination {
  format: Format;
  output?: string;
}

function destinations(values: Parsed["values"]): Destination[] {
  const formats = values.format ?? ["text"];
  const outputs = values.output ?? [];
  if (outputs.length > formats.length) throw new UsageError("there are more --output files than --format options");
  const result = formats.map((format, i) => {
    if (!isFormat(format)) throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(", ")})`);
    const output = outputs[i];
    return output === undefined ? { format } : { format, output };
  });
  if (result.filter((d) => d.output === undefined).length > 1) throw new UsageError("only one format can go to stdout; give the others an --output file");
  return result;
}

function pathsOption(parsed: Parsed, io: CliIO): string[] {
  const paths = parsed.positionals.slice(1);
  if (paths.length === 0) paths.push(".");
  const missing = paths.filter((p) => !existsSync(resolve(io.cwd, p)));
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(", ")}`);
  return paths;
}

/** The scan both check and baseline run. */
async function scanFor(parsed: Parsed, io: CliIO, baseline?: string) {
  const zoweVersion = zoweVersionOption(parsed.values["zowe-version"]);
  const paths = pathsOption(parsed, io);
  const config = await loadConfig(parsed.values.config, io.cwd);
  const bundle = await loadBundle(resolve(io.assets, "policy.wasm"), resolve(io.assets, "rules.json"));
  const options = { paths, cwd: io.cwd, zoweVersion: zoweVersion ?? config.zoweVersion ?? 3, config };
  if (baseline === undefined) return { bundle, result: await scan(options, bundle) };
  const loaded = await readBaseline(resolve(io.cwd, baseline), baseline);
  return { bundle, result: await scan({ ...options, baseline: { baseline: loaded, file: baseline } }, bundle) };
}

async function check(parsed: Parsed, io: CliIO): Promise<number> {
  const failOn = failOnOption(parsed.values["fail-on"]);
  const outputs = destinations(parsed.values);
  const { bundle, result } = await scanFor(parsed, io, parsed.values.baseline);
  const ctx = { result, catalogue: bundle.catalogue, failOn, toolVersion: io.version };
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
  return summarize(ctx).failed ? EXIT.findings : EXIT.ok;
}

async function baseline(parsed: Parsed, io: CliIO): Promise<number> {
  if (parsed.values.format || parsed.values.baseline || (parsed.values.output?.length ?? 0) > 1) throw new UsageError("baseline takes paths and at most one --output");
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
  for (const r of catalogue.rules) io.stdout.write(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.title}\n`);
  return EXIT.ok;
}

async function rules(parsed: Parsed, io: CliIO): Promise<number> {
  const [format = "text", ...more] = parsed.values.format ?? [];
  if (more.length > 0 || parsed.values.output) throw new UsageError("rules takes one --format and no --output");
  const { catalogue } = await loadBundle(resolve(io.assets, "policy.wasm"), resolve(io.assets, "rules.json"));
  return listRules(catalogue, format, io);
}

async function explain(parsed: Parsed, io: CliIO): Promise<number> {
  const id = parsed.positionals[1];
  if (!id || parsed.positionals.length > 2) throw new UsageError("explain takes one rule id, e.g. 'zowe-ha-policy explain ZWE-HA-010'");
  const { catalogue } = await loadBundle(resolve(io.assets, "policy.wasm"), resolve(io.assets, "rules.json"));
  const rule = catalogue.get(id) ?? catalogue.rules.find((r) => r.id.toLowerCase() === id.toLowerCase());
  if (!rule) throw new UsageError(`no rule "${id}" (see 'zowe-ha-policy rules')`);
  io.stdout.write(ruleDoc(rule));
  return EXIT.ok;
}

async function docs(parsed: Parsed, io: CliIO): Promise<number> {
  const dir = resolve(io.cwd, parsed.positionals[1] ?? "docs/rules");
  const { catalogue } = await loadBundle(resolve(io.assets, "policy.wasm"), resolve(io.assets, "rules.json"));
  const pages = ruleDocs(catalogue.rules);
  await mkdir(dir, { recursive: true });
  // Pages of rules that no longer exist must go too, or the docs would still list them.
  for (const old of await readdir(dir)) if (old.endsWith(".md") && !pages.has(old)) await rm(resolve(dir, old));
  for (const [name, text] of pages) await writeFile(resolve(dir, name), text);
  io.stdout.write(`wrote ${pages.size} pages to ${dir}\n`);
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
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`zowe-ha-policy: ${error.message}\nRun 'zowe-ha-policy --help' for usage.\n`);
    } else if (error instanceof ConfigError || error instanceof BaselineError) {
      io.stderr.write(`zowe-ha-policy: ${error.message}\n`);
    } else if (error instanceof PolicyError) {
      io.stderr.write(`zowe-ha-policy: policy error: ${error.message}\n`);
    } else {
      io.stderr.write(`zowe-ha-policy: internal error: ${(error as Error).message ?? String(error)}\n`);
    }
    return EXIT.error;
  }
}
