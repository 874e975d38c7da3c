/**
 * The Rego every custom policy is compiled with: policies/main.rego (the entrypoint that collects
 * every rule's report) and the helpers of policies/lib, shipped in the package beside dist/.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** The library's .rego files (without its unit tests), from the package folder that holds dist/. */
export function libraryFiles(assets: string): string[] {
  const policies = resolve(assets, "..", "policies");
  const main = join(policies, "main.rego");
  const lib = join(policies, "lib");
  if (!existsSync(main) || !existsSync(lib))
    throw new Error(`the package's Rego library is missing (${policies}): reinstall zowe-ha-policy`);
  const helpers = readdirSync(lib)
    .filter((f) => f.endsWith(".rego") && !f.endsWith("_test.rego"))
    .sort();
  return [main, ...helpers.map((f) => join(lib, f))];
}
