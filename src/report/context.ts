/** What every reporter renders from: the scan result, the rule catalogue and the threshold. */
import { atLeast, countBySeverity, type Finding, type Severity, type SeverityCounts } from "../core/findings.js";
import type { Catalogue } from "../core/rules.js";
import type { ScanResult } from "../pipeline/scan.js";

export type FailOn = Severity | "none";

export interface ReportContext {
  result: ScanResult;
  catalogue: Catalogue;
  failOn: FailOn;
  toolVersion: string;
  /** The configuration file the run used, as shown to the user; undefined when there was none (the defaults). */
  configFile?: string;
}

export function failsBuild(finding: Finding, failOn: FailOn): boolean {
  return failOn !== "none" && atLeast(finding.severity, failOn);
}

export interface Summary {
  files: number;
  zoweConfigs: number;
  kubernetesObjects: number;
  findings: number;
  bySeverity: SeverityCounts;
  suppressed: number;
  fixedSinceBaseline: number;
  failOn: FailOn;
  failed: boolean;
}

export function summarize(ctx: ReportContext): Summary {
  const { findings, stats } = ctx.result;
  return {
    ...stats,
    findings: findings.length,
    bySeverity: countBySeverity(findings),
    suppressed: ctx.result.suppressed.length,
    fixedSinceBaseline: ctx.result.fixedSinceBaseline.length,
    failOn: ctx.failOn,
    failed: findings.some((f) => failsBuild(f, ctx.failOn)),
  };
}

/** Findings grouped by file, in report order. */
export function byFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.file) ?? [];
    list.push(f);
    groups.set(f.file, list);
  }
  return groups;
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** "3 errors, 1 warning, 0 info" */
export function severityLine(counts: SeverityCounts): string {
  return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`;
}

export function checkedLine(s: Summary): string {
  const suppressed = s.suppressed > 0 ? `; ${s.suppressed} suppressed` : "";
  return `${plural(s.files, "file")} read: ${plural(s.zoweConfigs, "Zowe configuration")}, ${plural(s.kubernetesObjects, "Kubernetes object")}${suppressed}`;
}

/** Which configuration file the run used, for the report's last line. */
export function settingsLine(ctx: ReportContext): string {
  return ctx.configFile === undefined
    ? "Settings: the defaults (no .zowe-ha-policy.yaml)."
    : `Settings: ${ctx.configFile}.`;
}

/**
 * Nothing was checked: no Zowe configuration, no Kubernetes object, and nothing to say about the
 * files read (a finding, such as a layer of a configuration list judged nowhere, means there was).
 * Say so rather than report a clean result.
 */
export function nothingChecked(s: Summary): boolean {
  return s.zoweConfigs === 0 && s.kubernetesObjects === 0 && s.findings === 0 && s.suppressed === 0;
}
