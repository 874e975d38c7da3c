/** An organisation's folder of Rego rules, compiled with the tool's library by the opa on PATH. */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { CompileError, compilePolicy, type CompiledPolicy } from "../engine/compile.js";
import { libraryFiles } from "./library.js";
import { opaOnPath } from "./opa.js";

export interface FolderBuild {
  /** Names the policy in messages. */
  name: string;
  /** The folder, absolute. */
  dir: string;
  /** File names in messages are relative to it. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** The package's dist/ folder, beside which the library is. */
  assets: string;
}

/** Relative to where opa runs, so that the module names in its output map back to files. */
function forOpa(cwd: string, path: string): string {
  return relative(cwd, path) || ".";
}

/** Throws OpaUnavailableError when there is no opa, CompileError when the Rego is not a usable policy. */
export function buildRegoFolder(build: FolderBuild): CompiledPolicy {
  if (!statSync(build.dir, { throwIfNoEntry: false })?.isDirectory())
    throw new CompileError(`${build.name}: no such folder`);
  const opa = opaOnPath(build.env);
  const workDir = mkdtempSync(join(tmpdir(), "zowe-ha-policy-"));
  try {
    return compilePolicy({
      name: build.name,
      opa,
      cwd: build.cwd,
      sources: [forOpa(build.cwd, build.dir)],
      library: libraryFiles(build.assets).map((f) => forOpa(build.cwd, resolve(f))),
      workDir,
      requireConfidence: false,
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
