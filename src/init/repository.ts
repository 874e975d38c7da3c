/** What `init` needs to know about the git repository it runs in, read from .git without git. */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { enclosingRepository } from "../config/find.js";

/** The nearest folder at or above cwd that holds .git (GitHub reads workflows only there); cwd if none does. */
export function repositoryRoot(cwd: string): string {
  return enclosingRepository(cwd) ?? cwd;
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
