#!/usr/bin/env node
// The npx entry point, kept small: it starts reading and compiling the bundled policy, which runs
// off the main thread, and then loads the command line (cli/main.ts) meanwhile.
import module from "node:module";
import { fileURLToPath } from "node:url";
import { precompile } from "./engine/warm-up.js";

// Node >= 22.1 keeps V8's code for the modules loaded from here on in a cache on disk, which
// later runs read instead of compiling again; Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
precompile(fileURLToPath(new URL("policy.wasm", import.meta.url)));
// Not awaited: with a top-level await here, a chunk sharing a module with this entry point would
// wait for this module to finish, which waits for the chunk.
import("./cli/main.js").catch((error: unknown) => {
  process.stderr.write(`zowe-ha-policy: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
