/**
 * The text report (the CLI's default): golden file, and colour that only adds escape codes.
 *
 * Update the golden file with `UPDATE_GOLDEN=1 npm test -- test/report` (see golden.ts).
 */
import { describe, expect, test } from "@jest/globals";
import { renderText } from "../../src/report/text.js";
import { reportContext } from "./fixture.js";
import { expectGolden } from "./golden.js";

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[\d+m/g;

describe("text report", () => {
  test("matches its golden file", () => {
    expectGolden("report.txt", renderText(reportContext(), { color: false }));
  });

  test("with colour, the same text once the escape codes are removed", () => {
    const plain = renderText(reportContext(), { color: false });
    const colored = renderText(reportContext(), { color: true });
    expect(colored).not.toBe(plain);
    expect(colored.replace(ANSI, "")).toBe(plain);
    expect(plain).not.toMatch(ANSI);
  });

  test("a clean result and an empty one say which they are", () => {
    const clean = renderText(reportContext({ findings: [], suppressed: [], fixedSinceBaseline: [], notices: [] }), {
      color: false,
    });
    expect(clean).toBe(
      "✔ No problems found. 4 files read: 1 Zowe configuration, 3 Kubernetes objects. Settings: .zowe-ha-policy.yaml.\n",
    );
    const empty = renderText(
      reportContext({
        findings: [],
        suppressed: [],
        fixedSinceBaseline: [],
        notices: [],
        stats: { files: 2, zoweConfigs: 0, kubernetesObjects: 0 },
      }),
      { color: false },
    );
    expect(empty).toBe(
      "No Zowe configuration or Kubernetes manifest found (2 files read): nothing was checked. Settings: .zowe-ha-policy.yaml.\n",
    );
  });
});
