/** The `opa` on the user's PATH, which compiles and tests organisations' Rego. */
import { spawnSync } from "node:child_process";
import type { OpaCommand } from "../engine/compile.js";

/** There is no usable opa; the message says why (not found, or too old). */
export class OpaUnavailableError extends Error {
  override readonly name = "OpaUnavailableError";
}

/**
 * `opa` as the environment's PATH finds it, checked to be 1.x or later: older versions read
 * Rego v0 and cannot compile the tool's library.
 */
export function opaOnPath(env: Record<string, string | undefined>): OpaCommand {
  const opa = { file: "opa", args: [], env };
  // Node looks the command up in the PATH of the env it is given.
  const result = spawnSync(opa.file, ["version"], { env, encoding: "utf8" });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT")
    throw new OpaUnavailableError("opa was not found on PATH");
  if (result.error || result.status !== 0)
    throw new OpaUnavailableError(`'opa version' failed: ${result.error?.message ?? result.stderr.trim()}`);
  const version = /^Version:\s*v?(\d+)\.(\S+)/m.exec(result.stdout);
  if (version && Number(version[1]) < 1)
    throw new OpaUnavailableError(
      `opa ${version[1]}.${version[2]} is too old: policies are Rego v1 and need opa 1.0 or later`,
    );
  return opa;
}

/** What to do about it, for messages. */
export const INSTALL_OPA =
  "install opa 1.x (https://www.openpolicyagent.org/docs/#running-opa; in GitHub Actions: uses: open-policy-agent/setup-opa@v2)";
