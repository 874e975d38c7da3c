/** The pipeline both front ends share: discover → load → evaluate → locate → order. */
import { existsSync } from "node:fs";
import { basename, dirname, relative, sep } from "node:path";
import { applyRuleSettings, checkRuleSettings, fileFilter } from "./config/apply.js";
import type { Config } from "./config/config.js";
import { discover } from "./discover.js";
import type { Baseline, BaselineEntry } from "./filter/baseline.js";
import { parseInlineSuppressions, type InlineSuppression } from "./filter/inline.js";
import { suppress } from "./filter/suppress.js";
import { partitionInput, wholeInput } from "./engine/partition.js";
import type { PolicyBundle } from "./engine/policy-set.js";
import { orderFindings, type Finding } from "./findings.js";
import { ModelBuilder, type FileProblem } from "./load/builder.js";
import { readSource } from "./load/read.js";
import type { Model, PolicyInput, ZoweVersion } from "./load/model.js";
import { SourceFile, type YamlDocument } from "./load/yaml.js";
import { KUSTOMIZATION_FILES, renderKustomizations } from "./render/kustomize.js";
import { locate } from "./locate.js";
import { DIAGNOSTICS, type RuleMeta } from "./rules.js";
import { configuredZoweSchemas } from "./zowe/zowe-schemas.js";

export type { PolicyBundle };

export interface ScanOptions {
  paths: readonly string[];
  cwd: string;
  zoweVersion: ZoweVersion;
  config: Config;
  /** The day exceptions are judged against (default: now). */
  now?: Date;
  baseline?: { baseline: Baseline; file: string };
}

export interface ScanResult {
  /** What is reported, in report order. */
  findings: Finding[];
  /** Findings an inline comment, an exception or the baseline covers: kept for JSON and SARIF. */
  suppressed: Finding[];
  fixedSinceBaseline: BaselineEntry[];
  /** Files read, and of their documents those that were checked. */
  stats: { files: number; zoweConfigs: number; kubernetesObjects: number };
  notices: string[];
  /** The model the policy evaluated (for views such as the HA topology). */
  input: PolicyInput;
  /** For each configuration of input.zowe, the file it is written in (its highest-priority layer). */
  zoweFiles: string[];
}

function diagnosticFinding(
  rule: RuleMeta,
  file: SourceFile | string,
  message: string,
  region = { line: 1, column: 1, endLine: 1, endColumn: 1 },
): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message,
    file: typeof file === "string" ? file : file.path,
    ...region,
    path: [],
  };
}

const PROBLEM_RULES = {
  syntax: DIAGNOSTICS.yamlSyntax,
  depth: DIAGNOSTICS.inputLimit,
  tag: DIAGNOSTICS.yamlTag,
  yaml11: DIAGNOSTICS.ambiguousScalar,
} as const;

/** Helm and Go templates are not YAML until rendered; a parse failure there is expected. */
function looksLikeTemplate(text: string): boolean {
  return /\{\{[-\s]/.test(text);
}

/** Every policy of the bundle on the model, each violation located in the files. */
export async function evaluatePolicies(bundle: PolicyBundle, model: Model): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const source of bundle.sources) {
    const parts = source.scope === "namespace" ? partitionInput(model.input) : wholeInput(model.input);
    for (const v of await source.policy.evaluate(parts)) findings.push(locate(v, model, source));
  }
  return findings;
}

export async function scan(options: ScanOptions, bundle: PolicyBundle): Promise<ScanResult> {
  const { config } = options;
  checkRuleSettings(config, bundle.catalogue);
  const discovered = discover(options.paths, options.cwd);
  const notices = [...discovered.notices];
  const layerFiles = new Set(config.layerGroups.flat());
  const checked = fileFilter(config);
  const files = discovered.files.filter((f) => layerFiles.has(f) || checked(f));
  const findings: Finding[] = [];
  const zoweSchemas = configuredZoweSchemas(config);
  const builder = new ModelBuilder({
    zoweVersion: options.zoweVersion,
    layerGroups: config.layerGroups,
    kubernetes: config.kubernetes,
    ...(zoweSchemas ? { zoweSchemas } : {}),
  });
  const show = (path: string) => relative(options.cwd, path).split(sep).join("/") || ".";
  const kustomize = await renderKustomizations(files, notices, show);
  const kustomizationDocs = new Map<string, YamlDocument>();
  // Suppression comments are read with the file, so that the filter need not read it again.
  const comments = new Map<string, InlineSuppression[]>();
  const reportProblem = (problem: FileProblem, context = "") =>
    findings.push(
      diagnosticFinding(PROBLEM_RULES[problem.kind], problem.file, context + problem.message, problem.region),
    );

  for (const absolute of files) {
    const shown = show(absolute);
    const read = readSource(absolute, config.limits);
    if ("unreadable" in read) {
      findings.push(diagnosticFinding(DIAGNOSTICS.unreadable, shown, read.unreadable));
      continue;
    }
    if ("refused" in read) {
      findings.push(diagnosticFinding(DIAGNOSTICS.inputLimit, shown, read.refused, read.region));
      continue;
    }
    const { text } = read;
    comments.set(shown, parseInlineSuppressions(text));
    const source = new SourceFile(shown, text, config.limits);
    if (source.problems.some((p) => p.kind === "syntax") && looksLikeTemplate(text)) {
      findings.push(
        diagnosticFinding(
          DIAGNOSTICS.template,
          source,
          "template syntax: not checked (check the rendered manifests instead)",
        ),
      );
      continue;
    }
    for (const problem of builder.add(source, absolute, kustomize.replaces(absolute))) reportProblem(problem);
    const [first] = source.documents;
    if (first && KUSTOMIZATION_FILES.has(basename(absolute))) kustomizationDocs.set(dirname(absolute), first);
  }
  for (const { dir, text } of kustomize.outputs) {
    const kustomization = kustomizationDocs.get(dir);
    if (!kustomization) continue;
    const output = new SourceFile(kustomization.file.path, text, undefined, () => ({
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    }));
    for (const problem of builder.addRendered(output, kustomization, show(dir)))
      reportProblem(problem, "kustomize output: ");
  }

  // A layer outside the paths checked this time is not missing; one that does not exist is.
  for (const missing of builder.missingLayers().filter((file) => !existsSync(file))) {
    notices.push(`${config.file ?? "configuration"}: layer file ${show(missing)} does not exist`);
  }
  const { model, problems } = builder.finish();
  for (const problem of problems) reportProblem(problem);
  findings.push(...(await evaluatePolicies(bundle, model)));

  const filtered = await suppress(applyRuleSettings(findings, config), {
    config,
    cwd: options.cwd,
    now: options.now ?? new Date(),
    ...(options.baseline ? { baseline: options.baseline } : {}),
    comments,
  });
  return {
    findings: orderFindings(filtered.findings),
    suppressed: orderFindings(filtered.suppressed),
    fixedSinceBaseline: filtered.fixedSinceBaseline,
    stats: { files: files.length, zoweConfigs: model.zowe.length, kubernetesObjects: model.kubernetes.length },
    notices,
    input: model.input,
    zoweFiles: model.zowe.map((z) => z.layers[0]?.file.path ?? ""),
  };
}
