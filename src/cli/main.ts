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

const pkg = packageJson();

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  assets: fileURLToPath(new URL("..", import.meta.url)),
  version: pkg.version ?? "unknown",
  actionRepository: githubRepository(pkg.repository),
});
