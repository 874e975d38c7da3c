/**
 * What the run is about, from the runner's environment and the event payload. Read at each call
 * (not at import, as @actions/github's `context` is) so that one process can run the action twice.
 */
import { readFileSync } from "node:fs";
import type { Finding } from "../core/findings.js";

export interface Repository {
  owner: string;
  repo: string;
}

export interface PullRequest {
  number: number;
  baseSha: string;
  /** The pull request's head commit; GITHUB_SHA is the test merge commit on pull_request events. */
  headSha: string;
  /** How many files the pull request changes, as the event reports it. */
  changedFiles?: number;
}

export interface RunContext {
  repository?: Repository;
  serverUrl: string;
  apiUrl: string;
  /** The commit checked out and scanned. */
  sha?: string;
  runUrl?: string;
  pullRequest?: PullRequest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const payload: unknown = JSON.parse(readFileSync(path, "utf8"));
    return isRecord(payload) ? payload : {};
  } catch {
    return {};
  }
}

function pullRequestOf(payload: Record<string, unknown>): PullRequest | undefined {
  const pr = payload.pull_request;
  if (!isRecord(pr) || typeof pr.number !== "number" || !isRecord(pr.base) || !isRecord(pr.head)) return undefined;
  if (typeof pr.base.sha !== "string" || typeof pr.head.sha !== "string") return undefined;
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    ...(typeof pr.changed_files === "number" ? { changedFiles: pr.changed_files } : {}),
  };
}

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const repository = owner && repo ? { owner, repo } : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const pullRequest = pullRequestOf(readPayload(env.GITHUB_EVENT_PATH));
  return {
    ...(repository ? { repository } : {}),
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(repository && env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    ...(pullRequest ? { pullRequest } : {}),
  };
}

/**
 * Links a finding to its line in the commit that was scanned (on a pull request, the test merge
 * commit: its lines are the ones reported). Undefined outside a repository's run.
 */
export function lineLinker(ctx: RunContext): ((f: Finding) => string) | undefined {
  const { repository, sha } = ctx;
  if (!repository || !sha) return undefined;
  const base = `${ctx.serverUrl}/${repository.owner}/${repository.repo}/blob/${sha}`;
  return (f) => `${base}/${f.file.split("/").map(encodeURIComponent).join("/")}#L${f.line}`;
}
