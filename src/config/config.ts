/**
 * The project configuration, .zowe-ha-policy.yaml: read with positions and validated against the
 * JSON Schema shipped in schema/, so that every mistake names the file, line and allowed values.
 */
import type { ErrorObject } from "ajv";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { PathSegment, Region, Severity } from "../core/findings.js";
import type { ZoweVersion } from "../model/model.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../load/read.js";
import { DEFAULT_PARSE_LIMITS, SourceFile, type ParseLimits } from "../load/yaml.js";
import { DEFAULT_CONFIG_FILE, findConfigFile } from "./find.js";
import { helmOptions, NO_HELM_OPTIONS, type HelmOptions, type RawHelmOptions } from "../render/helm/options.js";
import { configValidator } from "./validator.js";
import { relativePath } from "../core/paths.js";

export { DEFAULT_CONFIG_FILE };

export type RuleSetting = Severity | "off";
export type KubernetesScope = "zowe" | "all";

/** Which workloads the Kubernetes rules cover, and whether the deployment is declared highly available. */
export interface KubernetesOptions {
  scope: KubernetesScope;
  /** Missing replicas, autoscaler floors and disruption budgets are errors rather than warnings. */
  ha: boolean;
}

export interface Config {
  /** The file it was read from, as shown to the user, and its absolute path; undefined when there is none. */
  file?: string;
  path?: string;
  /** Relative paths in the configuration are relative to this folder. */
  dir: string;
  zoweVersion?: ZoweVersion;
  include?: string[];
  exclude?: string[];
  rules: Record<string, RuleSetting>;
  /** Absolute paths, each group highest priority first. */
  layerGroups: string[][];
  /** Folders (or files) of Zowe's own JSON schemas to validate every Zowe configuration with: absolute paths. */
  zoweSchemas?: string[];
  kubernetes: KubernetesOptions;
  /** Globs (relative to dir) of folders that each hold one deployment unit. */
  kubernetesUnits: string[];
  /** Environments, release names and namespaces of Helm charts, by absolute chart folder. */
  helm: HelmOptions;
  exceptions: Exception[];
  /** Custom policy sources: absolute paths, in the order listed. */
  policies: string[];
  /**
   * Where to read a custom policy from when not from its own path (absolute → absolute): on a pull
   * request the action reads the base commit's copy of policies inside the repository.
   */
  policiesReadFrom?: ReadonlyMap<string, string>;
  limits: ReadLimits & ParseLimits;
  /** Where a key of the configuration file is written, to report problems with it there. */
  locate: (path: PathSegment[]) => Region;
}

/** An accepted risk: findings of a rule in some files (and instance) are suppressed until it expires. */
export interface Exception {
  rule: string;
  files: string[];
  instance?: string;
  reason: string;
  /** YYYY-MM-DD: the last day the exception applies. */
  expires: string;
  /** Its index in the configuration's exceptions list. */
  index: number;
}

/** The configuration is wrong: the message names the file and line. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

interface RawConfig {
  zoweVersion?: ZoweVersion;
  include?: string[];
  exclude?: string[];
  rules?: Record<string, RuleSetting>;
  zowe?: { configs?: string[][]; schemas?: string | string[] };
  kubernetes?: Partial<KubernetesOptions> & { units?: string[] };
  helm?: RawHelmOptions;
  exceptions?: Array<Omit<Exception, "index">>;
  policies?: string[];
  limits?: Partial<ReadLimits & ParseLimits>;
}

function pointer(instancePath: string): PathSegment[] {
  return instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describe(error: ErrorObject): string {
  const at = error.instancePath ? pointer(error.instancePath).join(".") : "(top level)";
  switch (error.keyword) {
    case "additionalProperties":
      return `${at}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case "enum":
      return `${at}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `${at}: ${error.message ?? "is invalid"}`;
  }
}

export function defaultConfig(cwd: string): Config {
  return {
    dir: cwd,
    rules: {},
    layerGroups: [],
    kubernetes: { scope: "zowe", ha: false },
    kubernetesUnits: [],
    helm: NO_HELM_OPTIONS,
    exceptions: [],
    policies: [],
    limits: { ...DEFAULT_READ_LIMITS, ...DEFAULT_PARSE_LIMITS },
    locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
  };
}

/**
 * Reads the configuration: the file given, else the nearest .zowe-ha-policy.yaml from the
 * working directory up to the repository root (findConfigFile), else the defaults.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<Config> {
  const path = explicit === undefined ? findConfigFile(cwd) : resolve(cwd, explicit);
  if (path === undefined) return defaultConfig(cwd);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(
      `${relativePath(cwd, path)}: cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return parseConfig(text, path, cwd);
}

/**
 * The configuration in text, as if read from path (its relative paths resolve against path's
 * folder): the action reads the pull request's base version this way, from git.
 */
export function parseConfig(text: string, path: string, cwd: string, shown = relativePath(cwd, path)): Config {
  const source = new SourceFile(shown, text);
  const problem = source.problems[0];
  if (problem) throw new ConfigError(`${shown}:${problem.region.line}:${problem.region.column}: ${problem.message}`);
  const doc = source.documents[0];
  const value = doc?.value ?? {};
  const validate = configValidator<RawConfig>();
  if (!validate(value)) {
    const messages = (validate.errors ?? []).map((e) => {
      const { region } = doc ? doc.locate(pointer(e.instancePath)) : { region: { line: 1, column: 1 } };
      return `${shown}:${region.line}:${region.column}: ${describe(e)}`;
    });
    throw new ConfigError(`invalid configuration\n  ${[...new Set(messages)].join("\n  ")}`);
  }
  const dir = dirname(path);
  return {
    file: shown,
    path,
    dir,
    ...(value.zoweVersion !== undefined ? { zoweVersion: value.zoweVersion } : {}),
    ...(value.include ? { include: value.include } : {}),
    ...(value.exclude ? { exclude: value.exclude } : {}),
    rules: value.rules ?? {},
    layerGroups: (value.zowe?.configs ?? []).map((group) => group.map((f) => resolve(dir, f))),
    ...(value.zowe?.schemas !== undefined
      ? { zoweSchemas: [value.zowe.schemas].flat().map((p) => resolve(dir, p)) }
      : {}),
    kubernetes: { scope: value.kubernetes?.scope ?? "zowe", ha: value.kubernetes?.ha ?? false },
    kubernetesUnits: value.kubernetes?.units ?? [],
    helm: helmOptions(value.helm, dir),
    exceptions: (value.exceptions ?? []).map((e, index) => ({ ...e, index })),
    policies: (value.policies ?? []).map((p) => resolve(dir, p)),
    limits: { ...DEFAULT_READ_LIMITS, ...DEFAULT_PARSE_LIMITS, ...value.limits },
    locate: (keys) => (doc ? doc.locate(keys).region : { line: 1, column: 1, endLine: 1, endColumn: 1 }),
  };
}
