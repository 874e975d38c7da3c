#!/usr/bin/env node
import module$1 from 'node:module';
import { fileURLToPath } from 'node:url';
import { p as precompile } from './cli/warm-up.js';
import 'node:fs/promises';

// The npx entry point, kept small: it starts reading and compiling the bundled policy, which runs
// off the main thread, and then loads the command line (cli/main.ts) meanwhile.
// Node >= 22.1 keeps V8's code for the modules loaded from here on in a cache on disk, which
// later runs read instead of compiling again; Node 20 has no such cache.
module$1.enableCompileCache?.();
precompile(fileURLToPath(new URL("policy.wasm", import.meta.url)));
// Not awaited: with a top-level await here, a chunk sharing a module with this entry point would
// wait for this module to finish, which waits for the chunk.
import('./cli/main.js').catch((error) => {
    process.stderr.write(`zowe-ha-policy: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
});
