/** The JSON report: the contract other tools consume (docs/design.md §3). */
import { summarize, type ReportContext } from "./context.js";

export function renderJson(ctx: ReportContext): string {
  const report = {
    tool: { name: "zowe-ha-policy", version: ctx.toolVersion },
    // null: no configuration file, the defaults applied.
    configFile: ctx.configFile ?? null,
    findings: ctx.result.findings,
    suppressed: ctx.result.suppressed,
    fixedSinceBaseline: ctx.result.fixedSinceBaseline,
    summary: summarize(ctx),
    notices: ctx.result.notices,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
