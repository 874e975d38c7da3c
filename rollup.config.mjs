// Bundles the front ends into dist/ so that the action and `npx` run without node_modules.
// Two builds rather than two inputs of one: shared code would otherwise go into a chunk file
// that dist/cli.js imports, and the npm package ships dist/cli.js alone.
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import typescript from "@rollup/plugin-typescript";

const bundle = (name, input) => ({
  input: { [name]: input },
  output: {
    dir: "dist",
    format: "es",
    entryFileNames: "[name].js",
    // No source maps: they would double dist/ and the stack traces they serve are never shown.
  },
  plugins: [
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

export default [bundle("cli", "src/cli.ts"), bundle("action", "src/action.ts")];
