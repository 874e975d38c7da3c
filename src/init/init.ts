/**
 * `zowe-ha-policy init`: a commented starter .zowe-ha-policy.yaml and a GitHub workflow, at the
 * root of the repository it runs in. An existing file is never overwritten without --force.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DEFAULT_CONFIG_FILE } from "../config/config.js";
import { defaultBranch, repositoryRoot } from "./repository.js";
import { starterConfig } from "./starter-config.js";
import { starterWorkflow } from "./workflow.js";

export const WORKFLOW_FILE = ".github/workflows/zowe-ha-policy.yml";

export interface InitOptions {
  cwd: string;
  force: boolean;
  /** The tool's version, which the config's schema comment pins. */
  version: string;
  actionRepository?: string;
}

export interface InitResult {
  root: string;
  /** Paths relative to root. */
  written: string[];
  skipped: string[];
}

export async function init(options: InitOptions): Promise<InitResult> {
  const root = repositoryRoot(options.cwd);
  const files: Array<[string, string]> = [
    [DEFAULT_CONFIG_FILE, starterConfig(options.version)],
    [
      WORKFLOW_FILE,
      starterWorkflow({
        branch: defaultBranch(root),
        ...(options.actionRepository ? { actionRepository: options.actionRepository } : {}),
      }),
    ],
  ];
  const result: InitResult = { root, written: [], skipped: [] };
  for (const [name, text] of files) {
    const file = join(root, name);
    await mkdir(dirname(file), { recursive: true });
    try {
      // "wx" fails if the file exists: no window between a check and the write.
      await writeFile(file, text, { flag: options.force ? "w" : "wx" });
      result.written.push(name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      result.skipped.push(name);
    }
  }
  return result;
}
