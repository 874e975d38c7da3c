/**
 * The pipeline both front ends share, stage by stage:
 * discover → render → load → model → evaluate (each violation located) → filter → order.
 */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { applyRuleSettings, checkRuleSettings, fileFilter } from "./config/apply.js";
import { ConfigError, type Config } from "./config/config.js";
import { discover } from "./discover.js";
import type { Baseline, BaselineEntry } from "./filter/baseline.js";
import { suppress } from "./filter/suppress.js";
import { TOPOLOGY_ENTRYPOINT } from "./engine/entrypoint.js";
import { partitionInput, wholeInput } from "./engine/partition.js";
import type { Violation } from "./engine/policy.js";
import type { PolicyBundle } from "./engine/policy-set.js";
import { TopologyView, type TopologyFacts } from "./engine/topology.js";
import { orderFindings, type Finding } from "./findings.js";
import { ModelBuilder } from "./load/builder.js";
import { fileFinding } from "./load/load-file.js";
import { loadFiles } from "./load/load-stage.js";
import type { Model, PolicyInput, ZoweVersion } from "./load/model.js";
import type { UnitOptions } from "./load/units.js";
import { renderStage } from "./render/index.js";
import { locate } from "./locate.js";
import { DIAGNOSTICS } from "./rules.js";
import { layering } from "./zowe/layering.js";

export type { PolicyBundle };

export interface ScanOptions {
  paths: readonly string[];
  cwd: string;
  /** The Zowe version the user states; without it each configuration's files tell, else 3 is assumed. */
  zoweVersion?: ZoweVersion;
  config: Config;
  /** The day exceptions are judged against (default: now). */
  now?: Date;
  baseline?: { baseline: Baseline; file: string };
  /** Compute the HA topology (policies/views/topology.rego) for the reports that draw it (markdown). */
  topology?: boolean;
}

/** What the reports draw the HA topology from: the bundled policy's view and what the findings are about. */
export interface TopologyScan {
  facts: TopologyFacts;
  /** For each configuration of input.zowe, the file it is written in (its highest-priority layer). */
  zoweFiles: string[];
  /** Every violation with the finding it became (before the filter): a finding reported marks what its violation is about. */
  located: LocatedViolation[];
}

export interface LocatedViolation {
  violation: Violation;
  finding: Finding;
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
  /** The model the policy evaluated (bench/model.mjs dumps it), without the units' context copies. */
  input: PolicyInput;
  /** When the scan was asked for it. */
  topology?: TopologyScan;
}

/**
 * Every policy of the bundle on the model, each violation located in the files; with topology,
 * the bundled policy's topology view on the same parts, and each violation kept with its finding.
 */
export async function evaluatePolicies(
  bundle: PolicyBundle,
  model: Model,
  topology = false,
): Promise<{ findings: Finding[]; topology?: TopologyScan }> {
  const findings: Finding[] = [];
  const located: LocatedViolation[] = [];
  let facts: TopologyFacts | undefined;
  for (const source of bundle.sources) {
    const parts = source.scope === "namespace" ? partitionInput(model.input) : wholeInput(model.input);
    const view =
      topology && facts === undefined && source.policy.provides(TOPOLOGY_ENTRYPOINT)
        ? new TopologyView(source.name, model.ownObjects)
        : undefined;
    for (const violation of await source.policy.evaluate(parts, view)) {
      if (violation.object !== undefined && violation.object >= model.ownObjects) continue;
      const finding = locate(violation, model, source);
      findings.push(finding);
      if (topology) located.push({ violation, finding });
    }
    if (view) facts = view.facts();
  }
  if (!topology) return { findings };
  return {
    findings,
    topology: {
      facts: facts ?? { sysplexes: [], workloads: [] },
      zoweFiles: model.zowe.map((z) => z.layers[0]?.file.path ?? ""),
      located,
    },
  };
}

/** The folder that a `kubernetes.units` glob lists for a folder: itself or its deepest listed ancestor. */
function listedUnits(config: Config): UnitOptions["listedUnit"] {
  if (config.kubernetesUnits.length === 0) return () => undefined;
  const listed = picomatch(config.kubernetesUnits, { dot: true });
  const cache = new Map<string, string | undefined>();
  const lookup = (folder: string): string | undefined => {
    if (cache.has(folder)) return cache.get(folder);
    const rel = relative(config.dir, folder).split(sep).join("/");
    let found: string | undefined;
    if (rel !== "" && !rel.startsWith("..")) found = listed(rel) ? folder : lookup(resolve(folder, ".."));
    cache.set(folder, found);
    return found;
  };
  return lookup;
}

export async function scan(options: ScanOptions, bundle: PolicyBundle): Promise<ScanResult> {
  const { config, cwd } = options;
  checkRuleSettings(config, bundle.catalogue);
  const show = (path: string) => relative(cwd, path).split(sep).join("/") || ".";

  // discover
  const discovered = discover(options.paths, cwd);
  const notices = [...discovered.notices];
  const declaredLayers = new Set(config.layerGroups.flat());
  const checked = fileFilter(config);
  const files = discovered.files.filter((f) => declaredLayers.has(f) || checked(f));
  const others = discovered.others.filter(checked);

  // render
  const rendered = await renderStage(
    files,
    { show, limits: config.limits, pathVariable: process.env.PATH ?? "" },
    {
      helm: config.helm,
      root: cwd,
      configProblem: (path, message) => {
        const { line, column } = config.locate(path);
        throw new ConfigError(`invalid configuration\n  ${config.file}:${line}:${column}: ${message}`);
      },
    },
  );
  notices.push(...rendered.notices);

  // load
  const loaded = loadFiles(
    files.filter((f) => !rendered.consumed.has(f)),
    others,
    show,
    config.limits,
  );
  const layers = layering(config.layerGroups, loaded.configLists, [...files, ...others], show);
  notices.push(...layers.notices);
  // A PARMLIB member named as a layer may have no .yaml extension: read it as YAML too.
  const unread = layers.groups.flatMap((g) => g.files).filter((f) => !files.includes(f) && others.includes(f));
  const layerFiles = loadFiles(unread, [], show, config.limits);

  // model
  const findings = [
    ...discovered.unreadable.map(({ path, reason, folder }) =>
      fileFinding(folder ? DIAGNOSTICS.unreadableFolder : DIAGNOSTICS.unreadable, path, reason),
    ),
    ...rendered.findings,
    ...loaded.findings,
    ...layerFiles.findings,
    ...layers.findings,
  ];
  // Zowe's own schemas need ajv, loaded only when the configuration names them.
  const zoweSchemas = config.zoweSchemas
    ? (await import("./zowe/zowe-schemas.js")).configuredZoweSchemas(config)
    : undefined;
  const builder = new ModelBuilder({
    ...(options.zoweVersion !== undefined ? { zoweVersion: options.zoweVersion } : {}),
    kubernetes: config.kubernetes,
    units: { listedUnit: listedUnits(config), show },
    ...(zoweSchemas ? { zoweSchemas } : {}),
  });
  for (const { absolute, source } of [...loaded.sources, ...layerFiles.sources])
    findings.push(...builder.add(source, absolute));
  for (const unit of rendered.units) findings.push(...builder.addRendered(unit));
  const { model, findings: modelFindings, missingLayers } = builder.finish(layers.groups);
  findings.push(...modelFindings);
  // A layer outside the paths checked this time is not missing; one that does not exist is.
  for (const missing of missingLayers.filter((file) => !existsSync(file))) {
    notices.push(`${config.file ?? "configuration"}: layer file ${show(missing)} does not exist`);
  }

  // evaluate
  const evaluated = await evaluatePolicies(bundle, model, options.topology === true);
  findings.push(...evaluated.findings);

  // filter
  const filtered = await suppress(applyRuleSettings(findings, config), {
    config,
    cwd,
    now: options.now ?? new Date(),
    ...(options.baseline ? { baseline: options.baseline } : {}),
    comments: new Map([...loaded.comments, ...layerFiles.comments]),
  });
  return {
    findings: orderFindings(filtered.findings),
    suppressed: orderFindings(filtered.suppressed),
    fixedSinceBaseline: filtered.fixedSinceBaseline,
    stats: { files: files.length, zoweConfigs: model.zowe.length, kubernetesObjects: model.kubernetes.length },
    notices,
    input: {
      ...model.input,
      kubernetes: model.input.kubernetes.slice(0, model.ownObjects),
      units: model.input.units.slice(0, model.ownObjects),
    },
    ...(evaluated.topology ? { topology: evaluated.topology } : {}),
  };
}
