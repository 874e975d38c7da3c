/**
 * Which Helm charts to render, with which values, and which files the renders consume.
 *
 * A chart is a folder with Chart.yaml. Subcharts render with their parent and never alone: the
 * folders under a chart's charts/ directory, archives there (name-1.2.3.tgz), and the charts a
 * parent's dependencies point to with `file://`. Each chart renders once per environment: its
 * values.yaml alone, and with each values-<env>.yaml / values.<env>.yaml beside it, unless the
 * configuration lists the environments.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import type { PathSegment } from "../../core/findings.js";
import { SourceFile } from "../../load/yaml.js";
import { NO_HELM_OPTIONS, type HelmOptions } from "./options.js";
import { isObject } from "../../core/json.js";
import { relativePath } from "../../core/paths.js";

export interface ChartNode {
  /** Absolute folder; for an archive, the archive file. */
  dir: string;
  /** Its Chart.yaml (for an archive, the archive). */
  chartFile: string;
  /** The name in Chart.yaml (the folder's name if it has none). */
  name: string;
  /** A packaged subchart (charts/*.tgz): its templates are not files of the repository. */
  archive: boolean;
  /** A `file://` dependency that is not in charts/: the render puts a copy there. */
  linked: boolean;
  library: boolean;
  /** Subcharts by the name Helm renders them under: the dependency's alias, else the chart's name. */
  children: Map<string, ChartNode>;
  /**
   * Folders its `file://` dependencies point to, also when charts/ holds a packaged copy that
   * Helm renders instead: such a folder is a dependency, never rendered alone.
   */
  dependsOn: string[];
}

export interface HelmEnvironment {
  chart: ChartNode;
  /** Absolute paths, given to `helm template -f` in order after the chart's values.yaml. */
  valuesFiles: string[];
  /** For reports: `charts/zowe`, `charts/zowe (values-prod.yaml)`. */
  name: string;
  release: string;
  namespace?: string;
}

export interface HelmPlan {
  environments: HelmEnvironment[];
  /** The discovered files the renders consume (templates, values, subcharts): not checked as written. */
  consumed: ReadonlySet<string>;
  /** Charts not rendered, with the reason (library charts). */
  skipped: Array<{ chartFile: string; reason: string }>;
  /** Mistakes in the `helm:` configuration: the key path in the configuration file and what is wrong. */
  configProblems: Array<{ path: PathSegment[]; message: string }>;
}

interface Dependency {
  name: string;
  alias?: string;
  repository?: string;
}

interface ChartMetadata {
  name?: string;
  library: boolean;
  dependencies: Dependency[];
}

function readYaml(file: string): unknown {
  try {
    return new SourceFile(file, readFileSync(file, "utf8")).documents[0]?.value;
  } catch {
    return undefined;
  }
}

function dependenciesIn(value: unknown): Dependency[] {
  const list = isObject(value) && Array.isArray(value.dependencies) ? value.dependencies : [];
  return list.flatMap((d): Dependency[] =>
    isObject(d) && typeof d.name === "string"
      ? [
          {
            name: d.name,
            ...(typeof d.alias === "string" ? { alias: d.alias } : {}),
            ...(typeof d.repository === "string" ? { repository: d.repository } : {}),
          },
        ]
      : [],
  );
}

/** Chart.yaml, and requirements.yaml for apiVersion v1 charts. A chart Helm cannot read still plans: Helm reports it. */
function readChart(dir: string): ChartMetadata {
  const chart = readYaml(join(dir, "Chart.yaml"));
  const metadata = isObject(chart) ? chart : {};
  return {
    ...(typeof metadata.name === "string" && metadata.name ? { name: metadata.name } : {}),
    library: metadata.type === "library",
    dependencies: [...dependenciesIn(metadata), ...dependenciesIn(readYaml(join(dir, "requirements.yaml")))],
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const ARCHIVE = /^(.+?)-v?\d+\.\d+\.\d+.*\.(?:tgz|tar\.gz)$/;

function loadChart(dir: string, ancestors: ReadonlySet<string>): ChartNode {
  const metadata = readChart(dir);
  const node: ChartNode = {
    dir,
    chartFile: join(dir, "Chart.yaml"),
    name: metadata.name ?? basename(dir),
    archive: false,
    linked: false,
    library: metadata.library,
    children: new Map(),
    dependsOn: [],
  };
  const inside = new Set([...ancestors, dir]);
  const present = new Map<string, ChartNode>();
  let entries: string[] = [];
  try {
    entries = readdirSync(join(dir, "charts")).sort();
  } catch {
    // No charts/ folder.
  }
  for (const entry of entries) {
    const path = join(dir, "charts", entry);
    if (isFile(join(path, "Chart.yaml"))) {
      if (!inside.has(path)) {
        const child = loadChart(path, inside);
        present.set(child.name, child);
      }
    } else if (ARCHIVE.test(entry) && isFile(path)) {
      const name = ARCHIVE.exec(entry)?.[1] ?? entry;
      present.set(name, {
        dir: path,
        chartFile: path,
        name,
        archive: true,
        linked: false,
        library: false,
        children: new Map(),
        dependsOn: [],
      });
    }
  }
  const used = new Set<string>();
  for (const dependency of metadata.dependencies) {
    const as = dependency.alias ?? dependency.name;
    const repository = dependency.repository ?? "";
    const target = repository.startsWith("file://") ? resolve(dir, repository.slice("file://".length)) : undefined;
    if (target) node.dependsOn.push(target);
    const vendored = present.get(dependency.name);
    if (vendored) {
      used.add(dependency.name);
      node.children.set(as, vendored);
      continue;
    }
    if (!target) continue; // Helm reports it missing: a render error.
    if (inside.has(target) || !isFile(join(target, "Chart.yaml"))) continue;
    node.children.set(as, { ...loadChart(target, inside), linked: true });
  }
  for (const [name, child] of present) if (!used.has(name)) node.children.set(name, child);
  return node;
}

function* nodes(root: ChartNode): Generator<ChartNode> {
  yield root;
  for (const child of root.children.values()) yield* nodes(child);
}

const ENVIRONMENT_FILE = /^values[-.](.+)\.ya?ml$/i;

/** A valid release name from a chart name: lower case, letters, digits and dashes, at most 53. */
function releaseName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 53)
    .replace(/-+$/, "");
  return cleaned || "release";
}

export function planCharts(
  files: readonly string[],
  options: { show: (path: string) => string; helm?: HelmOptions },
): HelmPlan {
  const helm = options.helm ?? NO_HELM_OPTIONS;
  const listed = new Set(files);
  const chartDirs = files.filter((f) => basename(f) === "Chart.yaml").map((f) => dirname(f));
  const trees = new Map(chartDirs.map((dir) => [dir, loadChart(dir, new Set())]));
  const dependent = new Set<string>();
  for (const tree of trees.values())
    for (const node of nodes(tree)) {
      if (node !== tree) dependent.add(node.dir);
      for (const dir of node.dependsOn) dependent.add(dir);
    }
  // A chart only others use is rendered with them; charts that only use each other still render.
  const roots = chartDirs.filter((dir) => !dependent.has(dir));
  const reached = new Set(
    roots.flatMap((dir) => [...nodes(trees.get(dir) as ChartNode)].flatMap((n) => [n.dir, ...n.dependsOn])),
  );
  for (const dir of chartDirs) if (!reached.has(dir)) roots.push(dir);

  const environments: HelmEnvironment[] = [];
  const skipped: HelmPlan["skipped"] = [];
  const configProblems: HelmPlan["configProblems"] = [];
  const consumedDirs: string[] = [];
  const consumed = new Set<string>();
  for (const dir of roots) {
    const chart = trees.get(dir) as ChartNode;
    for (const node of nodes(chart)) if (!node.archive) consumedDirs.push(node.dir, ...node.dependsOn);
    if (chart.library) {
      skipped.push({
        chartFile: chart.chartFile,
        reason: "a library chart: its templates are rendered by the charts that depend on it",
      });
      continue;
    }
    const configured = helm.charts.get(dir);
    let sets: string[][];
    if (configured?.environments) {
      sets = [];
      configured.environments.forEach((set, index) => {
        const missing = set.find((file) => !isFile(file));
        if (missing) {
          configProblems.push({
            path: ["helm", "charts", configured.key, "values", index],
            message: `${options.show(missing)}: no such values file; that environment is not rendered`,
          });
        } else sets.push(set);
      });
    } else {
      sets = [
        [],
        ...files
          .filter((f) => dirname(f) === dir && ENVIRONMENT_FILE.test(basename(f)))
          .sort()
          .map((f) => [f]),
      ];
    }
    for (const valuesFiles of sets) {
      for (const file of valuesFiles) if (listed.has(file)) consumed.add(file);
      const names = valuesFiles.map((f) => relativePath(dir, f));
      environments.push({
        chart,
        valuesFiles,
        name: `${options.show(dir)}${names.length > 0 ? ` (${names.join(" + ")})` : ""}`,
        release: configured?.release ?? releaseName(chart.name),
        ...(configured?.namespace ? { namespace: configured.namespace } : {}),
      });
    }
  }
  for (const [dir, configured] of helm.charts) {
    if (!trees.has(dir))
      configProblems.push({
        path: ["helm", "charts", configured.key],
        message: `${options.show(dir)}: no Chart.yaml among the files checked`,
      });
  }
  const under = consumedDirs.map((d) => (d.endsWith(sep) ? d : d + sep));
  for (const file of files) if (under.some((d) => file.startsWith(d))) consumed.add(file);
  return { environments, consumed, skipped, configProblems };
}
