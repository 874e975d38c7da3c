/**
 * Kustomize overlays are not what is deployed until rendered: where a folder has a
 * kustomization and a renderer is on PATH, the rendered objects are checked instead of the raw
 * files, and findings are mapped back to the files the objects come from.
 */
import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, readFile, stat } from "node:fs/promises";
import { basename, delimiter, dirname, join, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";

const run = promisify(execFile);
export const KUSTOMIZATION_FILES = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
const RENDER_TIMEOUT_MS = 120_000;
const MAX_OUTPUT = 256 * 1024 * 1024;

export interface Renderer {
  command: string;
  args: (dir: string) => string[];
}

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** `kustomize build`, else `kubectl kustomize`, from PATH. */
export async function findRenderer(pathVariable = process.env.PATH ?? ""): Promise<Renderer | undefined> {
  const dirs = pathVariable.split(delimiter).filter(Boolean);
  for (const [name, args] of [
    ["kustomize", (dir: string) => ["build", dir]],
    ["kubectl", (dir: string) => ["kustomize", dir]],
  ] as const) {
    for (const d of dirs) {
      const command = join(d, name);
      if (await executable(command)) return { command, args };
    }
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

export interface Rendered {
  dir: string;
  text: string;
}

/**
 * Renders the root kustomizations among the files. Returns the outputs and a test for the files
 * whose objects the outputs replace; says in notices what could not be rendered and why (its
 * raw files are then checked as written).
 */
export async function renderKustomizations(
  files: readonly string[],
  notices: string[],
  show: (path: string) => string,
): Promise<{ outputs: Rendered[]; replaces: (file: string) => boolean }> {
  const plan = await planKustomizations(files);
  const none = { outputs: [], replaces: () => false };
  if (plan.roots.length === 0 && plan.skipped.size === 0) return none;
  for (const [dir, reason] of plan.skipped)
    notices.push(`${show(dir)}: kustomization not rendered: ${reason}; its files are checked as written`);
  const renderer = await findRenderer();
  if (!renderer) {
    for (const dir of plan.roots)
      notices.push(
        `${show(dir)}: kustomization not rendered: neither kustomize nor kubectl is on PATH; its files are checked as written`,
      );
    return none;
  }
  const outputs: Rendered[] = [];
  const covered: string[] = [];
  for (const dir of plan.roots) {
    const result = await render(renderer, dir);
    if ("error" in result) {
      notices.push(`${show(dir)}: kustomize build failed (${result.error}); its files are checked as written`);
      continue;
    }
    outputs.push({ dir, text: result.text });
    covered.push(...(plan.members.get(dir) ?? [dir]));
  }
  const replaces = (file: string) => covered.some((d) => file.startsWith(d.endsWith(sep) ? d : d + sep));
  return { outputs, replaces };
}
