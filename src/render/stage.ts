/**
 * The render stage: what Kustomize and Helm make of the repository's kustomizations and charts,
 * which is what a cluster receives, in place of the files they are built from.
 */
import { renderCharts, type ChartOptions } from "./charts.js";
import { renderKustomizations } from "./kustomize.js";
import type { RenderContext, RenderResult } from "./rendered.js";

export type { RenderContext, RenderResult } from "./rendered.js";

export async function renderStage(
  files: readonly string[],
  context: RenderContext,
  charts: ChartOptions,
): Promise<RenderResult> {
  const helm = await renderCharts(files, context, charts);
  // A kustomization inside a chart is the chart's business.
  const kustomize = await renderKustomizations(
    files.filter((f) => !helm.consumed.has(f)),
    context,
  );
  const results = [helm, kustomize];
  return {
    units: results.flatMap((r) => r.units),
    consumed: new Set(results.flatMap((r) => [...r.consumed])),
    findings: results.flatMap((r) => r.findings),
    notices: results.flatMap((r) => r.notices),
  };
}
