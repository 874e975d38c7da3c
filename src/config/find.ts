/** Where the configuration file is when none is named: looked for as ESLint and Prettier look for theirs. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export const DEFAULT_CONFIG_FILE = ".zowe-ha-policy.yaml";

/** The nearest folder at or above cwd that holds .git (a folder, or a worktree's file); undefined outside a repository. */
export function enclosingRepository(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The nearest .zowe-ha-policy.yaml from cwd up to the repository's root (where `init` writes
 * it), so that a run from a subfolder uses the repository's settings. The search stops at the
 * root; outside a repository only cwd is looked in: a file in some parent folder that nobody
 * chose for this run must not change it.
 */
export function findConfigFile(cwd: string): string | undefined {
  const root = enclosingRepository(cwd) ?? cwd;
  for (let dir = cwd; ; dir = dirname(dir)) {
    const file = join(dir, DEFAULT_CONFIG_FILE);
    if (existsSync(file)) return file;
    if (dir === root || dirname(dir) === dir) return undefined;
  }
}
