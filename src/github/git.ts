/** Runs git in the checked-out repository (read-only commands: show, cat-file, diff, rev-parse). */
import { execFile } from "node:child_process";

export class GitError extends Error {
  override readonly name = "GitError";
}

export function git(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // core.quotePath=false: paths with non-ASCII characters come out as they are, not octal-escaped.
    execFile(
      "git",
      ["-c", "core.quotePath=false", ...args],
      { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(`git ${args.join(" ")}: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** git's output as bytes, for file contents that may not be text (a .wasm, a .tar.gz). */
export function gitBytes(args: readonly string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile("git", [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "buffer" }, (error, stdout, stderr) => {
      if (error) reject(new GitError(`git ${args.join(" ")}: ${stderr.toString("utf8").trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

/** Whether git succeeds: for checks such as `cat-file -e`. */
export async function gitSucceeds(args: readonly string[], cwd: string): Promise<boolean> {
  try {
    await git(args, cwd);
    return true;
  } catch {
    return false;
  }
}

/** The working directory's path inside the repository ("" at its root, else "sub/dir/"). */
export async function repositoryPrefix(cwd: string): Promise<string> {
  try {
    return (await git(["rev-parse", "--show-prefix"], cwd)).trim();
  } catch {
    return "";
  }
}
