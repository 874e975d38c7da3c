/** What the configuration changes in a scan: which files are read and how rules report. */
import picomatch from "picomatch";
import { sep } from "node:path";
import type { Finding } from "../core/findings.js";
import type { Catalogue } from "../core/rules.js";
import { ConfigError, type Config } from "./config.js";
import { relativePath } from "../core/paths.js";

/** Decides from include/exclude globs (relative to the configuration's folder) whether a found file is checked. */
export function fileFilter(config: Config): (absolute: string) => boolean {
  const options = { dot: true };
  const included = config.include?.length ? picomatch(config.include, options) : () => true;
  const excluded = config.exclude?.length ? picomatch(config.exclude, options) : () => false;
  return (absolute) => {
    // The configuration has a `zowe:` key of its own but is not a Zowe configuration.
    if (absolute === config.path) return false;
    // A custom policy's folder holds its rules' samples, which fail on purpose.
    if (config.policies.some((p) => absolute.startsWith(`${p}${sep}`))) return false;
    const rel = relativePath(config.dir, absolute);
    return included(rel) && !excluded(rel);
  };
}

/** Rule settings must name real rules: a typo would otherwise silently switch nothing off. */
export function checkRuleSettings(config: Config, catalogue: Catalogue): void {
  const unknown = [
    ...Object.keys(config.rules)
      .filter((id) => !catalogue.get(id))
      .map((id) => ({ id, path: ["rules", id] })),
    ...config.exceptions
      .filter((e) => !catalogue.get(e.rule))
      .map((e) => ({ id: e.rule, path: ["exceptions", e.index, "rule"] })),
  ];
  if (unknown.length > 0) {
    const lines = unknown.map(({ id, path }) => {
      const { line, column } = config.locate(path);
      return `${config.file}:${line}:${column}: ${path[0]}: unknown rule id "${id}" (see 'zowe-ha-policy rules')`;
    });
    throw new ConfigError(`invalid configuration\n  ${lines.join("\n  ")}`);
  }
}

/** Drops the findings of rules switched off and gives the others their configured severity. */
export function applyRuleSettings(findings: readonly Finding[], config: Config): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = config.rules[f.ruleId];
    if (setting === "off") continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}
