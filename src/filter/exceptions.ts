/** Exceptions from the configuration: accepted risks with a reason and an expiry date. */
import picomatch from "picomatch";
import { resolve } from "node:path";
import type { Finding } from "../core/findings.js";
import type { Config, Exception } from "../config/config.js";
import { relativePath } from "../core/paths.js";

/** Today as YYYY-MM-DD in UTC, the form `expires` is written in. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function expired(exception: Exception, today: string): boolean {
  return exception.expires < today;
}

/** Tells, for a finding, which live exception covers it. */
export function exceptionMatcher(config: Config, cwd: string): (finding: Finding, exception: Exception) => boolean {
  const globs = new Map(config.exceptions.map((e) => [e, picomatch(e.files, { dot: true })]));
  return (finding, exception) => {
    if (finding.ruleId !== exception.rule) return false;
    if (exception.instance !== undefined && finding.instance !== exception.instance) return false;
    const rel = relativePath(config.dir, resolve(cwd, finding.file));
    return globs.get(exception)?.(rel) ?? false;
  };
}
