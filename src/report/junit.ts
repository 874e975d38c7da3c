/** JUnit XML: a test suite per file, a failing test case per finding at or above --fail-on. */
import { byFile, failsBuild, type ReportContext } from "./context.js";

/**
 * Characters XML 1.0 cannot carry at all: control characters but tab and line breaks, U+FFFE,
 * U+FFFF and surrogates that are not part of a pair (YAML's \u escapes can write any of them
 * into a value that a message quotes).
 */
/* eslint-disable no-control-regex */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

function xml(text: string): string {
  // What XML cannot carry is dropped; the rest is escaped.
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function renderJunit(ctx: ReportContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, findings] of byFile(ctx.result.findings)) {
    const cases = findings.map((f) => {
      const name = xml(`${f.ruleId} ${f.file}:${f.line}:${f.column}`);
      const detail = xml(
        `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}${f.instance ? ` (instance ${f.instance})` : ""}`,
      );
      return failsBuild(f, ctx.failOn)
        ? `    <testcase name="${name}" classname="${xml(file)}">\n      <failure type="${f.severity}" message="${xml(f.message)}">${detail}</failure>\n    </testcase>`
        : `    <testcase name="${name}" classname="${xml(file)}">\n      <system-out>${detail}</system-out>\n    </testcase>`;
    });
    const failed = findings.filter((f) => failsBuild(f, ctx.failOn)).length;
    tests += findings.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${findings.length}" failures="${failed}" errors="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zowe-ha-policy" tests="${tests}" failures="${failures}" errors="0">\n${suites.join("\n")}${suites.length ? "\n" : ""}</testsuites>\n`;
}
