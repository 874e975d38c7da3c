/**
 * The rule catalogue read from METADATA: how a rule knows what it reports (custom.confidence) and
 * every severity it reports (custom.severity, custom.other_severities), refused with the file and
 * line when they are missing or contradict the principle that only documented findings are errors.
 */
import { describe, expect, test } from "@jest/globals";
import { rulesFromInspection, type Inspection } from "../src/engine/rule-metadata.js";

function inspection(custom: Record<string, unknown>): Inspection {
  return {
    namespaces: { "data.zowe_ha.rules.acme.rule": ["rules/acme/rule/rule.rego"] },
    annotations: [
      {
        path: ["data", "zowe_ha", "rules", "acme", "rule"].map((value) => ({ value })),
        annotations: {
          scope: "package",
          title: "A rule",
          description: "Why it matters.",
          related_resources: [{ ref: "https://docs.zowe.org/stable/", description: "the source" }],
          custom: { id: "ACME-001", severity: "warning", remediation: "Fix it.", ...custom },
        },
        location: { file: "rules/acme/rule/rule.rego", row: 1 },
      },
    ],
  };
}

function read(custom: Record<string, unknown>, requireConfidence = true) {
  return rulesFromInspection(inspection(custom), {
    samples: () => ({ pass: [], fail: [] }),
    isOwn: () => true,
    requireConfidence,
  });
}

describe("confidence", () => {
  test("documented, inference or heuristic is read into the catalogue", () => {
    for (const confidence of ["documented", "inference", "heuristic"]) {
      const { rules, problems } = read({ confidence });
      expect(problems).toEqual([]);
      expect(rules[0]).toMatchObject({ id: "ACME-001", confidence });
    }
  });

  test("the bundled policy refuses a rule without it; an organisation's may leave it out", () => {
    expect(read({}).problems).toEqual([
      expect.stringMatching(
        /^rules\/acme\/rule\/rule\.rego:1: custom\.confidence must be one of documented, inference, heuristic/,
      ),
    ]);
    const { rules, problems } = read({}, false);
    expect(problems).toEqual([]);
    expect(rules[0]).not.toHaveProperty("confidence");
  });

  test("another value is refused", () => {
    expect(read({ confidence: "high" }, false).problems).toEqual([
      expect.stringContaining("custom.confidence must be one of documented, inference, heuristic"),
    ]);
  });

  test("what is inferred or guessed is not an error", () => {
    expect(read({ confidence: "inference", severity: "error" }).problems).toEqual([
      expect.stringContaining("a rule whose confidence is inference reports warnings, not errors"),
    ]);
    expect(read({ confidence: "heuristic", severity: "error" }).problems).toHaveLength(1);
  });
});

describe("other severities", () => {
  test("each with when it applies", () => {
    const { rules, problems } = read({
      confidence: "documented",
      other_severities: { info: "when nothing runs", error: " with `kubernetes.ha: true` " },
    });
    expect(problems).toEqual([]);
    expect(rules[0]?.otherSeverities).toEqual({ info: "when nothing runs", error: "with `kubernetes.ha: true`" });
  });

  test("the default severity, an unknown one, or no text is refused", () => {
    const { problems } = read({
      confidence: "documented",
      other_severities: { warning: "always", fatal: "sometimes", error: "" },
    });
    expect(problems).toEqual([
      expect.stringContaining('custom.other_severities: "warning" must be a severity other than custom.severity'),
      expect.stringContaining('custom.other_severities: "fatal" must be a severity other than custom.severity'),
      expect.stringContaining("custom.other_severities.error must say when a finding is error"),
    ]);
  });

  test("a list instead of a mapping is refused", () => {
    expect(read({ confidence: "documented", other_severities: ["error"] }).problems).toEqual([
      expect.stringContaining("custom.other_severities must map a severity to when it applies"),
    ]);
  });
});
