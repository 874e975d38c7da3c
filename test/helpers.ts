/** Shared by the tests: the compiled policy from dist/ (rebuilt by `npm test`'s pretest step). */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBundle, type PolicyBundle } from "../src/scan.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist");

let bundle: Promise<PolicyBundle> | undefined;

export function bundledPolicy(): Promise<PolicyBundle> {
  bundle ??= loadBundle(join(DIST, "policy.wasm"), join(DIST, "rules.json"));
  return bundle;
}
