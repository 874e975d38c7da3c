// The bundle rollup.config.mjs builds as dist/cli.js and its chunks in dist/cli/, with source
// maps, written to bench/.build/bundle (bench/profile.mjs uses the maps to attribute profile
// samples to source files). Only the output folder, the source maps and the TypeScript plugin's
// matching options differ from the real build (and dist/cli/ is left alone), so the code is the
// same as dist/'s.
import typescript from "@rollup/plugin-typescript";
import config from "../rollup.config.mjs";

const dir = "bench/.build/bundle";
const configs = Array.isArray(config) ? config : [config];
const cli = configs.find((c) => JSON.stringify(c.input).includes("src/cli.ts")) ?? configs[0];

export default {
  ...cli,
  input: { cli: "src/cli.ts" },
  output: { ...(Array.isArray(cli.output) ? cli.output[0] : cli.output), dir, sourcemap: true },
  plugins: cli.plugins
    .filter((p) => p?.name !== "clean-chunks")
    .map((p) =>
      p && p.name === "typescript"
        ? typescript({ tsconfig: "./tsconfig.build.json", outDir: dir, sourceMap: true })
        : p,
    ),
};
