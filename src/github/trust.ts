/**
 * On a pull request the policy configuration comes from the base commit, not from the pull
 * request: otherwise a change could switch off the very rules that would report it. The pull
 * request's own version takes effect once merged, and the log says so when the two differ.
 */
import * as core from "@actions/core";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, posix, relative, resolve } from "node:path";
import { DEFAULT_CONFIG_FILE, defaultConfig, loadConfig, parseConfig, type Config } from "../config/config.js";
import { statusOf, type GitHubClient } from "./api.js";
import type { PullRequest, Repository } from "./context.js";
import { rulesFileOf } from "../custom-policies/sources.js";
import { git, gitBytes, gitSucceeds, repositoryPrefix } from "./git.js";
import { relativePath } from "../core/paths.js";

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

async function readAtCommit(
  file: string,
  sha: string,
  cwd: string,
  remote: RemoteReader | undefined,
): Promise<string | undefined> {
  if (await gitSucceeds(["cat-file", "-e", `${sha}^{commit}`], cwd)) {
    if (!(await gitSucceeds(["cat-file", "-e", `${sha}:./${file}`], cwd))) return undefined;
    return git(["show", `${sha}:./${file}`], cwd);
  }
  if (!remote)
    throw new TrustError(
      `the base commit ${sha} is not in the checkout and there is no token to read it through the API`,
    );
  try {
    return await remote(file, sha);
  } catch (error) {
    throw new TrustError(`cannot read ${file} at the base commit ${sha}: ${(error as Error).message}`);
  }
}

export async function loadTrustedConfig(
  explicit: string | undefined,
  cwd: string,
  pullRequest: PullRequest | undefined,
  remote: RemoteReader | undefined,
): Promise<TrustedConfig> {
  if (!pullRequest) return { config: await loadConfig(explicit, cwd) };
  const file = relativePath(cwd, resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE));
  const base = await readAtCommit(file, pullRequest.baseSha, cwd, remote);
  const head = await readFile(resolve(cwd, file), "utf8").catch(() => undefined);
  const commit = pullRequest.baseSha.slice(0, 7);
  const config =
    base === undefined ? defaultConfig(cwd) : parseConfig(base, resolve(cwd, file), cwd, `${file}@${commit}`);
  if (base === head) return { config };
  const change = head === undefined ? "removes" : base === undefined ? "adds" : "changes";
  const used = base === undefined ? "the default configuration" : `the version of the base commit ${commit}`;
  const note = `This pull request ${change} \`${file}\`; this run uses ${used}, so that a pull request cannot change its own check. The change takes effect once merged.`;
  core.info(note.replace(/`/g, ""));
  return { config, note };
}

/**
 * Custom policies inside the repository are the organisation's rules: on a pull request they
 * are read from the base commit too (copied to a temporary folder), so that the pull request
 * cannot edit the rules that judge it. Reported under their own names; the log says when the
 * pull request changes them.
 */
export async function policiesFromBase(
  config: Config,
  cwd: string,
  baseSha: string,
): Promise<{ config: Config; note?: string }> {
  const inRepository = config.policies.filter((p) => !relative(cwd, p).startsWith(".."));
  if (inRepository.length === 0) return { config };
  if (!(await gitSucceeds(["cat-file", "-e", `${baseSha}^{commit}`], cwd))) {
    const note = `The base commit ${baseSha.slice(0, 7)} is not in the checkout, so the custom policies are read from the pull request (check out with fetch-depth: 0 to read them from the base).`;
    core.warning(note);
    return { config, note };
  }
  const copy = await mkdtemp(join(tmpdir(), "zowe-ha-policy-base-"));
  const readFrom = new Map<string, string>();
  const changed: string[] = [];
  for (const policy of inRepository) {
    const rel = relativePath(cwd, policy);
    // A .wasm comes with its catalogue beside it.
    const paths = rel.endsWith(".wasm") ? [rel, relativePath(cwd, rulesFileOf(policy))] : [rel];
    const files = (await git(["ls-tree", "-r", "-z", "--name-only", baseSha, "--", ...paths], cwd))
      .split("\0")
      .filter(Boolean);
    for (const file of files) {
      const target = join(copy, ...file.split("/"));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, await gitBytes(["cat-file", "blob", `${baseSha}:./${file}`], cwd));
    }
    readFrom.set(policy, join(copy, ...rel.split("/")));
    if (!(await gitSucceeds(["diff", "--quiet", baseSha, "--", ...paths], cwd))) changed.push(rel);
  }
  const note =
    changed.length > 0
      ? `This pull request changes the custom policies ${changed.map((c) => `\`${c}\``).join(", ")}; this run uses the versions of the base commit ${baseSha.slice(0, 7)}, so that a pull request cannot change its own check.`
      : undefined;
  if (note) core.info(note.replace(/`/g, ""));
  return { config: { ...config, policiesReadFrom: readFrom }, ...(note ? { note } : {}) };
}
