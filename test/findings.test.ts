/** The report order, and identical findings reported once. */
import { expect, test } from "@jest/globals";
import { orderFindings, type Finding } from "../src/core/findings.js";

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: "ZWE-HA-063",
    severity: "warning",
    message: "the App Server runs on 1 LPAR (LPR1)",
    file: "zowe.yaml",
    path: ["components", "app-server", "enabled"],
    line: 10,
    column: 3,
    endLine: 10,
    endColumn: 10,
    ...overrides,
  };
}

test("findings are ordered by file, position, rule and message", () => {
  const a = finding({ file: "a.yaml" });
  const b = finding({ line: 2 });
  const c = finding({ ruleId: "ZWE-HA-010" });
  expect(orderFindings([c, finding({}), b, a])).toEqual([a, b, c, finding({})]);
});

test("the same rule, place and message is reported once, whatever instance each names", () => {
  const ordered = orderFindings([finding({ instance: "lpar2a" }), finding({ instance: "lpar2b" }), finding({})]);
  expect(ordered).toEqual([finding({})]);
  expect(ordered[0]).not.toHaveProperty("instance");
  expect(orderFindings([finding({ instance: "a" }), finding({ instance: "a" })])).toEqual([finding({ instance: "a" })]);
});

test("findings that differ in rule, place or message are all kept", () => {
  const all = [finding({}), finding({ line: 11 }), finding({ column: 4 }), finding({ message: "other" })];
  expect(orderFindings(all)).toHaveLength(4);
});
