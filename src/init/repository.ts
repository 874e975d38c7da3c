/** What `init` needs to know about the git repository it runs in, read from .git without git. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/** The nearest folder at or above cwd that holds .git (GitHub reads workflows only there); cwd if none does. */
export function repositoryRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

function branchOf(refFile: string): string | undefined {
  try {
    return /^ref: refs\/(?:remotes\/origin|heads)\/(\S+)/.exec(readFileSync(refFile, "utf8"))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The default branch: origin's HEAD as a clone records it, else the branch checked out, else
 * "main". A worktree's .git is a file, not a folder: then "main".
 */
export function defaultBranch(root: string): string {
  const git = join(root, ".git");
  if (!statSync(git, { throwIfNoEntry: false })?.isDirectory()) return "main";
  return branchOf(join(git, "refs", "remotes", "origin", "HEAD")) ?? branchOf(join(git, "HEAD")) ?? "main";
}
