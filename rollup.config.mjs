// Bundles the front ends into dist/ so that the action and `npx` run without node_modules.
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import typescript from "@rollup/plugin-typescript";

export default {
  input: { cli: "src/cli.ts" },
  output: {
    dir: "dist",
    format: "es",
    entryFileNames: "[name].js",
    chunkFileNames: "[name].js",
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
    warn(warning);
  },
};
