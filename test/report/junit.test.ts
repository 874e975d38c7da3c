/**
 * JUnit XML (`--format junit`): golden file, well-formed XML (read by saxes, a conformant XML 1.0
 * parser), the shape CI test reporters read (testsuites > testsuite > testcase > failure or
 * system-out, with consistent counts), and every text read back as it was.
 *
 * No JUnit XML schema is published on the npm registry; the shape checked here is the one the
 * common readers (Jenkins, GitLab, dorny/test-reporter) share.
 *
 * Update the golden file with `UPDATE_GOLDEN=1 npm test -- test/report` (see golden.ts).
 */
import { describe, expect, test } from "@jest/globals";
import { SaxesParser } from "saxes";
import type { Finding } from "../../src/core/findings.js";
import { renderJunit } from "../../src/report/junit.js";
import { FINDINGS, reportContext } from "./fixture.js";
import { expectGolden } from "./golden.js";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** The document's root element; throws on anything that is not well-formed XML. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: "" };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** An attribute as an XML reader gets it: line breaks in attribute values are read as spaces. */
function asAttribute(text: string): string {
  return text.replace(/\r\n|[\n\r\t]/g, " ");
}

function detail(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}${f.instance ? ` (instance ${f.instance})` : ""}`;
}

describe("JUnit report", () => {
  test("matches its golden file", () => {
    expectGolden("junit.xml", renderJunit(reportContext()));
  });

  test("a test suite per file and a test case per finding, the counts consistent", () => {
    const root = parseXml(renderJunit(reportContext()));
    expect(root.name).toBe("testsuites");
    expect(root.attributes).toEqual({ name: "zowe-ha-policy", tests: "4", failures: "3", errors: "0" });
    expect(root.children.map((s) => s.name)).toEqual(["testsuite", "testsuite", "testsuite"]);
    for (const suite of root.children) {
      const cases = suite.children;
      expect(cases.every((c) => c.name === "testcase" && c.attributes.classname === suite.attributes.name)).toBe(true);
      expect(suite.attributes.tests).toBe(String(cases.length));
      const failed = cases.filter((c) => c.children.some((child) => child.name === "failure"));
      expect(suite.attributes.failures).toBe(String(failed.length));
      expect(suite.attributes.errors).toBe("0");
    }
    const total = root.children.reduce((n, s) => n + Number(s.attributes.tests), 0);
    const failures = root.children.reduce((n, s) => n + Number(s.attributes.failures), 0);
    expect([total, failures]).toEqual([Number(root.attributes.tests), Number(root.attributes.failures)]);
  });

  test("findings at or above --fail-on fail; the others pass with their text in system-out", () => {
    const root = parseXml(renderJunit(reportContext()));
    const cases = root.children.flatMap((s) => s.children);
    expect(cases.map((c) => c.attributes.name)).toEqual(
      FINDINGS.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`),
    );
    cases.forEach((c, i) => {
      const f = FINDINGS[i]!;
      expect(c.children).toHaveLength(1);
      const [outcome] = c.children;
      if (f.severity === "info") {
        expect(outcome!.name).toBe("system-out");
      } else {
        expect(outcome!.name).toBe("failure");
        expect(outcome!.attributes).toEqual({ type: f.severity, message: asAttribute(f.message) });
      }
      // Escaped text (<, >, &, quotes) reads back exactly, its line break too.
      expect(outcome!.text).toBe(detail(f));
    });
  });

  test("characters XML 1.0 cannot hold are left out, and the document stays well-formed", () => {
    const [first] = FINDINGS;
    // As YAML's "\e", "\uFFFF" and "\uD800" escapes can write them into a value a message quotes.
    const message = "bell\u0007, escape\u001b[0m, \uFFFE\uFFFF, lone \uD800 and \uDC00, pair \uD83D\uDE00 end";
    const root = parseXml(renderJunit(reportContext({ findings: [{ ...first!, message }] })));
    expect(root.children[0]!.children[0]!.children[0]!.attributes.message).toBe(
      "bell, escape[0m, , lone  and , pair \uD83D\uDE00 end",
    );
  });

  test("no findings: an empty, well-formed report", () => {
    const root = parseXml(renderJunit(reportContext({ findings: [] })));
    expect(root).toMatchObject({ name: "testsuites", attributes: { tests: "0", failures: "0" }, children: [] });
  });
});
