/**
 * Helm charts in the render stage: every chart among the files rendered with `helm template`,
 * once with its values.yaml and once per environment (src/render/helm/plan.ts), each render a
 * deployment unit whose objects are located in the chart's values files and templates. The
 * chart's files are never checked as written: without helm, one notice per chart says how to get
 * it checked, and a chart that does not render is a finding at the line Helm names.
 */
import type { PathSegment } from "../core/findings.js";
import { classify, type KubernetesObjectSource } from "../load/classify.js";
import { fileFinding, problemFinding } from "../load/load-file.js";
import type { Embedded, Locatable, Placed } from "../load/yaml.js";
import { DIAGNOSTICS } from "../core/rules.js";
import { findHelm, planCharts, renderEnvironments, type HelmOptions, type RenderedDocument } from "./helm.js";
import { emptyRender, type RenderContext, type RenderResult } from "./rendered.js";

export interface ChartOptions {
  helm: HelmOptions;
  /** Nothing outside this folder is read (the repository, or the working directory). */
  root: string;
  /** A mistake in the `helm:` section of the configuration, at its key path. */
  configProblem: (path: PathSegment[], message: string) => never;
}

/** A rendered document as the model reads it: every place in the chart's files, as shown to the user. */
class ChartDocument implements Locatable {
  constructor(
    private readonly document: RenderedDocument,
    private readonly show: (path: string) => string,
  ) {}

  get value(): unknown {
    return this.document.value;
  }

  place(path: readonly PathSegment[]): Placed {
    const { file, region, path: found } = this.document.locate(path);
    return { file: this.show(file), region, path: found };
  }

  embedded(path: readonly PathSegment[]): Embedded | undefined {
    const embedded = this.document.embedded(path);
    if (!embedded) return undefined;
    const at = this.show(this.document.locate(path).file);
    return {
      text: embedded.text,
      file: at,
      embedding: (region) => {
        const { file, region: written } = embedded.locate(region);
        return { ...written, file: this.show(file) };
      },
    };
  }
}

export async function renderCharts(
  files: readonly string[],
  context: RenderContext,
  options: ChartOptions,
): Promise<RenderResult> {
  const result = emptyRender();
  const { show } = context;
  const plan = planCharts(files, { show, helm: options.helm });
  const [problem] = plan.configProblems;
  if (problem) options.configProblem(problem.path, problem.message);
  for (const file of plan.consumed) result.consumed.add(file);
  for (const { chartFile, reason } of plan.skipped)
    result.notices.push(`${show(chartFile)}: not rendered alone: ${reason}`);
  if (plan.environments.length === 0) return result;

  const helm = await findHelm(context.pathVariable);
  if (!helm) {
    for (const chart of new Set(plan.environments.map((e) => e.chart))) {
      result.notices.push(
        `${show(chart.chartFile)}: Helm chart not checked: helm is not on PATH (GitHub's hosted runners have it; ` +
          "elsewhere install Helm 3 or 4), and its templates are only YAML once rendered",
      );
    }
    return result;
  }
  const renders = await renderEnvironments(helm, plan.environments, {
    root: options.root,
    show,
    limits: context.limits,
  });
  for (const render of renders) {
    if ("error" in render) {
      result.findings.push(
        fileFinding(
          DIAGNOSTICS.renderFailed,
          show(render.at.file),
          `helm template ${render.environment.name} failed, so nothing it renders was checked: ${render.error}`,
          render.at.region,
        ),
      );
      continue;
    }
    for (const p of render.problems) result.findings.push(problemFinding(show(p.file), p, "rendered by Helm: "));
    result.notices.push(...render.notes);
    const objects: KubernetesObjectSource[] = [];
    for (const document of render.documents) {
      const c = classify(new ChartDocument(document, show));
      if (c.kind === "kubernetes") objects.push(...c.objects);
    }
    result.units.push({ unit: render.environment.name, objects });
  }
  return result;
}
