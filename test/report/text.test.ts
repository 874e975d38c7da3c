/**
 * The text report (the CLI's default): golden file, and colour that only adds escape codes.
 *
 * Update the golden file with `UPDATE_GOLDEN=1 npm test -- test/report` (see golden.ts).
 */
import { describe, expect, test } from "@jest/globals";
import { renderText } from "../../src/report/text.js";
import { FINDINGS, reportContext } from "./fixture.js";
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

  test("text from a checked file cannot start a line of its own or drive the terminal", () => {
    // A value quoted in a message, a file name and a notice, as a hostile repository could write them.
    const [first] = FINDINGS;
    const forged = "x\n::error file=zowe.yaml::forged\r\n✔ No problems found.\u001b[2J\u009b";
    const ctx = reportContext({
      findings: [{ ...first!, file: `k8s/evil\n::warning::.yaml`, message: forged, instance: "a\nb" }],
      notices: [`k8s/evil\n::notice::x: broken symbolic link, skipped`],
      fixedSinceBaseline: [],
    });
    for (const color of [false, true]) {
      const lines = renderText(ctx, { color }).replace(ANSI, "").trimEnd().split("\n");
      expect(lines).toHaveLength(5);
      for (const line of lines) expect(line.trimStart()).not.toMatch(/^::/);
    }
    const text = renderText(ctx, { color: false });
    expect(text).not.toContain("\u001b");
    expect(text).not.toContain("\u009b");
    expect(text).toContain("x ::error file=zowe.yaml::forged ✔ No problems found.\\u001b[2J\\u009b [instance a b]");
  });
});
