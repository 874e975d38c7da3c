/**
 * Helm charts rendered by the real helm (pinned in tools/helm/go.mod) and located back into the
 * chart: values lines for values, template lines for literal keys, nearest ancestors for missing
 * keys, and lines of a zowe.yaml embedded in a ConfigMap.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, relative, sep } from "node:path";
import { defaultConfig, parseConfig } from "../src/config/config.js";
import { discover } from "../src/discover/discover.js";
import type { PathSegment, Region } from "../src/core/findings.js";
import { SourceFile } from "../src/load/yaml.js";
import {
  findHelm,
  helmOptions,
  planCharts,
  renderEnvironments,
  type Helm,
  type HelmLocation,
  type HelmRender,
  type RenderedDocument,
} from "../src/render/helm.js";
import { SegmentMapper } from "../src/render/helm/document.js";
import type { ChartNode } from "../src/render/helm/plan.js";
import { analyseTemplate } from "../src/render/helm/template.js";
import { ValuesChain } from "../src/render/helm/values.js";
import { ROOT, writeTree } from "./helpers.js";
import { describeWithTool, pinnedTool } from "./tools.js";

const FIXTURES = join(ROOT, "test", "fixtures", "helm");
const REPO = join(FIXTURES, "zowe-repo");
const CHART = join(REPO, "charts", "zowe");
const show = (path: string) => relative(REPO, path).split(sep).join("/") || ".";

const pinned = pinnedTool("helm");
const helm: Helm | undefined = pinned.file ? { command: pinned.file } : undefined;
const describeWithHelm = (name: string, body: () => void) => describeWithTool(pinned, name, body);

function filesOf(dir: string): string[] {
  return discover([dir], dir).files;
}

type Rendered = Extract<HelmRender, { documents: unknown }>;

function rendered(results: HelmRender[], name: string): Rendered {
  const result = results.find((r) => r.environment.name === name);
  if (!result || "error" in result)
    throw new Error(`${name}: ${result && "error" in result ? result.error : "not rendered"}`);
  return result;
}

function object(result: Rendered, kind: string, name: string): RenderedDocument {
  const doc = result.documents.find((d) => {
    const value = d.value as { kind?: string; metadata?: { name?: string } };
    return value.kind === kind && value.metadata?.name === name;
  });
  if (!doc) throw new Error(`${kind} ${name} is not in ${result.environment.name}`);
  return doc;
}

/** file:line:column-endLine:endColumn, the file relative to the fixture repository. */
function where(location: HelmLocation): string {
  const r = location.region;
  return `${show(location.file)}:${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
}

describe("planning", () => {
  const plan = planCharts(filesOf(REPO), { show });

  test("the chart renders with values.yaml alone and with each values-<env>.yaml; subcharts and file:// dependencies with it", () => {
    expect(plan.environments.map((e) => [e.name, e.release, e.valuesFiles.map(show)])).toEqual([
      ["charts/zowe", "zowe", []],
      ["charts/zowe (values-dev.yaml)", "zowe", ["charts/zowe/values-dev.yaml"]],
      ["charts/zowe (values-prod.yaml)", "zowe", ["charts/zowe/values-prod.yaml"]],
    ]);
    const chart = plan.environments[0]?.chart as ChartNode;
    expect([...chart.children].map(([as, c]) => [as, show(c.dir), c.linked, c.library])).toEqual([
      ["zowe-common", "charts/zowe-common", true, true],
      ["metrics", "charts/zowe/charts/metrics", false, false],
    ]);
    expect(plan.skipped).toEqual([]);
    expect(plan.configProblems).toEqual([]);
  });

  test("every file of the chart, its subchart and its file:// dependency is consumed by the render", () => {
    expect([...plan.consumed].map(show).sort()).toEqual([
      "charts/zowe-common/Chart.yaml",
      "charts/zowe/Chart.yaml",
      "charts/zowe/charts/metrics/Chart.yaml",
      "charts/zowe/charts/metrics/templates/deployment.yaml",
      "charts/zowe/charts/metrics/values.yaml",
      "charts/zowe/templates/api-catalog-deployment.yaml",
      "charts/zowe/templates/app-server-deployment.yaml",
      "charts/zowe/templates/caching-deployment.yaml",
      "charts/zowe/templates/discovery-statefulset.yaml",
      "charts/zowe/templates/gateway-deployment.yaml",
      "charts/zowe/templates/hpa.yaml",
      "charts/zowe/templates/pdb.yaml",
      "charts/zowe/templates/services.yaml",
      "charts/zowe/templates/workspace-pvc.yaml",
      "charts/zowe/templates/zaas-deployment.yaml",
      "charts/zowe/templates/zowe-config.yaml",
      "charts/zowe/values-dev.yaml",
      "charts/zowe/values-prod.yaml",
      "charts/zowe/values.yaml",
    ]);
  });

  test("a library chart nobody uses is not rendered, with the reason; its files are still templates", () => {
    const library = planCharts(filesOf(join(REPO, "charts", "zowe-common")), { show });
    expect(library.environments).toEqual([]);
    expect(library.skipped).toEqual([
      {
        chartFile: join(REPO, "charts", "zowe-common", "Chart.yaml"),
        reason: "a library chart: its templates are rendered by the charts that depend on it",
      },
    ]);
    expect([...library.consumed].map(show)).toEqual(["charts/zowe-common/Chart.yaml"]);
  });

  test("configured environments replace the default ones: files or lists of files, values.yaml alone by name", () => {
    const options = helmOptions(
      {
        charts: {
          "charts/zowe": {
            values: ["values.yaml", ["values-prod.yaml", "values-dev.yaml"], "values-staging.yaml"],
            release: "zowe-prod",
            namespace: "zowe",
          },
          "charts/missing": { values: ["values-prod.yaml"] },
        },
      },
      REPO,
    );
    const configured = planCharts(filesOf(REPO), { show, helm: options });
    expect(configured.environments.map((e) => [e.name, e.release, e.namespace, e.valuesFiles.map(show)])).toEqual([
      ["charts/zowe", "zowe-prod", "zowe", []],
      [
        "charts/zowe (values-prod.yaml + values-dev.yaml)",
        "zowe-prod",
        "zowe",
        ["charts/zowe/values-prod.yaml", "charts/zowe/values-dev.yaml"],
      ],
    ]);
    expect(configured.configProblems).toEqual([
      {
        path: ["helm", "charts", "charts/zowe", "values", 2],
        message: "charts/zowe/values-staging.yaml: no such values file; that environment is not rendered",
      },
      { path: ["helm", "charts", "charts/missing"], message: "charts/missing: no Chart.yaml among the files checked" },
    ]);
  });

  test("a chart checked from inside: its subchart folder alone renders as a chart", () => {
    const sub = planCharts(filesOf(join(CHART, "charts", "metrics")), { show });
    expect(sub.environments.map((e) => e.name)).toEqual(["charts/zowe/charts/metrics"]);
  });
});

describe("the helm: configuration", () => {
  test("is read from .zowe-ha-policy.yaml, its paths relative to the file and to each chart", () => {
    const config = parseConfig(
      "helm:\n  charts:\n    charts/zowe:\n      values: [values-prod.yaml, [values.yaml, values-dev.yaml]]\n      namespace: zowe\n",
      join(REPO, ".zowe-ha-policy.yaml"),
      REPO,
    );
    expect([...config.helm.charts]).toEqual([
      [
        CHART,
        {
          key: "charts/zowe",
          environments: [[join(CHART, "values-prod.yaml")], [join(CHART, "values-dev.yaml")]],
          namespace: "zowe",
        },
      ],
    ]);
    expect(defaultConfig(REPO).helm.charts.size).toBe(0);
  });

  test("a mistake names its line", () => {
    expect(() =>
      parseConfig(
        "helm:\n  charts:\n    charts/zowe:\n      release: Zowe_Prod\n",
        join(REPO, ".zowe-ha-policy.yaml"),
        REPO,
      ),
    ).toThrow(/\.zowe-ha-policy\.yaml:4:7: helm\.charts\.charts\/zowe\.release: must match pattern/);
  });
});

describe("findHelm", () => {
  test("finds helm on PATH, and nothing on a PATH without it", async () => {
    const bin = mkdtempSync(join(tmpdir(), "zhp-helm-path-"));
    try {
      writeFileSync(join(bin, "helm"), "#!/bin/sh\n", { mode: 0o755 });
      expect(await findHelm(["/nonexistent", bin].join(delimiter))).toEqual({ command: join(bin, "helm") });
      expect(await findHelm("/nonexistent")).toBeUndefined();
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});

describeWithHelm("rendering the Zowe chart", () => {
  let results: HelmRender[];
  let base: Rendered;
  let dev: Rendered;
  let prod: Rendered;
  const snapshot = (dir: string) =>
    readdirSync(dir, { recursive: true })
      .map((f) => `${String(f)} ${statSync(join(dir, String(f))).mtimeMs}`)
      .sort();
  let before: string[];

  beforeAll(async () => {
    before = snapshot(REPO);
    const plan = planCharts(filesOf(REPO), { show });
    results = await renderEnvironments(helm as Helm, plan.environments, { root: REPO, show });
    base = rendered(results, "charts/zowe");
    dev = rendered(results, "charts/zowe (values-dev.yaml)");
    prod = rendered(results, "charts/zowe (values-prod.yaml)");
  }, 120_000);

  test("each environment renders what its values enable, and nothing is written into the repository", () => {
    const objects = (r: Rendered) =>
      r.documents.map((d) => {
        const v = d.value as { kind: string; metadata: { name: string } };
        return `${v.kind} ${v.metadata.name}`;
      });
    expect(objects(prod).sort()).toEqual([
      "ConfigMap zowe-config",
      "Deployment api-catalog",
      "Deployment app-server",
      "Deployment caching",
      "Deployment gateway",
      "Deployment metrics-service",
      "Deployment zaas",
      "HorizontalPodAutoscaler gateway-hpa",
      "PersistentVolumeClaim zowe-workspace-pvc",
      "PodDisruptionBudget discovery-pdb",
      "PodDisruptionBudget gateway-pdb",
      "PodDisruptionBudget zaas-pdb",
      "Service discovery-service",
      "Service gateway-service",
      "StatefulSet discovery",
    ]);
    expect(objects(dev).filter((o) => /PodDisruptionBudget|metrics|Horizontal/.test(o))).toEqual([
      "HorizontalPodAutoscaler zaas-hpa",
    ]);
    expect(objects(base)).toHaveLength(14);
    for (const r of [base, dev, prod]) {
      expect(r.problems).toEqual([]);
      expect(r.notes).toEqual([]);
    }
    const replicas = (r: Rendered, kind: string, name: string) =>
      (object(r, kind, name).value as { spec: { replicas?: number } }).spec.replicas;
    expect([replicas(base, "StatefulSet", "discovery"), replicas(prod, "StatefulSet", "discovery")]).toEqual([1, 2]);
    expect(replicas(prod, "Deployment", "gateway")).toBeUndefined(); // the autoscaler owns it in prod
    expect(snapshot(REPO)).toEqual(before);
  });

  test("a value the template takes from .Values is located at the line that sets it: the environment's file, else values.yaml", () => {
    const discovery = ["spec", "replicas"];
    expect(where(object(base, "StatefulSet", "discovery").locate(discovery))).toBe(
      "charts/zowe/values.yaml:46:3-46:14",
    );
    expect(where(object(dev, "StatefulSet", "discovery").locate(discovery))).toBe("charts/zowe/values.yaml:46:3-46:14");
    expect(where(object(prod, "StatefulSet", "discovery").locate(discovery))).toBe(
      "charts/zowe/values-prod.yaml:27:3-27:14",
    );
    expect(object(prod, "StatefulSet", "discovery").locate(discovery)).toMatchObject({
      from: "values",
      path: discovery,
    });
    // `| default 2`, a variable from `index .Values "app-server"`, and `(index .Values "app-server").port`.
    expect(where(object(base, "Deployment", "api-catalog").locate(["spec", "replicas"]))).toBe(
      "charts/zowe/values.yaml:32:3-32:14",
    );
    expect(where(object(prod, "Deployment", "app-server").locate(["spec", "replicas"]))).toBe(
      "charts/zowe/values-prod.yaml:19:3-19:14",
    );
    expect(
      where(
        object(prod, "Deployment", "app-server").locate([
          "spec",
          "template",
          "spec",
          "containers",
          0,
          "ports",
          0,
          "containerPort",
        ]),
      ),
    ).toBe("charts/zowe/values.yaml:37:3-37:13");
  });

  test("a subtree written by toYaml is located inside the values it comes from", () => {
    const gatewayBase = object(base, "Deployment", "gateway");
    expect(where(gatewayBase.locate(["spec", "template", "spec", "containers", 0, "resources", "limits", "cpu"]))).toBe(
      "charts/zowe/values.yaml:24:7-24:16",
    );
    const affinity = [
      "spec",
      "template",
      "spec",
      "affinity",
      "podAntiAffinity",
      "requiredDuringSchedulingIgnoredDuringExecution",
      0,
      "topologyKey",
    ];
    expect(object(prod, "Deployment", "gateway").locate(affinity)).toMatchObject({
      file: join(CHART, "values-prod.yaml"),
      region: { line: 10, column: 11, endLine: 10, endColumn: 46 },
      from: "values",
      path: affinity,
    });
  });

  test("a literal key is located at its template line; a helper's output at the include", () => {
    const gateway = object(base, "Deployment", "gateway");
    expect(where(gateway.locate(["spec", "template", "spec", "containers", 0, "livenessProbe"]))).toBe(
      "charts/zowe/templates/gateway-deployment.yaml:49:11-49:24",
    );
    expect(gateway.locate(["spec", "template", "spec", "serviceAccountName"])).toMatchObject({
      file: join(CHART, "templates", "gateway-deployment.yaml"),
      region: { line: 22, column: 7, endLine: 22, endColumn: 34 },
      from: "template",
    });
    // app.kubernetes.io/name comes from zowe.labels → zowe-common.labels (a file:// library chart).
    expect(where(gateway.locate(["metadata", "labels", "app.kubernetes.io/name"]))).toBe(
      "charts/zowe/templates/gateway-deployment.yaml:6:5-6:47",
    );
    expect(where(gateway.locate(["metadata", "labels", "app.kubernetes.io/component"]))).toBe(
      "charts/zowe/templates/gateway-deployment.yaml:7:5-7:41",
    );
  });

  test("a path that does not exist is located at its nearest existing ancestor", () => {
    const gateway = object(base, "Deployment", "gateway");
    expect(gateway.locate(["spec", "template", "spec", "containers", 0, "readinessProbe"])).toMatchObject({
      file: join(CHART, "templates", "gateway-deployment.yaml"),
      region: { line: 35, column: 11, endLine: 35, endColumn: 24 },
      path: ["spec", "template", "spec", "containers", 0],
    });
    // In prod the autoscaler owns the replicas: `replicas:` is not rendered, `spec:` is where it goes.
    expect(object(prod, "Deployment", "gateway").locate(["spec", "replicas"])).toMatchObject({
      file: join(CHART, "templates", "gateway-deployment.yaml"),
      region: { line: 8, column: 1, endLine: 8, endColumn: 5 },
      path: ["spec"],
    });
    expect(where(gateway.locate(["spec", "template", "spec", "affinity", "podAntiAffinity"]))).toBe(
      "charts/zowe/templates/gateway-deployment.yaml:21:5-21:9",
    );
  });

  test("documents a range writes are located with the values of their own item", () => {
    expect(
      where(
        object(prod, "PodDisruptionBudget", "discovery-pdb").locate([
          "spec",
          "selector",
          "matchLabels",
          "app.kubernetes.io/component",
        ]),
      ),
    ).toBe("charts/zowe/values.yaml:65:7-65:16");
    expect(where(object(prod, "PodDisruptionBudget", "zaas-pdb").locate(["spec", "minAvailable"]))).toBe(
      "charts/zowe/values.yaml:61:3-61:18",
    );
    expect(where(object(prod, "HorizontalPodAutoscaler", "gateway-hpa").locate(["spec", "minReplicas"]))).toBe(
      "charts/zowe/values-prod.yaml:32:5-32:19",
    );
    // In dev only zaas (the second key) autoscales: its document is the range's second item, not the first written.
    const zaas = object(dev, "HorizontalPodAutoscaler", "zaas-hpa");
    expect(where(zaas.locate(["spec", "minReplicas"]))).toBe("charts/zowe/values.yaml:56:5-56:19");
    expect(where(zaas.locate(["spec", "maxReplicas"]))).toBe("charts/zowe/values-dev.yaml:9:5-9:19");
    expect(where(zaas.locate(["spec", "metrics", 0, "resource", "target"]))).toBe(
      "charts/zowe/templates/hpa.yaml:21:9-21:15",
    );
  });

  test("a subchart's values come from the parent's files first, then its own values.yaml; its literal lines from its templates", () => {
    const metrics = (r: Rendered) => object(r, "Deployment", "metrics-service");
    expect(where(metrics(base).locate(["spec", "replicas"]))).toBe("charts/zowe/values.yaml:74:3-74:14");
    expect(where(metrics(prod).locate(["spec", "replicas"]))).toBe("charts/zowe/values-prod.yaml:44:3-44:14");
    expect(
      where(metrics(prod).locate(["spec", "template", "spec", "containers", 0, "ports", 0, "containerPort"])),
    ).toBe("charts/zowe/charts/metrics/values.yaml:2:1-2:11");
    // `.Values.global.imageTag | default "3.1.0-ubuntu"`: set nowhere, so the template line, at the action.
    expect(where(metrics(prod).locate(["spec", "template", "spec", "containers", 0, "image"]))).toBe(
      "charts/zowe/charts/metrics/templates/deployment.yaml:20:11-20:127",
    );
    expect(metrics(prod).template).toBe(join(CHART, "charts", "metrics", "templates", "deployment.yaml"));
  });

  test("a zowe.yaml embedded in the ConfigMap is located line by line: values lines for .Values, template lines otherwise", () => {
    const located = (r: Rendered, path: PathSegment[]) => {
      const embedded = object(r, "ConfigMap", "zowe-config").embedded(["data", "zowe.yaml"]);
      if (!embedded) throw new Error("no embedded zowe.yaml");
      const inner = new SourceFile("zowe.yaml", embedded.text).documents[0];
      if (!inner) throw new Error("the embedded zowe.yaml does not parse");
      return where(embedded.locate(inner.locate(path).region));
    };
    expect(located(prod, ["components", "discovery", "replicas"])).toBe("charts/zowe/values-prod.yaml:27:3-27:14");
    expect(located(base, ["components", "discovery", "replicas"])).toBe("charts/zowe/values.yaml:46:3-46:14");
    expect(located(prod, ["components", "caching-service", "storage", "mode"])).toBe(
      "charts/zowe/values-prod.yaml:24:5-24:21",
    );
    expect(located(prod, ["zowe", "externalDomains", 1])).toBe("charts/zowe/values-prod.yaml:38:7-38:31");
    expect(located(base, ["zowe", "useConfigmgr"])).toBe("charts/zowe/templates/zowe-config.yaml:10:7-10:26");
    expect(located(base, ["components", "caching-service", "storage"])).toBe(
      "charts/zowe/templates/zowe-config.yaml:36:9-36:16",
    );
    // A key that is not there: at its nearest ancestor's line in the template.
    expect(located(base, ["zowe", "haInstances"])).toBe("charts/zowe/templates/zowe-config.yaml:9:5-9:9");
  });
});

describeWithHelm("charts that do not render", () => {
  const BROKEN = join(FIXTURES, "broken-repo");
  const showBroken = (path: string) => relative(BROKEN, path).split(sep).join("/");

  test("a missing dependency and a template error are errors at their chart, and the other charts still render", async () => {
    const files = [...filesOf(BROKEN), ...filesOf(REPO)];
    const plan = planCharts(files, { show: showBroken });
    const results = await renderEnvironments(helm as Helm, plan.environments, { root: FIXTURES, show: showBroken });
    const errors = results.flatMap((r) => ("error" in r ? [r] : []));
    expect(errors.map((e) => [e.environment.name, showBroken(e.at.file), e.at.region])).toEqual([
      [
        "charts/missing-dependency",
        "charts/missing-dependency/Chart.yaml",
        { line: 6, column: 5, endLine: 6, endColumn: 16 },
      ],
      [
        "charts/template-error",
        "charts/template-error/templates/gateway-deployment.yaml",
        { line: 6, column: 8, endLine: 6, endColumn: 9 },
      ],
    ]);
    expect(errors[0]?.error).toMatch(/missing in charts\/ directory: redis$/);
    expect(errors[1]?.error).toMatch(/no template "gateway-only\.labels"/);
    for (const e of errors) expect(e.error).not.toMatch(/zhp-helm-|\/tmp\//);
    expect(results.filter((r) => !("error" in r)).map((r) => r.environment.name)).toHaveLength(3);
  }, 120_000);
});

describeWithHelm("the repository's boundary", () => {
  let outside: string;
  let repo: string;

  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), "zhp-helm-outside-"));
    writeFileSync(join(outside, "secret.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leaked\n");
    repo = writeTree(mkdtempSync(join(tmpdir(), "zhp-helm-repo-")), {
      "chart/Chart.yaml": "apiVersion: v2\nname: linked\nversion: 0.1.0\n",
      "chart/values.yaml": "replicas: 2\n",
      "chart/templates/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  replicas: {{ .Values.replicas }}\n",
    });
    symlinkSync(join(outside, "secret.yaml"), join(repo, "chart", "templates", "leak.yaml"));
  });

  afterAll(() => {
    rmSync(outside, { recursive: true, force: true });
    rmSync(repo, { recursive: true, force: true });
  });

  test("a link out of the root is not followed, and says so", async () => {
    const showRepo = (p: string) => relative(repo, p).split(sep).join("/") || ".";
    const plan = planCharts([join(repo, "chart", "Chart.yaml"), join(repo, "chart", "values.yaml")], {
      show: showRepo,
    });
    const [result] = await renderEnvironments(helm as Helm, plan.environments, { root: repo, show: showRepo });
    if (!result || "error" in result) throw new Error(result?.error ?? "no result");
    expect(result.documents.map((d) => (d.value as { metadata: { name: string } }).metadata.name)).toEqual(["app"]);
    expect(result.notes).toEqual([
      "chart/templates/leak.yaml: a symbolic link out of . (or a broken one), not followed",
    ]);
  }, 60_000);

  test("a values file outside the root is refused", async () => {
    const showRepo = (p: string) => relative(repo, p).split(sep).join("/");
    const plan = planCharts([join(repo, "chart", "Chart.yaml")], {
      show: showRepo,
      helm: helmOptions({ charts: { chart: { values: [join(outside, "secret.yaml")] } } }, repo),
    });
    const [result] = await renderEnvironments(helm as Helm, plan.environments, { root: repo, show: showRepo });
    expect(result && "error" in result ? result.error : "").toMatch(/secret\.yaml is outside/);
  }, 60_000);
});

describeWithHelm("a zowe.yaml the chart reads from a file or writes from values", () => {
  let repo: string;

  beforeAll(() => {
    repo = writeTree(mkdtempSync(join(tmpdir(), "zhp-helm-files-")), {
      "chart/Chart.yaml": "apiVersion: v2\nname: zowe\nversion: 0.1.0\n",
      "chart/values.yaml": [
        "zowe:", // 1
        "  zowe:", // 2
        "    externalDomains: [zowe.example.com]", // 3
        "  components:", // 4
        "    discovery:", // 5
        "      replicas: 2", // 6
        "",
      ].join("\n"),
      "chart/files/zowe.yaml": [
        "zowe:", // 1
        "  externalDomains:", // 2
        "    - zowe.example.com", // 3
        "components:", // 4
        "  discovery:", // 5
        "    enabled: true", // 6
        "    replicas: 3", // 7
        "",
      ].join("\n"),
      "chart/templates/config.yaml": [
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: from-file",
        "data:",
        "  zowe.yaml: |",
        '    {{- .Files.Get "files/zowe.yaml" | nindent 4 }}',
        "---",
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: from-values",
        "data:",
        "  zowe.yaml: |",
        "    {{- toYaml .Values.zowe | nindent 4 }}",
        "",
      ].join("\n"),
    });
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  test("each line of the embedded zowe.yaml is located in the file it was read from, or at its values line", async () => {
    const showRepo = (p: string) => relative(repo, p).split(sep).join("/");
    const plan = planCharts(filesOf(repo), { show: showRepo });
    expect([...plan.consumed].map(showRepo).sort()).toContain("chart/files/zowe.yaml");
    const [result] = await renderEnvironments(helm as Helm, plan.environments, { root: repo, show: showRepo });
    if (!result || "error" in result) throw new Error(result?.error ?? "no result");
    const located = (name: string, path: PathSegment[]) => {
      const doc = result.documents.find((d) => (d.value as { metadata: { name: string } }).metadata.name === name);
      const embedded = doc?.embedded(["data", "zowe.yaml"]);
      const inner = embedded && new SourceFile("zowe.yaml", embedded.text).documents[0];
      if (!embedded || !inner) throw new Error(`${name}: no embedded zowe.yaml`);
      const at = embedded.locate(inner.locate(path).region);
      return `${showRepo(at.file)}:${regionText(at.region)} ${at.from}`;
    };
    expect(located("from-file", ["components", "discovery", "replicas"])).toBe(
      "chart/files/zowe.yaml:7:5-7:16 template",
    );
    expect(located("from-file", ["zowe", "externalDomains", 0])).toBe("chart/files/zowe.yaml:3:7-3:23 template");
    expect(located("from-values", ["components", "discovery", "replicas"])).toBe("chart/values.yaml:6:7-6:18 values");
    expect(located("from-values", ["zowe", "externalDomains", 0])).toBe("chart/values.yaml:3:23-3:39 values");
  }, 60_000);
});

describeWithHelm("a packaged subchart (charts/*.tgz)", () => {
  let repo: string;

  beforeAll(() => {
    repo = writeTree(mkdtempSync(join(tmpdir(), "zhp-helm-packaged-")), {
      "cache/Chart.yaml": "apiVersion: v2\nname: cache\nversion: 1.2.3\n",
      "cache/values.yaml": "replicas: 1\nport: 6379\n",
      "cache/templates/statefulset.yaml": [
        "apiVersion: apps/v1",
        "kind: StatefulSet",
        "metadata:",
        "  name: {{ .Release.Name }}-cache",
        "spec:",
        "  replicas: {{ .Values.replicas }}",
        "  serviceName: cache",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: cache",
        "          ports:",
        "            - containerPort: {{ .Values.port }}",
        "",
      ].join("\n"),
      "app/Chart.yaml": [
        "apiVersion: v2",
        "name: app",
        "version: 0.1.0",
        "dependencies:",
        "  - name: cache",
        "    version: 1.2.3",
        "    repository: file://../cache",
        "",
      ].join("\n"),
      "app/values.yaml": "cache:\n  replicas: 3\n",
    });
    // What `helm dependency build` leaves in charts/: the dependency packaged.
    execFileSync(
      (helm as Helm).command,
      ["package", join(repo, "cache"), "--destination", join(repo, "app", "charts")],
      {
        stdio: "ignore",
        env: {
          HOME: repo,
          HELM_CACHE_HOME: join(repo, ".h"),
          HELM_CONFIG_HOME: join(repo, ".h"),
          HELM_DATA_HOME: join(repo, ".h"),
        },
      },
    );
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  test("renders as Helm does, from the archive; values set in the parent are located there, anything else at the dependency", async () => {
    const showRepo = (p: string) => relative(repo, p).split(sep).join("/");
    const plan = planCharts(filesOf(repo), { show: showRepo });
    // The file:// folder is a dependency (Helm renders the packaged copy), never a chart of its own.
    expect(plan.environments.map((e) => e.name)).toEqual(["app"]);
    expect([...plan.consumed].map(showRepo).sort()).toEqual([
      "app/Chart.yaml",
      "app/values.yaml",
      "cache/Chart.yaml",
      "cache/templates/statefulset.yaml",
      "cache/values.yaml",
    ]);
    const [result] = await renderEnvironments(helm as Helm, plan.environments, { root: repo, show: showRepo });
    if (!result || "error" in result) throw new Error(result?.error ?? "no result");
    const cache = result.documents[0] as RenderedDocument;
    expect(showRepo(cache.template)).toBe("app/charts/cache-1.2.3.tgz");
    expect(cache.locate(["spec", "replicas"])).toMatchObject({
      file: join(repo, "app", "values.yaml"),
      region: { line: 2, column: 3, endLine: 2, endColumn: 14 },
      from: "values",
    });
    const dependency = {
      file: join(repo, "app", "Chart.yaml"),
      region: { line: 5, column: 5, endLine: 5, endColumn: 16 },
      from: "chart",
    };
    expect(cache.locate(["spec", "serviceName"])).toMatchObject(dependency);
    // Set only in the archive's own values.yaml, which is no file of the repository.
    expect(cache.locate(["spec", "template", "spec", "containers", 0, "ports", 0, "containerPort"])).toMatchObject(
      dependency,
    );
  }, 60_000);
});

/* ------------------------------------------------ locating without helm: the template read as a pattern */

function mapper(template: string, renderedText: string, values: string) {
  const file = "/repo/chart/templates/t.yaml";
  const valuesFile = "/repo/chart/values.yaml";
  const chart: ChartNode = {
    dir: "/repo/chart",
    chartFile: "/repo/chart/Chart.yaml",
    name: "chart",
    archive: false,
    linked: false,
    library: false,
    children: new Map(),
    dependsOn: [],
  };
  const chain = new ValuesChain([
    { values: { file: valuesFile, doc: new SourceFile(valuesFile, values).documents[0] }, prefix: [] },
  ]);
  const model = analyseTemplate(template);
  const text = `---\n# Source: chart/templates/t.yaml\n${renderedText}`;
  const segment = new SegmentMapper(
    file,
    text.split("\n"),
    { chart, chartFile: chart.chartFile, values: chain, model: () => model },
    [],
  );
  const doc = new SourceFile(file, text).documents[0];
  if (!doc) throw new Error("rendered text does not parse");
  return (path: PathSegment[]): string => {
    const found = doc.locate(path);
    const at = segment.locate(found.region, () => found.path);
    return `${at.file === valuesFile ? "values" : "template"}:${regionText(at.region)}`;
  };
}

function regionText(r: Region): string {
  return `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;
}

describe("locating in a template (no helm needed)", () => {
  test("range over a list of maps and over a map with key and value variables", () => {
    const template = [
      "apiVersion: v1", // 1
      "kind: Pod", // 2
      "spec:", // 3
      "  containers:", // 4
      "    - name: app", // 5
      "      env:", // 6
      "      {{- range .Values.extraEnv }}", // 7
      "        - name: {{ .name }}", // 8
      "          value: {{ .value | quote }}", // 9
      "      {{- end }}", // 10
      "      {{- range $key, $value := .Values.labels }}", // 11
      "        - name: {{ $key }}", // 12
      "          value: {{ $value | quote }}", // 13
      "      {{- end }}", // 14
    ].join("\n");
    const values = [
      "extraEnv:", // 1
      "  - name: A", // 2
      "    value: one", // 3
      "  - name: B", // 4
      "    value: two", // 5
      "labels:", // 6
      "  zeta: z", // 7
      "  alpha: a", // 8
    ].join("\n");
    const rendered = [
      "apiVersion: v1",
      "kind: Pod",
      "spec:",
      "  containers:",
      "    - name: app",
      "      env:",
      "        - name: A",
      '          value: "one"',
      "        - name: B",
      '          value: "two"',
      "        - name: alpha",
      '          value: "a"',
      "        - name: zeta",
      '          value: "z"',
      "",
    ].join("\n");
    const locate = mapper(template, rendered, values);
    const env = ["spec", "containers", 0, "env"];
    expect(locate([...env, 1, "value"])).toBe("values:5:5-5:15");
    expect(locate([...env, 0, "name"])).toBe("values:2:5-2:12");
    // Go ranges over a map in key order: alpha (values line 8) first, then zeta (line 7).
    expect(locate([...env, 2, "value"])).toBe("values:8:3-8:11");
    expect(locate([...env, 3, "value"])).toBe("values:7:3-7:10");
    expect(locate([...env, 3, "name"])).toBe("values:7:3-7:10");
    expect(locate(["spec", "containers", 0, "name"])).toBe("template:5:7-5:16");
  });

  test("a long text tpl writes from values stays with its emitter, not with the include before it", () => {
    const template = [
      "kind: ConfigMap", // 1
      "metadata:", // 2
      "  name: gateway", // 3
      "  labels:", // 4
      '    {{- include "gw.labels" . | nindent 4 }}', // 5
      "data:", // 6
      "  nginx.conf: |", // 7
      "    {{- tpl .Values.gateway.nginxConfig . | nindent 4 }}", // 8
    ].join("\n");
    // tpl expands each line, so the values do not show the rendered lines as they are.
    const line = (k: number, release: string) => `location /api/v${k} { proxy_pass http://${release}-gateway; }`;
    const config = Array.from({ length: 40 }, (_, k) => line(k, "zowe"));
    const values = [
      "gateway:",
      "  nginxConfig: |",
      ...config.map((_, k) => `    ${line(k, "{{ .Release.Name }}")}`),
      "",
    ].join("\n");
    const rendered = [
      "kind: ConfigMap",
      "metadata:",
      "  name: gateway",
      "  labels:",
      "    app.kubernetes.io/name: gateway",
      "    app.kubernetes.io/instance: zowe",
      "data:",
      "  nginx.conf: |",
      ...config.map((l) => `    ${l}`),
      "",
    ].join("\n");
    const locate = mapper(template, rendered, values);
    expect(locate(["metadata", "labels", "app.kubernetes.io/instance"])).toBe("template:5:5-5:45");
    expect(locate(["data"])).toBe("template:6:1-6:5");
    expect(locate(["data", "nginx.conf"])).toBe("template:7:3-7:16");
  });

  test("a line joined by a chomping -}} is not explained: it points at the line before it", () => {
    const template = "kind: Pod\nmetadata:\n  name: x\n  labels: {{- if .Values.on -}}\n  a: b\n  {{- end }}\n";
    const rendered = "kind: Pod\nmetadata:\n  name: x\n  labels:a: b\n";
    const locate = mapper(template, rendered, "on: true\n");
    expect(locate(["metadata", "labels:a"])).toBe("template:3:3-3:10");
  });

  test("an if/else picks the branch that was written", () => {
    const template = [
      "kind: Deployment",
      "spec:",
      "  {{- if .Values.ha }}",
      "  replicas: {{ .Values.haReplicas }}",
      "  {{- else }}",
      "  replicas: 1",
      "  {{- end }}",
    ].join("\n");
    expect(
      mapper(template, "kind: Deployment\nspec:\n  replicas: 1\n", "ha: false\nhaReplicas: 3\n")(["spec", "replicas"]),
    ).toBe("template:6:3-6:14");
    expect(
      mapper(template, "kind: Deployment\nspec:\n  replicas: 3\n", "ha: true\nhaReplicas: 3\n")(["spec", "replicas"]),
    ).toBe("values:2:1-2:14");
  });
});
