/** The locate stage: violations (a subject and a path) made findings at file, line and column. */
import type { Evaluated } from "../engine/evaluate.js";
import type { Violation } from "../engine/policy.js";
import { PolicyError } from "../engine/policy.js";
import type { PolicySource } from "../engine/policy-set.js";
import type { Finding } from "../core/findings.js";
import type { Model } from "../model/model.js";

export interface LocatedViolation {
  violation: Violation;
  finding: Finding;
}

export function locateStage(evaluated: Evaluated, model: Model): LocatedViolation[] {
  return evaluated.violations.map(({ violation, source }) => ({
    violation,
    finding: locate(violation, model, source),
  }));
}

/** `source` is the policy that reported the violation: only its own rules can be meant. */
export function locate(violation: Violation, model: Model, source: PolicySource): Finding {
  const rule = source.catalogue.forPackage(violation.rule);
  if (!rule)
    throw new PolicyError(
      `${source.name}: reported rule package ${violation.rule}, which has no METADATA in its rule catalogue`,
    );
  // The engine checked that the index is that of a subject of the model.
  const subject = violation.zowe !== undefined ? model.zowe[violation.zowe] : model.kubernetes[violation.object ?? -1];
  if (!subject) throw new PolicyError(`rule ${violation.rule} reported a subject that is not in the model`);
  const { placed, note } = subject.locate(violation.path, violation.instance, violation.versioned === true);
  const message = note ? `${violation.message} (${note})` : violation.message;
  const docs = rule.sources[0]?.url;
  return {
    ruleId: rule.id,
    severity: violation.severity ?? rule.severity,
    message,
    file: placed.file,
    ...placed.region,
    path: placed.path,
    ...(violation.instance !== undefined ? { instance: violation.instance } : {}),
    ...(docs ? { docs } : {}),
  };
}
