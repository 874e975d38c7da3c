/**
 * Runs the action as the runner would: INPUT_* variables, an event payload file, the summary and
 * output files, and the API at a loopback URL. In-process (runAction, stdout captured) or as a
 * child process (dist/action.js).
 */
import { jest } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runAction } from "../../src/github/run.js";
import { bundledPolicy, DIST } from "../helpers.js";
import type { FakeGitHub } from "./fake-github.js";

/** Looks like a GITHUB_TOKEN, so that a leak would be found by a plain search. */
export const TOKEN = "ghs_0123456789TopSecretTokenValue";
export const REPOSITORY = "octo/zowe-config";
export const BASE_SHA = "1111111111111111111111111111111111111111";
export const HEAD_SHA = "2222222222222222222222222222222222222222";
export const MERGE_SHA = "3333333333333333333333333333333333333333";

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface RunOptions {
  cwd: string;
  server: FakeGitHub;
  inputs?: Record<string, string>;
  /** The event payload; default: a push; null: GITHUB_EVENT_PATH names a file that does not exist. */
  event?: Record<string, unknown> | null;
}

export function pullRequestEvent(
  number = 7,
  changedFiles?: number,
  base = BASE_SHA,
  head = HEAD_SHA,
): Record<string, unknown> {
  return {
    action: "synchronize",
    number,
    pull_request: {
      number,
      base: { sha: base, ref: "main" },
      head: { sha: head, ref: "feature" },
      ...(changedFiles !== undefined ? { changed_files: changedFiles } : {}),
    },
  };
}

export function pushEvent(): Record<string, unknown> {
  return { ref: "refs/heads/main", after: MERGE_SHA };
}

export function writeFiles(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A .zowe-ha-policy.yaml that leaves only the given rules on, with the given severities. */
export async function onlyRules(keep: Record<string, "error" | "warning" | "info" | "off">): Promise<string> {
  const { catalogue } = await bundledPolicy();
  const off = catalogue.rules.filter((r) => r.package !== "" && !(r.id in keep)).map((r) => `  ${r.id}: off`);
  return `rules:\n${off.join("\n")}\n${Object.entries(keep)
    .map(([id, severity]) => `  ${id}: ${severity}`)
    .join("\n")}\n`;
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value, then the delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(pattern)) outputs[m[1] ?? ""] = m[3] ?? "";
  return outputs;
}

function environment(
  options: RunOptions,
  files: { event: string; summary: string; output: string },
): Record<string, string> {
  if (options.event !== null) writeFileSync(files.event, JSON.stringify(options.event ?? pushEvent()));
  writeFileSync(files.summary, "");
  writeFileSync(files.output, "");
  const inputs = { "github-token": TOKEN, ...options.inputs };
  return {
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.event?.pull_request ? "pull_request" : "push",
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_API_URL: options.server.url,
    GITHUB_SERVER_URL: "https://github.example",
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: "4242",
  };
}

function runFiles() {
  const dir = mkdtempSync(join(tmpdir(), "zhp-run-"));
  return { event: join(dir, "event.json"), summary: join(dir, "summary.md"), output: join(dir, "output.txt") };
}

function result(code: number, stdout: string, stderr: string, files: { summary: string; output: string }): ActionRun {
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(files.summary, "utf8"),
    outputs: parseOutputs(readFileSync(files.output, "utf8")),
  };
}

/** Runs runAction in this process with the runner's variables set, capturing what it writes to stdout. */
export async function runInProcess(options: RunOptions): Promise<ActionRun> {
  const files = runFiles();
  const env = environment(options, files);
  const saved = Object.entries(process.env).filter(([key]) => key.startsWith("INPUT_") || key.startsWith("GITHUB_"));
  for (const [key] of saved) Reflect.deleteProperty(process.env, key);
  Object.assign(process.env, env);
  let stdout = "";
  const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  try {
    const code = await runAction({ cwd: options.cwd, assets: DIST, version: "0.0.0-test" });
    return result(code, stdout, "", files);
  } finally {
    write.mockRestore();
    for (const key of Object.keys(env)) Reflect.deleteProperty(process.env, key);
    Object.assign(process.env, Object.fromEntries(saved));
  }
}

/** Runs the bundled dist/action.js as the runner does, in a child process. */
export function runBundled(options: RunOptions, node = process.execPath): Promise<ActionRun & { ms: number }> {
  const files = runFiles();
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), ...environment(options, files) };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(node, [join(DIST, "action.js")], { cwd: options.cwd, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      if (code === -1) reject(error);
      else resolve({ ...result(code, stdout, stderr, files), ms: performance.now() - started });
    });
  });
}
