/**
 * Helm charts are checked as what they render, and findings point back into the chart.
 *
 * The pipeline's use, in order:
 *
 * 1. `planCharts(files, { show, helm })` — from the discovered files (absolute paths): the
 *    environments to render (a chart with its values.yaml alone, and with each values-<env>.yaml
 *    or each configured values file; subcharts render with their parent), the set of discovered
 *    files the renders consume (never checked as written: templates, values files, subcharts),
 *    library charts not rendered, and mistakes in the `helm:` configuration.
 * 2. `findHelm(PATH)` — the helm executable, or undefined (then one notice per chart).
 * 3. `renderEnvironments(helm, plan.environments, { root, show, limits })` — `helm template` per
 *    environment (helm 3 or 4; a copy of the chart in a temporary folder, no network, a timeout,
 *    an output cap). Each result is either
 *    - `{ environment, documents, problems, notes }`: each document's `value` is a parsed
 *      Kubernetes object (or List); `problems` are rendered documents that do not parse, at the
 *      template that wrote them; `notes` name links that were not followed; or
 *    - `{ environment, error, at }`: Helm's message (a missing dependency, a template error),
 *      to report at `at` (the template line Helm names, else Chart.yaml).
 * 4. For a finding on a document: `document.locate(path)` → `{ file, region, path, from }`: the
 *    values file line that sets the value when the template takes it from `.Values` (the
 *    environment's file if it sets it, else values.yaml; a subchart's values in its parent's
 *    files first), else the template line that wrote the key, else the document's first line in
 *    its template (`from` says which). A path that does not exist is located at its nearest
 *    existing ancestor (`path` is the part found). Files are absolute, never temporary.
 * 5. For a zowe.yaml in a ConfigMap: `document.embedded(["data", "zowe.yaml"])` → `{ text,
 *    locate(region) }`: parse `text` as the Zowe configuration; `locate` maps a region of it to
 *    the template line that wrote that line, or the values line for a line that takes its value
 *    from `.Values`.
 *
 * Locating costs nothing until asked: a document's template is read and aligned with it on its
 * first finding.
 */
export {
  findHelm,
  renderEnvironments,
  type Helm,
  type HelmProblem,
  type HelmRender,
  type RenderOptions,
} from "./helm/render.js";
export { planCharts, type ChartNode, type HelmEnvironment, type HelmPlan } from "./helm/plan.js";
export type { HelmEmbedded, HelmLocation, RenderedDocument } from "./helm/document.js";
export {
  helmOptions,
  NO_HELM_OPTIONS,
  type HelmChartOptions,
  type HelmOptions,
  type RawHelmOptions,
} from "./helm/options.js";
