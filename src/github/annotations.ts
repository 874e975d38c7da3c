/**
 * Workflow-command annotations (`::error file=…::`), within what GitHub shows: 10 errors, 10
 * warnings and 10 notices per step; the rest are dropped silently. So the most severe go first,
 * and a notice says how many were left out and where the full list is.
 */
import * as core from "@actions/core";
import { compareSeverity, type Finding, type Severity } from "../core/findings.js";
import { plural } from "../report/context.js";
import { annotationCommand } from "../report/github.js";

/**
 * GitHub shows this many annotations of each severity per step. (It also shows at most 50 per
 * job, over all steps; one step can only reach 30, so the per-step cap is the one that binds.)
 */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotationPlan {
  shown: Finding[];
  notShown: number;
}

/** The findings to annotate, most severe first; one notice slot is kept for the note when some are dropped. */
export function planAnnotations(findings: readonly Finding[]): AnnotationPlan {
  const ordered = [...findings].sort((a, b) => compareSeverity(a.severity, b.severity));
  const taken: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const shown = ordered.filter((f) => taken[f.severity]++ < ANNOTATIONS_PER_SEVERITY);
  if (shown.length < findings.length && taken.info >= ANNOTATIONS_PER_SEVERITY) {
    const lastNotice = shown.map((f) => f.severity).lastIndexOf("info");
    shown.splice(lastNotice, 1);
  }
  return { shown, notShown: findings.length - shown.length };
}

/** "25 findings are not shown as annotations …: see the job summary, the check run …" */
export function notShownNote(notShown: number, seeAlso: readonly string[]): string {
  return `${plural(notShown, "finding is", "findings are")} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_SEVERITY} per severity in a step): see ${seeAlso.join(", ")}.`;
}

export function emitAnnotations(plan: AnnotationPlan, seeAlso: readonly string[]): void {
  for (const f of plan.shown) core.info(annotationCommand(f));
  if (plan.notShown > 0) core.notice(notShownNote(plan.notShown, seeAlso), { title: "zowe-ha-policy" });
}
