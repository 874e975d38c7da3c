/**
 * The JSON report, the contract other tools consume (docs/design.md §3): golden file, and the
 * model it carries read back unchanged.
 *
 * Update the golden file with `UPDATE_GOLDEN=1 npm test -- test/report` (see golden.ts).
 */
import { describe, expect, test } from "@jest/globals";
import { renderJson } from "../../src/report/json.js";
import { FINDINGS, FIXED, NOTICES, reportContext, SUPPRESSED } from "./fixture.js";
import { expectGolden } from "./golden.js";

describe("JSON report", () => {
  test("matches its golden file", () => {
    expectGolden("report.json", renderJson(reportContext()));
  });

  test("carries the findings, suppressions, fixed baseline entries and notices as they are", () => {
    const report = JSON.parse(renderJson(reportContext())) as Record<string, unknown>;
    expect(report).toEqual({
      tool: { name: "zowe-ha-policy", version: "1.2.3-test" },
      configFile: ".zowe-ha-policy.yaml",
      findings: FINDINGS,
      suppressed: SUPPRESSED,
      fixedSinceBaseline: FIXED,
      summary: {
        files: 4,
        zoweConfigs: 1,
        kubernetesObjects: 3,
        findings: 4,
        bySeverity: { error: 2, warning: 1, info: 1 },
        suppressed: 2,
        fixedSinceBaseline: 1,
        failOn: "warning",
        failed: true,
      },
      notices: NOTICES,
    });
  });

  test("configFile is null when the defaults applied", () => {
    const ctx = reportContext();
    delete ctx.configFile;
    expect(JSON.parse(renderJson(ctx))).toMatchObject({ configFile: null });
  });
});
