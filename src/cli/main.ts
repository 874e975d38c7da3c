// The command line in this process, loaded by the entry point (cli.ts) once it has started the
// policy's compile. The policy and the rule catalogue are in dist/, the folder above this chunk.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { githubRepository } from "../init/workflow.js";
import { run } from "./run.js";

function packageJson(): { version?: string; repository?: unknown } {
  try {
    return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version?: string;
      repository?: unknown;
    };
  } catch {
    return {};
  }
}

/**
 * The stream, written to until its reader goes away (`zowe-ha-policy rules | head -1`): then the
 * rest is dropped instead of an EPIPE stack trace, and the run ends with its own exit code.
 */
function untilClosed(stream: NodeJS.WriteStream): { write(text: string): unknown; isTTY: boolean } {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed = true;
  });
  return { write: (text: string) => closed || stream.write(text), isTTY: stream.isTTY };
}

const pkg = packageJson();

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: untilClosed(process.stdout),
  stderr: untilClosed(process.stderr),
  env: process.env,
  assets: fileURLToPath(new URL("..", import.meta.url)),
  version: pkg.version ?? "unknown",
  actionRepository: githubRepository(pkg.repository),
});
