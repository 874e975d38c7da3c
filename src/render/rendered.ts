/** What the render stage gives the pipeline: deployment units of rendered objects, and what it consumed. */
import type { Finding } from "../core/findings.js";
import type { KubernetesObjectSource } from "../load/classify.js";
import type { ParseLimits } from "../load/yaml.js";
import type { ReadLimits } from "../load/read.js";

export interface RenderedUnit {
  /** The deployment unit: a rendered kustomization folder or a Helm release, as shown to the user. */
  unit: string;
  /** Its objects, each located in the files it was rendered from. */
  objects: KubernetesObjectSource[];
}

export interface RenderResult {
  units: RenderedUnit[];
  /** Files (absolute paths) a render was built from: checked as rendered, not as written. */
  consumed: Set<string>;
  /** Problems of the files a render read, and renders that failed. */
  findings: Finding[];
  notices: string[];
}

export interface RenderContext {
  /** A path as reports show it. */
  show: (absolute: string) => string;
  limits: ReadLimits & ParseLimits;
  /** The PATH to find renderers on. */
  pathVariable: string;
}

export function emptyRender(): RenderResult {
  return { units: [], consumed: new Set(), findings: [], notices: [] };
}
