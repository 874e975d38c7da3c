// The bundle rollup.config.mjs builds as dist/cli.js, with a source map, written to
// bench/.build/bundle (bench/profile.mjs uses the map to attribute profile samples to source
// files). Only the output folder, the source map and the TypeScript plugin's matching options
// differ from the real build, so the code is the same as dist/cli.js.
import typescript from "@rollup/plugin-typescript";
import config from "../rollup.config.mjs";

const dir = "bench/.build/bundle";
const configs = Array.isArray(config) ? config : [config];
const cli = configs.find((c) => JSON.stringify(c.input).includes("src/cli.ts")) ?? configs[0];

export default {
  ...cli,
  input: { cli: "src/cli.ts" },
  output: { ...(Array.isArray(cli.output) ? cli.output[0] : cli.output), dir, sourcemap: true },
  plugins: cli.plugins.map((p) =>
    p && p.name === "typescript" ? typescript({ tsconfig: "./tsconfig.build.json", outDir: dir, sourceMap: true }) : p,
  ),
};
