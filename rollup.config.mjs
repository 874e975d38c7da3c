// Bundles the front ends into dist/ so that the action and `npx` run without node_modules.
//
// The CLI is split so that a run loads only what its command needs: dist/cli.js is a small entry
// point, and its chunks in dist/cli/ are the command line with `check` (loaded every run) and the
// rarely used commands (init, docs, baseline, build-policies, test-policies: loaded when run).
// The npm package ships dist/cli.js and dist/cli/ (package.json "files").
//
// The action is one file of its own: it always runs the whole pipeline and the GitHub code, and
// a second build keeps its chunks out of the CLI's.
import { rmSync } from "node:fs";
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import typescript from "@rollup/plugin-typescript";
import { configValidator } from "./scripts/config-validator.mjs";

const CLI_CHUNKS = "dist/cli";

/** Chunks of an earlier build whose names changed would otherwise stay in dist/cli. */
const cleanChunks = {
  name: "clean-chunks",
  buildStart: () => rmSync(CLI_CHUNKS, { recursive: true, force: true }),
};

/**
 * The SDK's JavaScript builtins (a second copy of the yaml library, sprintf-js and more) serve
 * policies that call builtins WebAssembly does not implement. Policy.load refuses such a policy
 * (src/engine/policy.ts), so no run calls them, and the bundles go without them.
 */
const withoutSdkBuiltins = {
  name: "without-sdk-builtins",
  load: (id) => (id.endsWith("/@open-policy-agent/opa-wasm/src/builtins/index.js") ? "module.exports = {};" : null),
};

const bundle = (name, input, output, plugins = []) => ({
  input: { [name]: input },
  output: {
    dir: "dist",
    format: "es",
    entryFileNames: "[name].js",
    // No source maps: they would double dist/ and the stack traces they serve are never shown.
    ...output,
  },
  plugins: [
    ...plugins,
    // Before the TypeScript plugin, which would resolve src/config/validator.ts as written.
    configValidator(),
    withoutSdkBuiltins,
    typescript({ tsconfig: "./tsconfig.build.json" }),
    // yaml maps its browser build to the default condition: ask for the node one.
    nodeResolve({ exportConditions: ["node"], preferBuiltins: true }),
    commonjs(),
    json(),
  ],
  onwarn(warning, warn) {
    // opa-wasm's CommonJS uses `this` at the top level; harmless once bundled.
    if (warning.code === "THIS_IS_UNDEFINED") return;
    // @actions/core's modules import each other; they work bundled as they do unbundled.
    if (warning.code === "CIRCULAR_DEPENDENCY" && warning.ids?.every((id) => id.includes("/node_modules/"))) return;
    warn(warning);
  },
});

export default [
  bundle("cli", "src/cli.ts", { chunkFileNames: "cli/[name].js" }, [cleanChunks]),
  bundle("action", "src/action.ts", { inlineDynamicImports: true }),
];
