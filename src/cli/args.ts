/**
 * The command line as typed: options in the order given, so that each --output takes the
 * --format just before it, and our own messages for what is wrong (Node's parseArgs errors
 * quote oddly and name none of our commands).
 */
import { parseArgs } from "node:util";
import { FORMAT_EXTENSIONS, FORMATS, isFormat, type Format } from "../report/index.js";

/** The command line is wrong: exit 2 with the message (and, when it helps, the usage). */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    /** The option was not understood at all: show the whole usage. */
    readonly showUsage = false,
  ) {
    super(message);
  }
}

const OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  output: { type: "string", short: "o", multiple: true },
  "fail-on": { type: "string" },
  "zowe-version": { type: "string" },
  config: { type: "string", short: "c" },
  baseline: { type: "string", short: "b" },
  "allow-nothing-to-check": { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

type OptionName = keyof typeof OPTIONS;

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/** Where one report goes: a file, or stdout when output is undefined. */
export interface Destination {
  format: Format;
  output?: string;
}

export interface Parsed {
  values: {
    format?: string[];
    output?: string[];
    "fail-on"?: string;
    "zowe-version"?: string;
    config?: string;
    baseline?: string;
    "allow-nothing-to-check"?: boolean;
    force?: boolean;
    help?: boolean;
    version?: boolean;
  };
  positionals: string[];
  /** --format and --output as `check` pairs them, in the order given. */
  formatsAndOutputs: Array<{ option: "format" | "output"; value: string }>;
}

export function parse(argv: string[]): Parsed {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const formatsAndOutputs: Parsed["formatsAndOutputs"] = [];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!isOption(token.name)) throw new UsageError(`unknown option ${token.rawName}`, true);
    if (OPTIONS[token.name].type === "boolean") {
      if (token.value !== undefined) throw new UsageError(`option ${token.rawName} takes no value`, true);
      continue;
    }
    // "-f -o x" would otherwise take "-o" for the format.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))
      throw new UsageError(`option ${token.rawName} needs a value`, true);
    if (token.name === "format" || token.name === "output")
      formatsAndOutputs.push({ option: token.name, value: token.value });
  }
  return { values: values as Parsed["values"], positionals, formatsAndOutputs };
}

function formatOf(value: string): Format {
  if (!isFormat(value)) throw new UsageError(`unknown format "${value}" (use ${FORMATS.join(", ")})`);
  return value;
}

function formatOfFile(output: string): Format {
  // The format an output file's name implies, for an --output without a --format before it.
  const match = FORMAT_EXTENSIONS.find(([e]) => output.toLowerCase().endsWith(e));
  if (match) return match[1];
  throw new UsageError(
    `--output ${output}: give its --format just before it (its name does not say: ${FORMAT_EXTENSIONS.map(
      ([e, f]) => `${e} is ${f}`,
    ).join(", ")})`,
  );
}

/**
 * Each --output takes the --format given just before it; an --output with none before it takes
 * the format its extension names; a --format no --output takes goes to stdout (only one may).
 * Nothing given: text on stdout.
 */
export function destinations(parsed: Parsed): Destination[] {
  const result: Destination[] = [];
  let pending: Format | undefined;
  for (const { option, value } of parsed.formatsAndOutputs) {
    if (option === "format") {
      if (pending) result.push({ format: pending });
      pending = formatOf(value);
    } else {
      result.push({ format: pending ?? formatOfFile(value), output: value });
      pending = undefined;
    }
  }
  if (pending) result.push({ format: pending });
  if (result.length === 0) result.push({ format: "text" });
  const toStdout = result.filter((d) => d.output === undefined);
  if (toStdout.length > 1)
    throw new UsageError(
      `only one format can go to stdout (${toStdout.map((d) => d.format).join(", ")}); put --output FILE after the others`,
    );
  return result;
}
