/**
 * The filter stage: the rule settings of the configuration (a rule off, another severity), then
 * what an inline comment, an exception or the baseline suppresses.
 */
import { applyRuleSettings } from "../config/apply.js";
import type { Finding } from "../core/findings.js";
import { suppress, type Suppressed, type SuppressOptions } from "./suppress.js";

export function filterStage(findings: readonly Finding[], options: SuppressOptions): Promise<Suppressed> {
  return suppress(applyRuleSettings(findings, options.config), options);
}
