/**
 * The pipeline both front ends share, one stage after another:
 * discover → render → load → model → evaluate → locate → filter, and the front end reports.
 * Each stage lives in its folder (src/<stage>/stage.ts; evaluate in src/engine/) and hands the
 * next what it made; problems found on the way are findings, and things passed over notices.
 */
import { checkRuleSettings } from "../config/apply.js";
import { ConfigError, type Config } from "../config/config.js";
import { orderFindings, type Finding } from "../core/findings.js";
import { shownPath } from "../core/paths.js";
import { discoverStage } from "../discover/stage.js";
import { evaluateStage } from "../engine/evaluate.js";
import type { PolicyBundle } from "../engine/policy-set.js";
import type { TopologyFacts } from "../engine/topology.js";
import type { Baseline, BaselineEntry } from "../filter/baseline.js";
import { filterStage } from "../filter/stage.js";
import { loadStage } from "../load/stage.js";
import { locateStage, type LocatedViolation } from "../locate/stage.js";
import type { Model, PolicyInput, ZoweVersion } from "../model/model.js";
import { modelStage } from "../model/stage.js";
import type { ChartOptions } from "../render/charts.js";
import type { RenderContext } from "../render/rendered.js";
import { renderStage } from "../render/stage.js";

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

export async function scan(options: ScanOptions, bundle: PolicyBundle): Promise<ScanResult> {
  const { config, cwd } = options;
  checkRuleSettings(config, bundle.catalogue);
  const show = (path: string) => shownPath(cwd, path);

  const discovered = discoverStage(options.paths, cwd, config);
  const rendered = await renderStage(discovered.files, renderContext(config, show), chartOptions(config, cwd));
  const loaded = loadStage(discovered, rendered.consumed, config, show);
  const { model, ...modelled } = await modelStage(loaded, rendered.units, {
    ...(options.zoweVersion !== undefined ? { zoweVersion: options.zoweVersion } : {}),
    config,
    show,
  });
  const evaluated = await evaluateStage(bundle, model, options.topology === true);
  const located = locateStage(evaluated, model);
  const filtered = await filterStage(
    [
      ...discovered.findings,
      ...rendered.findings,
      ...loaded.findings,
      ...modelled.findings,
      ...located.map((l) => l.finding),
    ],
    {
      config,
      cwd,
      now: options.now ?? new Date(),
      ...(options.baseline ? { baseline: options.baseline } : {}),
      comments: loaded.comments,
    },
  );

  return {
    findings: orderFindings(filtered.findings),
    suppressed: orderFindings(filtered.suppressed),
    fixedSinceBaseline: filtered.fixedSinceBaseline,
    stats: {
      files: discovered.files.length,
      zoweConfigs: model.zowe.length,
      kubernetesObjects: model.kubernetes.length,
    },
    notices: [...discovered.notices, ...rendered.notices, ...loaded.notices, ...modelled.notices],
    input: {
      ...model.input,
      kubernetes: model.input.kubernetes.slice(0, model.ownObjects),
      units: model.input.units.slice(0, model.ownObjects),
    },
    ...(evaluated.topology ? { topology: topologyScan(evaluated.topology, located, model) } : {}),
  };
}

export function topologyScan(facts: TopologyFacts, located: LocatedViolation[], model: Model): TopologyScan {
  return { facts, zoweFiles: model.zowe.map((z) => z.layers[0]?.file.path ?? ""), located };
}

function renderContext(config: Config, show: (path: string) => string): RenderContext {
  return { show, limits: config.limits, pathVariable: process.env.PATH ?? "" };
}

function chartOptions(config: Config, cwd: string): ChartOptions {
  return {
    helm: config.helm,
    root: cwd,
    // A values file the configuration names for a chart that cannot be read is the configuration's error.
    configProblem: (path, message) => {
      const { line, column } = config.locate(path);
      throw new ConfigError(`invalid configuration\n  ${config.file}:${line}:${column}: ${message}`);
    },
  };
}
