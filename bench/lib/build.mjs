// Bench-only builds of the package's sources, never touching dist/ or src/:
//   - tscBuild(): src/ compiled by tsc into bench/.build/tsc (tsconfig.build.json settings), so
//     that bench scripts can import the pipeline's modules (ModelBuilder, scan...);
//   - sourceMappedBundle(): the same rollup bundle as dist/cli.js, with a source map, in
//     bench/.build/bundle, to attribute profile samples to source files.
// Both are rebuilt only when a source is newer than the last build.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BUILD = join(ROOT, "bench", ".build");

function newest(dir, ext) {
  let t = 0;
  if (!existsSync(dir)) return 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p, ext));
    else if (!ext || ext.some((x) => e.name.endsWith(x))) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Newest modification time of the inputs of the JS build. */
export function sourcesMtime() {
  return Math.max(
    newest(join(ROOT, "src"), [".ts", ".json"]),
    newest(join(ROOT, "schema"), [".json"]),
    statSync(join(ROOT, "package-lock.json")).mtimeMs,
  );
}

/** Newest modification time of the policy sources. */
export function policiesMtime() {
  return newest(join(ROOT, "policies"), [".rego"]);
}

function stale(stamp) {
  return !existsSync(stamp) || statSync(stamp).mtimeMs < sourcesMtime();
}

export function tscBuild({ quiet = false } = {}) {
  const out = join(BUILD, "tsc");
  const stamp = join(out, ".stamp");
  if (!stale(stamp)) return out;
  if (!quiet) process.stderr.write("bench: compiling src/ with tsc into bench/.build/tsc ...\n");
  try {
    execFileSync(
      join(ROOT, "node_modules", ".bin", "tsc"),
      [
        "-p",
        "tsconfig.build.json",
        "--outDir",
        out,
        "--noEmit",
        "false",
        "--declaration",
        "false",
        "--sourceMap",
        "false",
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
  } catch (error) {
    // Type errors still emit JavaScript; only a missing output is fatal.
    if (!existsSync(join(out, "src", "scan.js")))
      throw new Error(`tsc failed: ${error.stdout ?? error.message}`, { cause: error });
  }
  writeFileSync(stamp, new Date().toISOString());
  return out;
}

export function sourceMappedBundle({ quiet = false } = {}) {
  const out = join(BUILD, "bundle");
  const stamp = join(out, ".stamp");
  if (!stale(stamp)) return out;
  if (!quiet) process.stderr.write("bench: bundling src/cli.ts with a source map into bench/.build/bundle ...\n");
  execFileSync(join(ROOT, "node_modules", ".bin", "rollup"), ["--config", "bench/rollup.bench.mjs"], {
    cwd: ROOT,
    stdio: "pipe",
  });
  writeFileSync(stamp, new Date().toISOString());
  return out;
}

/** Warnings when dist/ is older than the sources it is built from. */
export function distWarnings() {
  const warnings = [];
  const cli = join(ROOT, "dist", "cli.js");
  const wasm = join(ROOT, "dist", "policy.wasm");
  if (!existsSync(cli) || !existsSync(wasm)) return ["dist/ is not built: run npm run build"];
  if (statSync(cli).mtimeMs < sourcesMtime())
    warnings.push("dist/cli.js is older than src/: run npm run build (or bench --build)");
  if (statSync(wasm).mtimeMs < policiesMtime())
    warnings.push("dist/policy.wasm is older than policies/: run npm run build (or bench --build)");
  return warnings;
}
