/**
 * Kustomize overlays are not what is deployed until rendered: where a folder has a
 * kustomization and a renderer is on PATH, the rendered objects are checked instead of the raw
 * files, one deployment unit per rendered kustomization, and findings are mapped back to the
 * files the objects come from: the overlay's patch that sets a value, else the base resource.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { basename, dirname, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import type { PathSegment } from "../core/findings.js";
import { classify, type KubernetesObjectSource } from "../load/classify.js";
import { loadFile, problemFinding } from "../load/load-file.js";
import { SourceFile, type Embedded, type Locatable, type Placed, type YamlDocument } from "../load/yaml.js";
import { findOnPath } from "./executable.js";
import { emptyRender, type RenderContext, type RenderResult } from "./rendered.js";
import { isObject, type JsonObject, valueAt } from "../core/json.js";

const run = promisify(execFile);
export const KUSTOMIZATION_FILES = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
const RENDER_TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 256 * 1024 * 1024;

export interface Renderer {
  command: string;
  args: (dir: string) => string[];
}

/** `kustomize build`, else `kubectl kustomize`, from PATH. */
export async function findRenderer(pathVariable = process.env.PATH ?? ""): Promise<Renderer | undefined> {
  for (const [name, args] of [
    ["kustomize", (dir: string) => ["build", dir]],
    ["kubectl", (dir: string) => ["kustomize", dir]],
  ] as const) {
    const command = await findOnPath([name], pathVariable);
    if (command !== undefined) return { command, args };
  }
  return undefined;
}

export interface KustomizationPlan {
  /** Folders to render: kustomizations no other kustomization in the scan uses. */
  roots: string[];
  /** Every folder a root builds from (itself included), by root. */
  members: Map<string, string[]>;
  /** Roots that cannot be rendered offline (remote resources), with the reason. */
  skipped: Map<string, string>;
}

interface KustomizationFile {
  resources?: unknown;
  bases?: unknown;
  components?: unknown;
}

function entries(k: KustomizationFile): string[] {
  return [k.resources, k.bases, k.components].flatMap((v) =>
    Array.isArray(v) ? v.filter((e): e is string => typeof e === "string") : [],
  );
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;

/** Finds the kustomizations among the files and which of them to render. */
export async function planKustomizations(files: readonly string[]): Promise<KustomizationPlan> {
  const dirs = files.filter((f) => KUSTOMIZATION_FILES.has(basename(f))).map((f) => dirname(f));
  const known = new Set(dirs);
  const uses = new Map<string, string[]>();
  const remote = new Map<string, string>();
  for (const dir of dirs) {
    const file = files.find((f) => dirname(f) === dir && KUSTOMIZATION_FILES.has(basename(f)));
    let parsed: KustomizationFile = {};
    try {
      parsed = (parse(await readFile(file ?? "", "utf8")) ?? {}) as KustomizationFile;
    } catch {
      // An unreadable or invalid kustomization is reported as a file problem; kustomize would fail on it too.
    }
    const list = entries(parsed);
    const far = list.find((e) => REMOTE.test(e));
    if (far) remote.set(dir, `it uses the remote resource ${far}, and checks never use the network`);
    uses.set(
      dir,
      list.map((e) => resolve(dir, e)).filter((d) => known.has(d)),
    );
  }
  const used = new Set([...uses.values()].flat());
  const roots = dirs.filter((d) => !used.has(d)).sort();
  const members = new Map<string, string[]>();
  for (const root of roots) {
    const seen = new Set<string>();
    const visit = (d: string) => {
      if (seen.has(d)) return;
      seen.add(d);
      for (const next of uses.get(d) ?? []) visit(next);
    };
    visit(root);
    members.set(root, [...seen]);
  }
  const skipped = new Map<string, string>();
  for (const root of roots) {
    const reason = (members.get(root) ?? []).map((d) => remote.get(d)).find(Boolean);
    if (reason) skipped.set(root, reason);
  }
  return { roots: roots.filter((r) => !skipped.has(r)), members, skipped };
}

/** The rendered manifests of a kustomization folder, or why they could not be rendered. */
export async function render(renderer: Renderer, dir: string): Promise<{ text: string } | { error: string }> {
  try {
    const { stdout } = await run(renderer.command, renderer.args(dir), {
      timeout: RENDER_TIMEOUT_MS,
      maxBuffer: MAX_OUTPUT,
      encoding: "utf8",
    });
    return { text: stdout };
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return { error: (e.stderr?.trim() || e.message).split("\n")[0] ?? e.message };
  }
}

/** The kustomizations among the files, rendered: one deployment unit each. */
export async function renderKustomizations(files: readonly string[], context: RenderContext): Promise<RenderResult> {
  const result = emptyRender();
  const plan = await planKustomizations(files);
  if (plan.roots.length === 0 && plan.skipped.size === 0) return result;
  const { show } = context;
  for (const [dir, reason] of plan.skipped) {
    result.notices.push(`${show(dir)}: kustomization not rendered: ${reason}; its files are checked as written`);
  }
  const renderer = await findRenderer(context.pathVariable);
  if (!renderer) {
    for (const dir of plan.roots) {
      result.notices.push(
        `${show(dir)}: kustomization not rendered: neither kustomize nor kubectl is on PATH; its files are checked as written`,
      );
    }
    return result;
  }
  for (const dir of plan.roots) {
    const rendered = await render(renderer, dir);
    if ("error" in rendered) {
      result.notices.push(`${show(dir)}: kustomize build failed (${rendered.error}); its files are checked as written`);
      continue;
    }
    const members = plan.members.get(dir) ?? [dir];
    const sources = files.filter((f) => members.some((m) => within(f, m)));
    for (const file of sources) result.consumed.add(file);
    const origins = loadOrigins(sources, members, context, result);
    const kustomization = origins.kustomization;
    if (!kustomization) continue;
    const output = new SourceFile(kustomization.file.path, rendered.text, context.limits, () => FIRST_LINE);
    result.findings.push(
      ...output.problems.map((p) => problemFinding(kustomization.file.path, p, "kustomize output: ")),
    );
    const objects: KubernetesObjectSource[] = [];
    for (const doc of output.documents) {
      const c = classify(doc);
      if (c.kind !== "kubernetes") continue;
      for (const { object } of c.objects) {
        const doc = new KustomizedObject(
          object,
          origins.candidates(object),
          kustomization,
          show(dir),
          origins.generatorOf(object),
          show,
        );
        objects.push({ object, doc, prefix: [], ...(doc.note ? { note: doc.note } : {}) });
      }
    }
    result.units.push({ unit: show(dir), objects });
  }
  return result;
}

const FIRST_LINE = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function within(path: string, dir: string): boolean {
  return path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** A configMapGenerator entry: the ConfigMap it generates takes each data key from a file. */
interface Generator {
  name: string;
  kustomization: YamlDocument;
  index: number;
  /** data key → the file (absolute path) and its index in the entry's files. */
  files: Map<string, { path: string; index: number }>;
}

function generators(kustomization: YamlDocument, dir: string): Generator[] {
  const entries = isObject(kustomization.value) ? kustomization.value.configMapGenerator : undefined;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown, index) => {
    if (!isObject(entry) || typeof entry.name !== "string" || !Array.isArray(entry.files)) return [];
    const files = new Map<string, { path: string; index: number }>();
    entry.files.forEach((spec: unknown, k) => {
      if (typeof spec !== "string") return;
      // "key=path", or a path whose file name is the key.
      const eq = spec.indexOf("=");
      const path = eq >= 0 ? spec.slice(eq + 1) : spec;
      files.set(eq >= 0 ? spec.slice(0, eq) : basename(path), { path: resolve(dir, path), index: k });
    });
    return [{ name: entry.name, kustomization, index, files }];
  });
}

/** The objects of the files a kustomization builds from, to find where a rendered object is written. */
function loadOrigins(
  sources: readonly string[],
  members: readonly string[],
  context: RenderContext,
  result: RenderResult,
) {
  const written: Array<KubernetesObjectSource & { depth: number }> = [];
  const generated: Generator[] = [];
  const texts = new Map<string, string>();
  let kustomization: YamlDocument | undefined;
  for (const file of sources) {
    const loaded = loadFile(file, context.show(file), context.limits);
    if ("problem" in loaded) {
      result.findings.push(loaded.problem);
      continue;
    }
    result.findings.push(...loaded.problems);
    texts.set(file, loaded.text);
    if (KUSTOMIZATION_FILES.has(basename(file))) {
      const doc = loaded.source.documents[0];
      if (!doc) continue;
      if (dirname(file) === members[0]) kustomization = doc;
      // The rendered folder's generators first: an overlay's generator replaces its bases'.
      if (members.includes(dirname(file))) generated.push(...generators(doc, dirname(file)));
      continue;
    }
    // The rendered folder's own files first: an overlay's patch is applied after its bases.
    const depth = members.findIndex((m) => dirname(file) === m || within(file, m));
    for (const doc of loaded.source.documents) {
      const c = classify(doc);
      if (c.kind === "kubernetes") for (const source of c.objects) written.push({ ...source, depth });
    }
  }
  generated.sort(
    (a, b) => members.indexOf(dirname(a.kustomization.file.path)) - members.indexOf(dirname(b.kustomization.file.path)),
  );
  const generatorOf = (rendered: JsonObject) => {
    const name = isObject(rendered.metadata) ? rendered.metadata.name : undefined;
    if (rendered.kind !== "ConfigMap" || typeof name !== "string") return undefined;
    const generator = generated.find((g) => name.includes(g.name));
    return generator && { generator, text: (path: string) => texts.get(path) };
  };
  return { kustomization, candidates: (rendered: JsonObject) => candidatesFor(rendered, written), generatorOf };
}

/**
 * The written objects a rendered object may come from: same kind, its name as written inside the
 * rendered name (prefixes and suffixes extend it); the exact name first, then the longest, then
 * the overlay's before its bases'.
 */
function candidatesFor(rendered: JsonObject, written: ReadonlyArray<KubernetesObjectSource & { depth: number }>) {
  const name = isObject(rendered.metadata) ? rendered.metadata.name : undefined;
  if (typeof name !== "string") return [];
  const nameOf = (o: JsonObject) =>
    isObject(o.metadata) && typeof o.metadata.name === "string" ? o.metadata.name : "";
  const matching = written.filter(
    (w) => w.object.kind === rendered.kind && nameOf(w.object) !== "" && name.includes(nameOf(w.object)),
  );
  const best = Math.max(...matching.map((w) => (nameOf(w.object) === name ? Infinity : nameOf(w.object).length)));
  return matching
    .filter((w) => (nameOf(w.object) === name ? Infinity : nameOf(w.object).length) === best)
    .sort((a, b) => a.depth - b.depth);
}

/**
 * A rendered object located in the files it comes from: a path at the first written object
 * (overlay before base) that sets it, else at the deepest part any of them has; an object found
 * in no file at its kustomization, which the message names.
 */
class KustomizedObject implements Locatable {
  constructor(
    readonly value: JsonObject,
    private readonly written: readonly KubernetesObjectSource[],
    private readonly kustomization: YamlDocument,
    private readonly shownDir: string,
    private readonly generated: { generator: Generator; text: (path: string) => string | undefined } | undefined,
    private readonly showFile: (absolute: string) => string,
  ) {}

  place(path: readonly PathSegment[]): Placed {
    let best: Placed | undefined;
    for (const { doc, prefix } of this.written) {
      const placed = doc.place([...prefix, ...path]);
      const found = { ...placed, path: placed.path.slice(prefix.length) };
      if (found.path.length === path.length) return found;
      if (!best || found.path.length > best.path.length) best = found;
    }
    if (best) return best;
    const generator = this.generated?.generator;
    if (generator) {
      // A generated ConfigMap: at its generator entry, a data key at the file it comes from.
      const file = path[0] === "data" && typeof path[1] === "string" ? generator.files.get(path[1]) : undefined;
      const at = ["configMapGenerator", generator.index, ...(file ? ["files", file.index] : [])];
      return { ...generator.kustomization.place(at), path: file ? ["data", path[1] as string] : [] };
    }
    return { file: this.kustomization.file.path, region: FIRST_LINE, path: [] };
  }

  /** What the findings about this object should add: where it really comes from when no file shows it. */
  get note(): string | undefined {
    if (this.written.length > 0 || this.generated) return undefined;
    const metadata = isObject(this.value.metadata) ? this.value.metadata : {};
    const name = `${String(metadata.namespace ?? "default")}/${String(metadata.name ?? "?")}`;
    return `${String(this.value.kind)} ${name} as rendered by kustomize build ${this.shownDir}`;
  }

  embedded(path: readonly PathSegment[]): Embedded | undefined {
    const text = valueAt(this.value, path);
    if (typeof text !== "string") return undefined;
    // Line for line where a written object holds the same text, or a generator's file does;
    // else every region at the key.
    for (const { doc, prefix } of this.written) {
      const embedded = doc.embedded([...prefix, ...path]);
      if (embedded?.text === text) return embedded;
    }
    const generated = this.generated;
    const source =
      path[0] === "data" && typeof path[1] === "string" ? generated?.generator.files.get(path[1]) : undefined;
    if (generated && source && generated.text(source.path) === text) {
      return { text, file: this.showFile(source.path), embedding: (region) => region };
    }
    const { file, region } = this.place(path);
    return { text, file, embedding: () => region };
  }
}
