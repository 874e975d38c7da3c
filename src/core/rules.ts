/** The rule catalogue: dist/rules.json (generated from the policies' METADATA) plus the tool's own diagnostics. */
import { readFileSync } from "node:fs";
import { isSeverity, SEVERITIES, type Severity } from "./findings.js";
import type { ZoweVersion } from "../model/model.js";

/**
 * How a rule knows what it reports: Zowe's documentation or code states it (documented), the rule
 * derives it from what Zowe documents or does (inference), or it guesses from names and paths that
 * the YAML cannot prove (heuristic). Only documented findings are errors; the messages of the
 * others say how sure they are.
 */
export const CONFIDENCES = ["documented", "inference", "heuristic"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export function isConfidence(value: unknown): value is Confidence {
  return typeof value === "string" && (CONFIDENCES as readonly string[]).includes(value);
}

/** The severities a rule's findings carry besides its default one, each with when it applies. */
export type OtherSeverities = Partial<Record<Severity, string>>;

export interface RuleSource {
  url: string;
  description?: string;
}

export interface Sample {
  name: string;
  text: string;
}

/**
 * The Zowe version whose defaults a sample is checked with: 2 when its name says so
 * (`fail-v2.yaml`, `pass-v2-unset.yaml`), else 3, as for users' files without a setting.
 */
export function sampleZoweVersion(name: string): ZoweVersion {
  return /(^|[-_.])v2([-_.]|$)/.test(name) ? 2 : 3;
}

export interface RuleMeta {
  id: string;
  /** "<group>/<name>" of the Rego package; empty for the tool's own diagnostics. */
  package: string;
  group: string;
  /** The severity of the rule's findings unless a finding carries another one. */
  severity: Severity;
  /** The other severities its findings may carry, and when (e.g. "with `kubernetes.ha: true`"). */
  otherSeverities?: OtherSeverities;
  title: string;
  description: string;
  remediation: string;
  confidence?: Confidence;
  sources: RuleSource[];
  /** Sample files of the rule: where it passes and where it reports (lines marked `# expect: <id>`). */
  examples?: { pass: Sample[]; fail: Sample[] };
  /** The custom policy the rule comes from, as the configuration lists it; absent for the bundled rules. */
  source?: string;
}

/** The rule's severities as applied: the default one, then the others with when they apply. */
export function severityText(rule: Pick<RuleMeta, "severity" | "otherSeverities">): string {
  const others = Object.entries(rule.otherSeverities ?? {}) as Array<[Severity, string]>;
  return [rule.severity, ...others.map(([severity, when]) => `${severity} ${when}`)].join("; ");
}

/** The severities in a few words: "warning (or error)". */
export function severitySummary(rule: Pick<RuleMeta, "severity" | "otherSeverities">): string {
  const others = Object.keys(rule.otherSeverities ?? {});
  return others.length > 0 ? `${rule.severity} (or ${others.join(" or ")})` : rule.severity;
}

export class Catalogue {
  readonly rules: readonly RuleMeta[];
  private readonly byId = new Map<string, RuleMeta>();
  private readonly byPackage = new Map<string, RuleMeta>();

  constructor(rules: readonly RuleMeta[]) {
    this.rules = rules;
    for (const rule of rules) {
      this.byId.set(rule.id, rule);
      if (rule.package) this.byPackage.set(rule.package, rule);
    }
  }

  get(id: string): RuleMeta | undefined {
    return this.byId.get(id);
  }

  forPackage(pkg: string): RuleMeta | undefined {
    return this.byPackage.get(pkg);
  }
}

/** The tool's own findings about its input, which no policy could report. */
export const DIAGNOSTICS = {
  yamlSyntax: diagnostic(
    "yaml-syntax",
    "error",
    "File is not valid YAML or JSON",
    "The file could not be parsed, so it was not checked. Zowe would refuse it too.",
    "Fix the syntax error at the reported line.",
  ),
  inputLimit: diagnostic(
    "input-limit",
    "error",
    "File not checked: over a limit or not text",
    "The file is larger than the configured limit, contains binary data, is not valid UTF-8, or nests deeper than the limit, so it was not checked. Limits keep a hostile or broken file from stalling the check of the others.",
    "Fix the file, exclude it, or raise the limit in .zowe-ha-policy.yaml (limits).",
  ),
  yamlTag: diagnostic(
    "yaml-unsupported-tag",
    "warning",
    "Unsupported YAML tag",
    "The file uses a tag outside YAML 1.2's core schema (for example !!python/object). Nothing is executed: the value is read as a plain string, which is what Zowe's configuration manager sees too, and may not be what the author meant.",
    "Remove the tag.",
  ),
  ambiguousScalar: diagnostic(
    "yaml-ambiguous-scalar",
    "info",
    "Value Zowe reads differently from other YAML tools",
    "Zowe's configuration manager types plain values its own way: only digits make a number (0777 is 777, while 1e3, -1 and 7.5 stay strings) and only true/false make a boolean (on and yes stay strings). YAML 1.2 tools (editors, yq, most libraries) and YAML 1.1 tools (PyYAML, older scripts) read some of these differently, so what a review or a pipeline sees may not be what Zowe runs with. The rules check what Zowe reads.",
    'Quote strings ("on"), write booleans as true/false, and numbers as plain digits.',
  ),
  unreadable: diagnostic(
    "unreadable-file",
    "error",
    "File could not be read",
    "The file exists but could not be read, so it was not checked.",
    "Check the file's permissions and encoding.",
  ),
  unreadableFolder: diagnostic(
    "unreadable-folder",
    "error",
    "Folder could not be read",
    "A folder below the paths checked could not be listed (usually its permissions), so none of the files in it were checked: a gate that skipped it would pass without having looked.",
    "Fix the folder's permissions; to accept the risk, add an exception for unreadable-folder naming the folder under files.",
  ),
  template: diagnostic(
    "template-skipped",
    "info",
    "Template file skipped",
    "The file contains Helm or other template syntax and is not plain YAML, so it was not checked.",
    "Check the rendered output instead (helm template / kustomize build).",
  ),
  zoweFragment: diagnostic(
    "zowe-layer-fragment",
    "info",
    "Part of a Zowe configuration list that no list names",
    "The file holds Zowe settings (haInstances, components, zOSMF, java or node) but no zowe key, so it is one layer of a configuration that Zowe reads as a list of files (CONFIG=FILE(a):FILE(b), left-most wins). Judged alone it would look like an incomplete configuration, so it is not checked until the list is known: from the ZWESLSTC procedure's CONFIG= or a zwe --config command in the repository, or from zowe.configs in .zowe-ha-policy.yaml.",
    "Keep the procedure (PROCLIB member ZWESLSTC with its STDENV CONFIG=) or the zwe start command in the repository, or declare the list in .zowe-ha-policy.yaml: zowe: {configs: [[this-file.yaml, zowe.yaml]]}.",
  ),
  renderFailed: diagnostic(
    "helm-render-failed",
    "warning",
    "A Helm chart did not render",
    "helm template failed for the chart (or one of its environments): a template error, a missing dependency (charts are rendered without the network, so dependencies must be in the chart's charts/ folder or point to a folder of the repository with file://), or a required value that is not set. Nothing the chart renders was checked.",
    "Fix what Helm names at the reported line; vendor the chart's dependencies (helm dependency build, then commit charts/) or point them to folders of the repository; give required values in the environment's values file.",
  ),
  configListEntry: diagnostic(
    "config-list-unmapped",
    "warning",
    "A Zowe configuration list names a file the repository does not hold",
    "A procedure (CONFIG= in ZWESLSTC) or a zwe command in the repository lists the files Zowe merges into its configuration, but an entry matches no file of the repository, or several. Without every layer the merged configuration cannot be rebuilt, so the list is not used: its files are checked one by one, and a layer without a zowe key is not checked.",
    "Keep every file of the list in the repository under a path that ends like the entry (FILE(/global/zowe/zowe.yaml) matches zowe/zowe.yaml), name a PARMLIB member's file after the member, or declare the list in .zowe-ha-policy.yaml (zowe.configs).",
  ),
  exceptionExpired: diagnostic(
    "exception-expired",
    "warning",
    "Exception has expired",
    "An exception in the configuration is past its expiry date. It no longer suppresses anything: the findings it covered are reported again.",
    "Fix the findings, or review the risk and set a new expiry date.",
  ),
  exceptionStale: diagnostic(
    "exception-stale",
    "info",
    "Exception matches nothing",
    "An exception in the configuration suppresses no finding: the problem was fixed, or the rule, files or instance are wrong.",
    "Remove the exception, or correct what it names.",
  ),
  suppressionWithoutReason: diagnostic(
    "suppression-without-reason",
    "warning",
    "Inline suppression without a reason",
    "A `# zowe-ha-policy: ignore` comment gives no reason. Accepted risks need one so that reviewers can judge them later.",
    "Add the reason after `--`: `# zowe-ha-policy: ignore ZWE-HA-022 -- workspace is an NFS mount shared by all LPARs`.",
  ),
} as const satisfies Record<string, RuleMeta>;

function diagnostic(id: string, severity: Severity, title: string, description: string, remediation: string): RuleMeta {
  return { id, package: "", group: "input", severity, title, description, remediation, sources: [] };
}

function isSamples(value: unknown): value is Sample[] {
  return Array.isArray(value) && value.every((s) => typeof s?.name === "string" && typeof s?.text === "string");
}

function isExamples(value: unknown): value is { pass: Sample[]; fail: Sample[] } {
  const v = value as { pass?: unknown; fail?: unknown } | undefined;
  return isSamples(v?.pass) && isSamples(v?.fail);
}

/** The other severities of a rules.json entry: a mapping from severity to a non-empty text. */
function otherSeverities(value: unknown): OtherSeverities | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const out: OtherSeverities = {};
  for (const severity of SEVERITIES) {
    const when = (value as Record<string, unknown>)[severity];
    if (typeof when === "string" && when !== "") out[severity] = when;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function fail(file: string, message: string): never {
  throw new Error(`${file}: ${message}`);
}

function parseRule(value: unknown, file: string, index: number): RuleMeta {
  const where = `rule #${index + 1}`;
  if (typeof value !== "object" || value === null) fail(file, `${where} is not an object`);
  const r = value as Record<string, unknown>;
  for (const key of ["id", "package", "group", "title", "description", "remediation"]) {
    if (typeof r[key] !== "string") fail(file, `${where}: "${key}" must be a string`);
  }
  if (!isSeverity(r.severity)) fail(file, `${where}: "severity" must be error, warning or info`);
  if (!Array.isArray(r.sources)) fail(file, `${where}: "sources" must be an array`);
  if (r.confidence !== undefined && !isConfidence(r.confidence))
    fail(file, `${where}: "confidence" must be one of ${CONFIDENCES.join(", ")}`);
  const others = otherSeverities(r.otherSeverities);
  return {
    id: r.id as string,
    package: r.package as string,
    group: r.group as string,
    severity: r.severity,
    ...(others ? { otherSeverities: others } : {}),
    title: r.title as string,
    description: r.description as string,
    remediation: r.remediation as string,
    ...(isConfidence(r.confidence) ? { confidence: r.confidence } : {}),
    sources: (r.sources as RuleSource[]).map((s) => ({
      url: String(s.url),
      ...(s.description ? { description: String(s.description) } : {}),
    })),
    ...(isExamples(r.examples) ? { examples: r.examples } : {}),
  };
}

/** The rules of a rules.json text; `file` names it in errors. */
export function parseRules(text: string, file: string): RuleMeta[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    fail(file, `cannot read the rule catalogue: ${(error as Error).message}`);
  }
  const rules = (parsed as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) fail(file, `"rules" must be an array`);
  return rules.map((r, i) => parseRule(r, file, i));
}

/** Reads a rules.json. */
export function readRules(file: string): RuleMeta[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    fail(file, `cannot read the rule catalogue: ${(error as Error).message}`);
  }
  return parseRules(text, file);
}
