/** Shared by the tests: the compiled policy from dist/ (rebuilt by `npm test`'s pretest step). */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type CliIO } from "../src/cli/run.js";
import { combinePolicies, loadBundledPolicy } from "../src/engine/policy-set.js";
import type { PolicyBundle } from "../src/pipeline/scan.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist");

let bundle: Promise<PolicyBundle> | undefined;

export function bundledPolicy(): Promise<PolicyBundle> {
  bundle ??= loadBundledPolicy(join(DIST, "policy.wasm"), join(DIST, "rules.json")).then((source) =>
    combinePolicies([source]),
  );
  return bundle;
}

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process against the built dist/ assets (env: what child processes see, e.g. PATH). */
export async function cli(argv: string[], cwd = ROOT, env: Record<string, string | undefined> = {}): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
    assets: DIST,
    version: "0.0.0-test",
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/**
 * Runs the committed bundle dist/cli.js in a child process, as `npx zowe-ha-policy` runs it
 * (prefix: a command to run it under, e.g. setpriv; env: in place of this process's).
 */
export function bundledCli(
  argv: string[],
  options: { cwd?: string; prefix?: string[]; env?: Record<string, string | undefined> } = {},
): Captured {
  const [command = process.execPath, ...args] = [
    ...(options.prefix ?? []),
    process.execPath,
    join(DIST, "cli.js"),
    ...argv,
  ];
  const r = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...(options.env ?? process.env), NO_COLOR: "1" },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Writes files (paths relative to dir, folders created) and returns dir. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
