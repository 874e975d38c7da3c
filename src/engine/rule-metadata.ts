/**
 * The rule catalogue (rules.json) read from the rule packages' METADATA, as `opa inspect
 * --annotations` reports it. The METADATA is the only place a rule's id, severity and texts are
 * written; a rule package that lacks any of them is refused here, with the file and line.
 */
import { isSeverity, SEVERITIES, type Severity } from "../core/findings.js";
import { CONFIDENCES, isConfidence, type OtherSeverities, type RuleMeta, type Sample } from "../core/rules.js";

/** One rule as rules.json holds it: the catalogue's fields, plus where its METADATA is written. */
export interface RuleRecord extends Omit<RuleMeta, "examples" | "source"> {
  /** The .rego file with the METADATA, as opa named it (relative to where it ran). */
  file: string;
  examples: { pass: Sample[]; fail: Sample[] };
}

interface Term {
  value: unknown;
}

interface AnnotationEntry {
  path: Term[];
  annotations: {
    scope?: string;
    title?: unknown;
    description?: unknown;
    related_resources?: Array<{ ref?: unknown; description?: unknown }>;
    custom?: Record<string, unknown>;
  };
  location: { file: string; row: number };
}

/** The part of `opa inspect --annotations --format json` read here. */
export interface Inspection {
  namespaces?: Record<string, string[]>;
  annotations?: AnnotationEntry[];
}

export interface MetadataContext {
  /** The rules' samples, read from the folder of the .rego file. */
  samples: (regoFile: string) => { pass: Sample[]; fail: Sample[] };
  /** Whether a file is one of the policy's own (not the library the rules build on). */
  isOwn: (regoFile: string) => boolean;
  /** Every rule must say how it knows what it reports (custom.confidence): the bundled rules do. */
  requireConfidence: boolean;
}

const RULES_NAMESPACE = "data.zowe_ha.rules.";
/** Rule ids are also keys of the configuration's `rules:` (the schema's pattern). */
const RULE_ID = /^[A-Za-z][A-Za-z0-9-]*$/;

function moduleName(file: string): string {
  return file.replace(/^\//, "");
}

/**
 * custom.other_severities: the severities a finding of the rule may carry instead of
 * custom.severity, each with when it does (a finding's own "severity"), so that the catalogue
 * shows every severity the rule reports.
 */
function otherSeverities(
  value: unknown,
  severity: unknown,
  where: string,
  problems: string[],
): OtherSeverities | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push(`${where}: custom.other_severities must map a severity to when it applies`);
    return undefined;
  }
  const out: OtherSeverities = {};
  for (const [key, when] of Object.entries(value)) {
    if (!isSeverity(key) || key === severity)
      problems.push(`${where}: custom.other_severities: "${key}" must be a severity other than custom.severity`);
    else if (typeof when !== "string" || when.trim() === "")
      problems.push(`${where}: custom.other_severities.${key} must say when a finding is ${key}`);
    else out[key] = when.trim();
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function ruleOf(
  entry: AnnotationEntry,
  path: string[],
  context: MetadataContext,
  problems: string[],
): RuleRecord | undefined {
  const file = moduleName(entry.location.file);
  const where = `${file}:${entry.location.row}`;
  const before = problems.length;
  const a = entry.annotations;
  const custom = a.custom ?? {};
  if (typeof custom.id !== "string") problems.push(`${where}: METADATA custom.id is missing`);
  else if (!RULE_ID.test(custom.id))
    problems.push(`${where}: custom.id "${custom.id}" must start with a letter and hold only letters, digits and "-"`);
  if (!SEVERITIES.includes(custom.severity as Severity))
    problems.push(`${where}: custom.severity must be one of ${SEVERITIES.join(", ")}`);
  for (const field of ["title", "description"] as const) {
    const value = a[field];
    if (typeof value !== "string" || value.trim() === "") problems.push(`${where}: METADATA ${field} is missing`);
  }
  if (typeof custom.remediation !== "string") problems.push(`${where}: METADATA custom.remediation is missing`);
  if (custom.confidence === undefined ? context.requireConfidence : !isConfidence(custom.confidence))
    problems.push(
      `${where}: custom.confidence must be one of ${CONFIDENCES.join(", ")} (does Zowe's documentation or code state what the rule reports, or is it inferred or guessed?)`,
    );
  if (custom.severity === "error" && (custom.confidence === "inference" || custom.confidence === "heuristic"))
    problems.push(
      `${where}: a rule whose confidence is ${custom.confidence} reports warnings, not errors (an error needs Zowe's documentation or code to say the setup breaks)`,
    );
  const others = otherSeverities(custom.other_severities, custom.severity, where, problems);
  const resources = a.related_resources ?? [];
  if (resources.length === 0) problems.push(`${where}: METADATA related_resources must name the source of the rule`);
  if (resources.some((r) => typeof r.ref !== "string"))
    problems.push(`${where}: every related_resources entry needs a ref (a URL)`);
  if (problems.length > before) return undefined;
  const [group = "", name = ""] = path;
  return {
    id: custom.id as string,
    package: `${group}/${name}`,
    group,
    severity: custom.severity as Severity,
    ...(others ? { otherSeverities: others } : {}),
    title: a.title as string,
    description: (a.description as string).trim(),
    remediation: (custom.remediation as string).trim(),
    ...(isConfidence(custom.confidence) ? { confidence: custom.confidence } : {}),
    sources: resources.map((r) => ({
      url: r.ref as string,
      ...(r.description ? { description: String(r.description) } : {}),
    })),
    file,
    examples: context.samples(file),
  };
}

/** Rule packages must be where the entrypoint looks, and the library's packages are not the policy's to extend. */
function checkNamespaces(
  inspection: Inspection,
  described: Set<string>,
  context: MetadataContext,
  problems: string[],
): void {
  const library = new Set<string>();
  const own = new Map<string, string[]>();
  for (const [namespace, files] of Object.entries(inspection.namespaces ?? {})) {
    for (const file of files.filter((f) => f.endsWith(".rego")).map(moduleName)) {
      if (context.isOwn(file)) own.set(namespace, [...(own.get(namespace) ?? []), file]);
      else library.add(namespace);
    }
  }
  for (const [namespace, files] of own) {
    const pkg = namespace.replace(/^data\./, "");
    if (library.has(namespace)) {
      problems.push(
        `${files.join(", ")}: package ${pkg} belongs to zowe-ha-policy's library; put helpers in a package of your own`,
      );
    } else if (namespace.startsWith(RULES_NAMESPACE) && namespace.split(".").length !== 5) {
      problems.push(`${files.join(", ")}: package ${pkg}: a rule package is zowe_ha.rules.<group>.<name>`);
    } else if (namespace.startsWith(RULES_NAMESPACE) && !described.has(namespace)) {
      problems.push(
        `${files.join(", ")}: package ${pkg} has no package METADATA (title, description, related_resources, custom.id, custom.severity, custom.remediation)`,
      );
    }
  }
}

/**
 * The catalogue of the policy's rules, sorted by id, with the problems that make it unusable
 * (an empty list when there are none).
 */
export function rulesFromInspection(
  inspection: Inspection,
  context: MetadataContext,
): { rules: RuleRecord[]; problems: string[] } {
  const problems: string[] = [];
  const rules: RuleRecord[] = [];
  const described = new Set<string>();
  for (const entry of inspection.annotations ?? []) {
    const path = entry.path.slice(1).map((term) => String(term.value));
    const namespace = `data.${path.join(".")}`;
    const isRulePackage = namespace.startsWith(RULES_NAMESPACE) && path.length === 4;
    if (!isRulePackage || entry.annotations.scope !== "package" || !context.isOwn(moduleName(entry.location.file)))
      continue;
    described.add(namespace);
    const rule = ruleOf(entry, path.slice(2), context, problems);
    if (rule) rules.push(rule);
  }
  checkNamespaces(inspection, described, context, problems);
  const ids = new Map<string, string>();
  for (const rule of rules) {
    const other = ids.get(rule.id);
    if (other) problems.push(`${rule.file}: rule id ${rule.id} is also the id of ${other}`);
    ids.set(rule.id, rule.file);
  }
  if (rules.length === 0 && problems.length === 0)
    problems.push("no rule package found (package zowe_ha.rules.<group>.<name> with METADATA and a `report` set)");
  rules.sort((a, b) => a.id.localeCompare(b.id, "en"));
  return { rules, problems };
}
