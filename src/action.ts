// The GitHub Action's entry point (action.yml runs dist/action.js). The policy and the rule
// catalogue sit next to this file in dist/; the version is the package's, fixed at build time.
import { fileURLToPath } from "node:url";
import packageJson from "../package.json" with { type: "json" };
import { runAction } from "./github/run.js";

process.exitCode = await runAction({
  cwd: process.cwd(),
  assets: fileURLToPath(new URL(".", import.meta.url)),
  version: packageJson.version,
});
