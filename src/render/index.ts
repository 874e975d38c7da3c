/**
 * The render stage: what Kustomize and Helm make of the repository's kustomizations and charts,
 * which is what a cluster receives, in place of the files they are built from.
 */
import { renderKustomizations } from "./kustomize.js";
import type { RenderContext, RenderResult } from "./rendered.js";

export type { RenderContext, RenderResult } from "./rendered.js";

export async function renderStage(files: readonly string[], context: RenderContext): Promise<RenderResult> {
  const results = [await renderKustomizations(files, context)];
  return {
    units: results.flatMap((r) => r.units),
    consumed: new Set(results.flatMap((r) => [...r.consumed])),
    findings: results.flatMap((r) => r.findings),
    notices: results.flatMap((r) => r.notices),
  };
}
