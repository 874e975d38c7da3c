/**
 * Baselines: the findings a repository already had when it adopted the tool. A finding is
 * identified by what it is about (rule, file, path in the file, instance), never by its line,
 * so that editing the file elsewhere does not make old findings look new.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Finding, PathSegment } from "../core/findings.js";

export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE_FILE = ".zowe-ha-policy-baseline.json";

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  path: PathSegment[];
  instance?: string;
  message: string;
}

export interface Baseline {
  version: number;
  entries: BaselineEntry[];
}

export function baselineFingerprint(f: Pick<Finding, "ruleId" | "file" | "path" | "instance">): string {
  return createHash("sha256")
    .update(JSON.stringify([f.ruleId, f.file, f.path, f.instance ?? null]))
    .digest("hex")
    .slice(0, 24);
}

export function createBaseline(findings: readonly Finding[]): string {
  const entries: BaselineEntry[] = findings.map((f) => ({
    fingerprint: baselineFingerprint(f),
    ruleId: f.ruleId,
    file: f.file,
    path: f.path,
    ...(f.instance !== undefined ? { instance: f.instance } : {}),
    message: f.message,
  }));
  return `${JSON.stringify({ version: BASELINE_VERSION, entries }, null, 2)}\n`;
}

export class BaselineError extends Error {
  override readonly name = "BaselineError";
}

export async function readBaseline(file: string, shown: string): Promise<Baseline> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new BaselineError(`${shown}: cannot read the baseline: ${(error as Error).message}`);
  }
  const b = parsed as Partial<Baseline>;
  if (
    b?.version !== BASELINE_VERSION ||
    !Array.isArray(b.entries) ||
    !b.entries.every((e) => typeof e?.fingerprint === "string" && typeof e.ruleId === "string")
  ) {
    throw new BaselineError(
      `${shown}: not a zowe-ha-policy baseline (version ${BASELINE_VERSION}); create one with 'zowe-ha-policy baseline'`,
    );
  }
  return b as Baseline;
}
