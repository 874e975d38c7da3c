/**
 * Runs `helm template` for each environment of the plan and reads what it writes: one document
 * per `# Source: <chart>/templates/<file>` section, parsed with the project's reader, each able to
 * say where its values are written in the chart.
 */
import { execFile } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { mkdtemp, realpath, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join, sep } from "node:path";
import type { Region } from "../../core/findings.js";
import { readTarGz } from "../../engine/tar.js";
import { DEFAULT_READ_LIMITS } from "../../load/read.js";
import { SourceFile, splitDocuments, type ParseLimits, type SyntaxProblem } from "../../load/yaml.js";
import { HelmDocument, SegmentMapper, type RenderContext, type RenderedDocument } from "./document.js";
import type { ChartNode, HelmEnvironment } from "./plan.js";
import { stageChart, StageError, type Staged } from "./stage.js";
import { findOnPath } from "../executable.js";
import { analyseTemplate, type TemplateModel } from "./template.js";
import { ValuesChain, ValuesFiles, type ValuesLayer } from "./values.js";
import { isObject } from "../../core/json.js";

export interface Helm {
  command: string;
}

/** A render takes a second; a chart that takes minutes is stuck (or hostile). */
const RENDER_TIMEOUT_MS = 60_000;
/** Far above a chart's manifests (Zowe's: ~40 KiB): output beyond it is refused, not parsed. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
const MAX_MESSAGE_LINES = 5;

/** The helm executable on PATH. */
export async function findHelm(pathVariable = process.env.PATH ?? ""): Promise<Helm | undefined> {
  const names = process.platform === "win32" ? ["helm.exe", "helm"] : ["helm"];
  const command = await findOnPath(names, pathVariable);
  return command === undefined ? undefined : { command };
}

/** A problem in a rendered document (it does not parse, nests too deep), at the chart file that wrote it. */
export interface HelmProblem {
  kind: SyntaxProblem["kind"];
  message: string;
  file: string;
  region: Region;
}

export type HelmRender =
  | {
      environment: HelmEnvironment;
      documents: RenderedDocument[];
      problems: HelmProblem[];
      /** Things to tell the user: links in the chart that were not followed. */
      notes: string[];
    }
  | {
      environment: HelmEnvironment;
      /** Helm's message, first lines, temporary paths replaced by the chart's. */
      error: string;
      /** Where to report it: the template line Helm names, else the chart's Chart.yaml. */
      at: { file: string; region: Region };
    };

export interface RenderOptions {
  /** Nothing outside this folder is read: links that leave it are not followed. */
  root: string;
  /** How paths are shown in messages. */
  show: (path: string) => string;
  limits?: ParseLimits;
}

/**
 * Renders the environments, several at a time, each chart copied once for all of its
 * environments; results in the order given. One failing never stops the others.
 */
export async function renderEnvironments(
  helm: Helm,
  environments: readonly HelmEnvironment[],
  options: RenderOptions,
): Promise<HelmRender[]> {
  const root = await realpath(options.root);
  const models = new Map<string, TemplateModel | undefined>();
  const model = (template: string, member?: string): TemplateModel | undefined => {
    const key = member === undefined ? template : `${template}\0${member}`;
    if (!models.has(key)) {
      const text = member === undefined ? readText(template) : readMember(template, member);
      models.set(key, text === undefined ? undefined : analyseTemplate(text));
    }
    return models.get(key);
  };
  const values = new ValuesFiles(options.limits);
  const stages = new Map<ChartNode, { work: Promise<string>; staged: Promise<Staged | StageError>; left: number }>();
  for (const e of environments) {
    const entry = stages.get(e.chart);
    if (entry) entry.left += 1;
    else {
      const work = mkdtemp(join(tmpdir(), "zhp-helm-"));
      const staged = work.then((w) => {
        try {
          return stageChart(e.chart, root, w);
        } catch (error) {
          return error instanceof StageError ? error : new StageError((error as Error).message);
        }
      });
      stages.set(e.chart, { work, staged, left: 1 });
    }
  }
  const results: HelmRender[] = new Array(environments.length);
  let next = 0;
  const worker = async () => {
    while (next < environments.length) {
      const index = next++;
      const environment = environments[index] as HelmEnvironment;
      const stage = stages.get(environment.chart);
      if (!stage) continue;
      const work = await stage.work;
      try {
        const staged = await stage.staged;
        results[index] =
          staged instanceof StageError
            ? chartError(environment, staged.message)
            : await renderOne(helm, environment, staged, work, root, { ...options, model, values });
      } finally {
        stage.left -= 1;
        if (stage.left === 0) await rm(work, { recursive: true, force: true });
      }
    }
  };
  const workers = Math.max(1, Math.min(4, availableParallelism()));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

/** A template is read for locating as any file is checked: within the size limit. */
function readText(file: string): string | undefined {
  try {
    return statSync(file).size <= DEFAULT_READ_LIMITS.maxFileBytes ? readFileSync(file, "utf8") : undefined;
  } catch {
    return undefined;
  }
}

/** Bounds for reading a template out of a packaged subchart, which is as untrusted as the rest of the repository. */
const ARCHIVE_LIMITS = { uncompressed: 64 * 1024 * 1024, member: 4 * 1024 * 1024 };

function readMember(archive: string, member: string): string | undefined {
  try {
    const data = readTarGz(readFileSync(archive), [member], ARCHIVE_LIMITS).get(member);
    return data ? new TextDecoder().decode(data) : undefined;
  } catch {
    return undefined;
  }
}

function chartError(environment: HelmEnvironment, error: string): HelmRender {
  return { environment, error, at: { file: environment.chart.chartFile, region: firstLine() } };
}

function firstLine(): Region {
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Helm's own folders in the temporary folder: no user repositories, plugins, registry logins or kubeconfig. */
function helmProcessEnvironment(work: string): NodeJS.ProcessEnv {
  const home = join(work, "home");
  return {
    HOME: home,
    HELM_CACHE_HOME: join(home, "cache"),
    HELM_CONFIG_HOME: join(home, "config"),
    HELM_DATA_HOME: join(home, "data"),
    KUBECONFIG: join(home, "kubeconfig"),
    ...(process.platform === "win32" && process.env.SystemRoot ? { SystemRoot: process.env.SystemRoot } : {}),
  };
}

interface RenderEnv extends RenderOptions {
  model: (template: string) => TemplateModel | undefined;
  values: ValuesFiles;
}

async function renderOne(
  helm: Helm,
  environment: HelmEnvironment,
  staged: Staged,
  work: string,
  root: string,
  options: RenderEnv,
): Promise<HelmRender> {
  const { chart } = environment;
  const valuesArgs: string[] = [];
  for (const file of environment.valuesFiles) {
    let real: string;
    try {
      real = await realpath(file);
    } catch {
      return chartError(environment, `${options.show(file)}: cannot be read`);
    }
    if (!inside(root, real)) return chartError(environment, `${options.show(file)} is outside ${options.show(root)}`);
    valuesArgs.push("--values", real);
  }
  const args = [
    "template",
    environment.release,
    staged.dir,
    "--skip-tests",
    ...(environment.namespace ? ["--namespace", environment.namespace] : []),
    ...valuesArgs,
  ];
  const run = await new Promise<{ stdout: string } | { failure: string }>((resolve) => {
    execFile(
      helm.command,
      args,
      {
        cwd: work,
        env: helmProcessEnvironment(work),
        timeout: RENDER_TIMEOUT_MS,
        maxBuffer: MAX_OUTPUT_BYTES,
        encoding: "utf8",
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout });
        const e = error as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER")
          return resolve({ failure: `helm template wrote more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB` });
        if (e.killed) return resolve({ failure: `helm template did not finish within ${RENDER_TIMEOUT_MS / 1000} s` });
        resolve({ failure: stderr.trim() || e.message });
      },
    );
  });
  const notes = staged.notFollowed.map(
    (p) => `${options.show(p)}: a symbolic link out of ${options.show(root)} (or a broken one), not followed`,
  );
  if ("failure" in run) {
    const error = cleanMessage(run.failure, staged, work, options.show);
    return { environment, error, at: errorPosition(error, chart) ?? { file: chart.chartFile, region: firstLine() } };
  }
  const chains = new Map<ChartNode, ValuesChain>();
  const contextOf = (node: ChartNode, names: readonly string[]): RenderContext => {
    let chain = chains.get(node);
    if (!chain) {
      chain = valuesChain(environment, names, options.values);
      chains.set(node, chain);
    }
    const context: RenderContext = { chart: node, chartFile: chart.chartFile, values: chain, model: options.model };
    if (node.archive) {
      const parent = names.slice(0, -1).reduce<ChartNode | undefined>((n, name) => n?.children.get(name), chart);
      const entry = parent && dependencyEntry(parent, names[names.length - 1] ?? node.name);
      context.packaged = {
        ...(entry ?? { file: (parent ?? chart).chartFile, region: firstLine() }),
        from: "chart",
      };
    }
    return context;
  };
  const documents: RenderedDocument[] = [];
  const problems: HelmProblem[] = [];
  const byTemplate = new Map<string, SegmentMapper[]>();
  for (const segment of splitDocuments(run.stdout)) {
    const lines = segment.text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
    const source = lines
      .find((l) => l.startsWith("# Source: "))
      ?.slice("# Source: ".length)
      .trim();
    const found = source ? templateOf(chart, source) : undefined;
    const template = found?.file ?? chart.chartFile;
    const earlier = byTemplate.get(template) ?? [];
    const mapper = new SegmentMapper(
      template,
      lines,
      contextOf(found?.node ?? chart, found?.names ?? []),
      earlier,
      found?.member,
    );
    byTemplate.set(template, [...earlier, mapper]);
    const parsed = new SourceFile(template, segment.text, options.limits);
    for (const p of parsed.problems) {
      const at = mapper.locate(p.region, () => undefined);
      problems.push({ kind: p.kind, message: p.message, file: at.file, region: at.region });
    }
    for (const doc of parsed.documents) documents.push(new HelmDocument(doc.value, doc, mapper));
  }
  return { environment, documents, problems, notes };
}

/** The chart a `# Source` name belongs to (subcharts under charts/<name>/), and the template's file. */
function templateOf(
  chart: ChartNode,
  source: string,
): { node: ChartNode; names: string[]; file: string; member?: string } | undefined {
  const parts = source.split("/");
  if (parts[0] !== chart.name) return undefined;
  let node = chart;
  const names: string[] = [];
  let k = 1;
  while (parts[k] === "charts" && parts[k + 1] !== undefined && node.children.has(parts[k + 1] as string)) {
    names.push(parts[k + 1] as string);
    node = node.children.get(parts[k + 1] as string) as ChartNode;
    k += 2;
  }
  const rest = parts.slice(k);
  if (rest.length === 0) return undefined;
  // A packaged chart's files sit under a folder named after the chart.
  if (node.archive) return { node, names, file: node.dir, member: [node.name, ...rest].join("/") };
  return { node, names, file: join(node.dir, ...rest) };
}

/**
 * The values of the chart at names under the rendered chart: the environment's files (last
 * first) and the rendered chart's values.yaml under those names, then each subchart's own.
 */
function valuesChain(environment: HelmEnvironment, names: readonly string[], files: ValuesFiles): ValuesChain {
  const layers: ValuesLayer[] = [];
  for (const file of [...environment.valuesFiles].reverse())
    layers.push({ values: files.read(file), prefix: [...names] });
  let node: ChartNode | undefined = environment.chart;
  for (let depth = 0; node; depth++) {
    if (!node.archive) layers.push({ values: files.read(join(node.dir, "values.yaml")), prefix: names.slice(depth) });
    const name = names[depth];
    node = name === undefined ? undefined : node.children.get(name);
  }
  return new ValuesChain(layers);
}

/** The entry of Chart.yaml's dependencies that names the chart (by alias or name). */
function dependencyEntry(chart: ChartNode, name: string): { file: string; region: Region } | undefined {
  let doc;
  try {
    doc = new SourceFile(chart.chartFile, readFileSync(chart.chartFile, "utf8")).documents[0];
  } catch {
    return undefined;
  }
  const list = isObject(doc?.value) ? doc.value.dependencies : undefined;
  const entries = Array.isArray(list) ? list : [];
  let index = entries.findIndex((d) => isObject(d) && d.alias === name);
  if (index < 0) index = entries.findIndex((d) => isObject(d) && d.name === name);
  if (!doc || index < 0) return undefined;
  return { file: chart.chartFile, region: doc.locate(["dependencies", index]).region };
}

/** Helm's advice that only applies to its own command line. */
const HELM_ADVICE = /^Use --debug flag/;

function cleanMessage(stderr: string, staged: Staged, work: string, show: (path: string) => string): string {
  let text = stderr;
  for (const [copy, original] of staged.origins) text = text.split(copy).join(show(original));
  text = text.split(work).join("<temporary folder>");
  let lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !HELM_ADVICE.test(l));
  const error = lines.findIndex((l) => l.startsWith("Error:"));
  if (error >= 0) lines = lines.slice(error);
  lines[0] = (lines[0] ?? "").replace(/^Error:\s*/, "");
  // Helm 4 breaks one message over lines, each ending with a colon: they read as one.
  const message = lines
    .slice(0, MAX_MESSAGE_LINES)
    .reduce((all, line, k) => (k === 0 ? line : `${all}${/:$/.test(all) ? " " : "; "}${line}`), "");
  return message.length > 1000 ? `${message.slice(0, 997)}...` : message;
}

/**
 * A template line Helm names in its message: `zowe/templates/x.yaml:12:20` (Helm 4, and Helm 3's
 * `template: ...:12:20: executing`), `parse error at (zowe/templates/x.yaml:5)`, or a file alone
 * (`YAML parse error on zowe/templates/x.yaml`, at its first line).
 */
function errorPosition(message: string, chart: ChartNode): { file: string; region: Region } | undefined {
  const missing = /missing in charts\/ directory: ([^\s;,]+)/.exec(message)?.[1];
  if (missing) return dependencyEntry(chart, missing);
  for (const m of message.matchAll(/([\w.@-]+(?:\/[\w.@-]+)+\.(?:ya?ml|tpl|txt|json))(?::(\d+))?(?::(\d+))?/g)) {
    const found = templateOf(chart, m[1] as string);
    if (!found || found.node.archive) continue;
    const line = Number(m[2] ?? 1);
    const column = Number(m[3] ?? 1);
    return { file: found.file, region: { line, column, endLine: line, endColumn: column + 1 } };
  }
  return undefined;
}
