/**
 * The committed bundle dist/cli.js loads only what `check` needs: no chunk of a rarely used
 * command, and not Node's HTTP client (undici), which the wasm SDK's asynchronous loader pulled in.
 * Run in a child process whose every module resolution and built-in module is recorded.
 */
import { afterAll, expect, test } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, ROOT } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "zhp-startup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records, at exit, the ES modules resolved and the built-in modules loaded. */
const RECORDER = `
import { register } from "node:module";
import { writeFileSync } from "node:fs";
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on("message", (url) => urls.push(url));
port1.unref();
register("data:text/javascript," + encodeURIComponent(
  "let port; export function initialize(data) { port = data.port; }" +
  "export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r; }"
), { data: { port: port2 }, transferList: [port2] });
process.on("exit", () => writeFileSync(process.env.RECORD, JSON.stringify({ urls, builtins: process.moduleLoadList })));
`;

test("check loads the command line's chunks, no command's and not undici", async () => {
  const recorder = join(dir, "recorder.mjs");
  const record = join(dir, "record.json");
  writeFileSync(recorder, RECORDER);
  const code = await new Promise<number | null>((resolve) =>
    execFile(
      process.execPath,
      ["--import", pathToFileURL(recorder).href, join(DIST, "cli.js"), "check", "examples/sysplex"],
      { cwd: ROOT, env: { ...process.env, RECORD: record } },
      (error) => resolve(error ? ((error as { code?: number }).code ?? null) : 0),
    ),
  );
  expect(code).toBe(0);
  const { urls, builtins } = JSON.parse(readFileSync(record, "utf8")) as { urls: string[]; builtins: string[] };
  const chunks = urls.filter((u) => u.startsWith(pathToFileURL(join(DIST, "cli")).href)).map((u) => u.split("/").pop());
  expect(chunks).toContain("main.js");
  for (const lazy of ["init.js", "rule-doc.js", "build-policies.js", "test-policies.js"])
    expect(chunks).not.toContain(lazy);
  expect(builtins.filter((m) => m.includes("undici"))).toEqual([]);
});
