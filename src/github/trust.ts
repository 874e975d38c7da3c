/**
 * On a pull request the policy configuration comes from the base commit, not from the pull
 * request: otherwise a change could switch off the very rules that would report it. The pull
 * request's own version takes effect once merged, and the log says so when the two differ.
 */
import * as core from "@actions/core";
import { readFile } from "node:fs/promises";
import { posix, relative, resolve, sep } from "node:path";
import { DEFAULT_CONFIG_FILE, defaultConfig, loadConfig, parseConfig, type Config } from "../config/config.js";
import { statusOf, type GitHubClient } from "./api.js";
import type { PullRequest, Repository } from "./context.js";
import { git, gitSucceeds, repositoryPrefix } from "./git.js";

export interface TrustedConfig {
  config: Config;
  /** Where the configuration came from, when that is worth telling (for the job summary). */
  note?: string;
}

/** The configuration at the base commit cannot be read, so the check cannot be trusted. */
export class TrustError extends Error {
  override readonly name = "TrustError";
}

/** Reads a file at a commit through the API; undefined when the file does not exist there. */
export type RemoteReader = (file: string, sha: string) => Promise<string | undefined>;

/** The Contents API, for checkouts that do not hold the base commit (the default depth of 1). */
export function contentsReader(api: GitHubClient, repository: Repository, cwd: string): RemoteReader {
  return async (file, sha) => {
    const path = posix.normalize(`${await repositoryPrefix(cwd)}${file}`);
    try {
      const response = await api.rest.repos.getContent({ ...repository, path, ref: sha, mediaType: { format: "raw" } });
      return String(response.data);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  };
}

async function readAtCommit(file: string, sha: string, cwd: string, remote: RemoteReader | undefined): Promise<string | undefined> {
  if (await gitSucceeds(["cat-file", "-e", `${sha}^{commit}`], cwd)) {
    if (!(await gitSucceeds(["cat-file", "-e", `${sha}:./${file}`], cwd))) return undefined;
    return git(["show", `${sha}:./${file}`], cwd);
  }
  if (!remote) throw new TrustError(`the base commit ${sha} is not in the checkout and there is no token to read it through the API`);
  try {
    return await remote(file, sha);
  } catch (error) {
    throw new TrustError(`cannot read ${file} at the base commit ${sha}: ${(error as Error).message}`);
  }
}

export async function loadTrustedConfig(explicit: string | undefined, cwd: string, pullRequest: PullRequest | undefined, remote: RemoteReader | undefined): Promise<TrustedConfig> {
  if (!pullRequest) return { config: await loadConfig(explicit, cwd) };
  const file = relative(cwd, resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE)).split(sep).join("/");
  const base = await readAtCommit(file, pullRequest.baseSha, cwd, remote);
  const head = await readFile(resolve(cwd, file), "utf8").catch(() => undefined);
  const commit = pullRequest.baseSha.slice(0, 7);
  const config = base === undefined ? defaultConfig(cwd) : parseConfig(base, resolve(cwd, file), cwd, `${file}@${commit}`);
  if (base === head) return { config };
  const change = head === undefined ? "removes" : base === undefined ? "adds" : "changes";
  const used = base === undefined ? "the default configuration" : `the version of the base commit ${commit}`;
  const note = `This pull request ${change} \`${file}\`; this run uses ${used}, so that a pull request cannot change its own check. The change takes effect once merged.`;
  core.info(note.replace(/`/g, ""));
  return { config, note };
}
