/** What a finding is and how findings are ordered: the JSON report's model, which every other format renders. */

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type PathSegment = string | number;

/** A 1-based region; endColumn is exclusive (the column after the last character), as in SARIF. */
export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends Region {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Relative to the working directory, with forward slashes. */
  file: string;
  /** The path in the YAML document that the region belongs to. */
  path: PathSegment[];
  instance?: string;
  docs?: string;
  /** Present when the finding is not reported: an exception, an inline comment or the baseline covers it. */
  suppressed?: Suppression;
}

/** SARIF's kinds: inSource for a comment in the checked file, external for configuration and baselines. */
export interface Suppression {
  kind: "inSource" | "external";
  justification: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}

/** True when severity is at least as severe as threshold. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] <= RANK[threshold];
}

export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The report order: by file, position, rule and message, so that output is deterministic. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/**
 * Sorts and reports identical findings (same rule, place and message) once: two paths through
 * the rules can lead to one place with one message, for example a shared value found through
 * each instance that inherits it. When they name different instances, the one finding is about
 * all of them and names none.
 */
export function orderFindings(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const out: Finding[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (!prev || compareFindings(prev, f) !== 0) out.push(f);
    else if (prev.instance !== f.instance && prev.instance !== undefined) {
      const shared = { ...prev };
      delete shared.instance;
      out[out.length - 1] = shared;
    }
  }
  return out;
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
