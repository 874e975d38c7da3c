/**
 * The `helm:` section of .zowe-ha-policy.yaml: for a chart, the environments to render (each a
 * values file, or values files applied in order) and the release name and namespace.
 *
 * ```yaml
 * helm:
 *   charts:
 *     charts/zowe:                # the chart folder, relative to the configuration file
 *       values:                   # relative to the chart folder; each item is one environment
 *         - values.yaml           # the chart's defaults alone
 *         - values-prod.yaml
 *         - [values-common.yaml, values-dev.yaml]
 *       release: zowe             # default: the chart's name
 *       namespace: zowe           # default: Helm's (default)
 * ```
 *
 * Without `values`, a chart renders with its values.yaml alone and with each values-<env>.yaml
 * (or values.<env>.yaml) beside it.
 */
import { resolve } from "node:path";

/** The section as the schema admits it. */
export interface RawHelmOptions {
  charts?: Record<string, { values?: Array<string | string[]>; release?: string; namespace?: string }>;
}

export interface HelmChartOptions {
  /** The chart folder as written, to point at the configuration when it is wrong. */
  key: string;
  /** Environments: each the values files (absolute) given after values.yaml, in order; [] is values.yaml alone. */
  environments?: string[][];
  release?: string;
  namespace?: string;
}

export interface HelmOptions {
  /** By absolute chart folder. */
  charts: ReadonlyMap<string, HelmChartOptions>;
}

export const NO_HELM_OPTIONS: HelmOptions = { charts: new Map() };

/**
 * The options from the validated section; paths resolve against dir (the configuration file's
 * folder for charts, each chart's folder for its values files). Naming values.yaml as an
 * environment means the chart's defaults alone: Helm reads that file anyway.
 */
export function helmOptions(raw: RawHelmOptions | undefined, dir: string): HelmOptions {
  const charts = new Map<string, HelmChartOptions>();
  for (const [key, chart] of Object.entries(raw?.charts ?? {})) {
    const folder = resolve(dir, key);
    const options: HelmChartOptions = { key };
    if (chart.values) {
      options.environments = chart.values.map((entry) =>
        (typeof entry === "string" ? [entry] : entry)
          .map((file) => resolve(folder, file))
          .filter((file) => file !== resolve(folder, "values.yaml")),
      );
    }
    if (chart.release !== undefined) options.release = chart.release;
    if (chart.namespace !== undefined) options.namespace = chart.namespace;
    charts.set(folder, options);
  }
  return { charts };
}
