/**
 * Changed-files mode: the files a pull request changes and, in each, the lines it adds or
 * modifies. The whole repository is still scanned (rules look across files); this only decides
 * what is reported.
 */
import * as core from "@actions/core";
import type { Finding } from "../core/findings.js";
import { statusOf, type GitHubClient } from "./api.js";
import type { PullRequest, Repository } from "./context.js";
import { addedLines, parseGitDiff } from "./diff.js";
import { git, repositoryPrefix } from "./git.js";

/** "all": the file changed but its diff is not available (too large, binary), so every line counts. */
export type ChangedLines = ReadonlySet<number> | "all";

/** Files relative to the working directory, with forward slashes, as findings name them. */
export type ChangedFiles = ReadonlyMap<string, ChangedLines>;

/** "List pull requests files" returns at most this many files, however many the pull request has. */
export const API_FILE_LIMIT = 3000;

function localPaths(files: Map<string, ChangedLines>, prefix: string): ChangedFiles {
  const local = new Map<string, ChangedLines>();
  for (const [path, lines] of files) if (path.startsWith(prefix)) local.set(path.slice(prefix.length), lines);
  return local;
}

async function fromApi(
  api: GitHubClient,
  repository: Repository,
  pr: PullRequest,
): Promise<Map<string, ChangedLines> | undefined> {
  const files = await api.paginate(api.rest.pulls.listFiles, { ...repository, pull_number: pr.number, per_page: 100 });
  if (files.length >= API_FILE_LIMIT || (pr.changedFiles ?? 0) > files.length) {
    core.info(
      `The pull request changes ${pr.changedFiles ?? "at least " + files.length} files, more than the ${API_FILE_LIMIT} the API lists: reading the changes with git diff.`,
    );
    return undefined;
  }
  const changed = new Map<string, ChangedLines>();
  for (const f of files)
    if (f.status !== "removed") changed.set(f.filename, f.patch === undefined ? "all" : addedLines(f.patch));
  return changed;
}

async function fromGit(pr: PullRequest, cwd: string): Promise<Map<string, ChangedLines>> {
  const range = `${pr.baseSha}...${pr.headSha}`;
  const names = (await git(["diff", "--name-only", "--diff-filter=d", "-z", range], cwd)).split("\0").filter(Boolean);
  const lines = parseGitDiff(await git(["diff", "-U0", "--no-color", "--no-ext-diff", range], cwd));
  // A file renamed or with only a mode change has no added lines, but it is still changed.
  return new Map(names.map((name) => [name, lines.get(name) ?? new Set<number>()]));
}

/**
 * The pull request's changes, from the API (paged), or from git when the pull request is beyond
 * the API's file limit or the token may not list files. Undefined when neither works: then
 * everything is reported rather than nothing.
 */
export async function changedFiles(
  api: GitHubClient | undefined,
  repository: Repository | undefined,
  pr: PullRequest,
  cwd: string,
): Promise<ChangedFiles | undefined> {
  const prefix = await repositoryPrefix(cwd);
  if (api && repository) {
    try {
      const files = await fromApi(api, repository, pr);
      if (files) return localPaths(files, prefix);
    } catch (error) {
      const status = statusOf(error);
      const permission = status === 403 || status === 404 ? " (the token needs `pull-requests: read`)" : "";
      core.warning(
        `Cannot list the pull request's files${permission}: ${(error as Error).message}. Reading the changes with git diff.`,
      );
    }
  }
  try {
    return localPaths(await fromGit(pr, cwd), prefix);
  } catch (error) {
    core.warning(
      `only-changed: cannot read the pull request's changes with git (${(error as Error).message}); check out with \`fetch-depth: 0\`. ` +
        `Reporting the findings of all files.`,
    );
    return undefined;
  }
}

export function inChangedFile(f: Finding, changes: ChangedFiles): boolean {
  return changes.has(f.file);
}

/** The finding's lines overlap the lines the pull request adds or modifies. */
export function onChangedLine(f: Finding, changes: ChangedFiles): boolean {
  const lines = changes.get(f.file);
  if (lines === undefined) return false;
  if (lines === "all") return true;
  for (let line = f.line; line <= f.endLine; line++) if (lines.has(line)) return true;
  return false;
}
