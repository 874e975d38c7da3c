/**
 * The Markdown report (`--format markdown`), the job summary and the sticky pull request comment:
 * golden files for the text, and the text rendered as GitHub renders it (test/report/gfm.ts) for
 * what a reader sees: code spans show their characters as written, messages stay text, tables
 * keep their columns.
 *
 * Update the golden files with `UPDATE_GOLDEN=1 npm test -- test/report` (see golden.ts).
 */
import { describe, expect, test } from "@jest/globals";
import { commentMarker, renderComment } from "../../src/github/comment.js";
import { lineLinker } from "../../src/github/context.js";
import { renderSummary } from "../../src/github/summary.js";
import { renderMarkdown, rulesSection } from "../../src/report/markdown.js";
import { FINDINGS, GATEWAY_FILE, reportContext, SYSPLEX_FILE } from "./fixture.js";
import { renderGfm, listItems, tableRows, unexpectedTags, visibleText } from "./gfm.js";
import { expectGolden } from "./golden.js";

const lineLink = lineLinker({
  repository: { owner: "acme", repo: "zowe-config" },
  serverUrl: "https://github.com",
  apiUrl: "https://api.github.com",
  sha: "0123456789abcdef0123456789abcdef01234567",
})!;

const NOTE = "Only the 2 files this pull request changes are reported; 1 finding in other files is not shown.";

function summary(): string {
  return renderSummary(reportContext(), { notes: [NOTE], lineLink });
}

function comment(): string {
  const [hostname] = FINDINGS;
  return renderComment(reportContext(), {
    marker: commentMarker(".zowe-ha-policy.yaml", ["."]),
    previous: new Set(["0000000000000000"]),
    lineLink,
    runUrl: "https://github.com/acme/zowe-config/actions/runs/42",
    suggestions: [{ finding: hostname!, after: "    hostname: lpar1.example.com" }],
    notes: [NOTE],
  });
}

/** What a reader sees of each finding's message cell, in report order (code spans show their text, newlines a space). */
const MESSAGES_SHOWN = [
  "haInstances.lpar1.hostname is the DVIPA name zowe.plex.example.com, not the host of LPAR1 (instance lpar1)",
  'storage.mode is inMemory | each <instance> & "job" keeps its own 100% copy: not shared, ' +
    "so a failover loses the sessions of haInstances.<id> and 'lpar2' (inference)",
  "bad indentation of a mapping entry (4:3)",
  "Deployment zowe/gateway runs 1 replica",
];

describe("Markdown report", () => {
  test("matches its golden file", () => {
    expectGolden("report.md", renderMarkdown(reportContext()));
  });

  test("the job summary (links to the lines, notes) matches its golden file", () => {
    expectGolden("summary.md", summary());
  });

  test("the pull request comment matches its golden file", () => {
    expectGolden("comment.md", comment());
  });

  describe.each([
    ["report", () => renderMarkdown(reportContext())],
    ["job summary", summary],
    ["comment", comment],
  ])("as GitHub shows the %s", (_, markdown) => {
    test("no text of a finding or rule turns into HTML", () => {
      expect(unexpectedTags(renderGfm(markdown()))).toEqual([]);
    });

    test("each finding is one row of four cells, its message shown as written", () => {
      const rows = tableRows(renderGfm(markdown())).filter((r) => r[0] !== "Line");
      expect(rows.map((r) => r.length)).toEqual([4, 4, 4, 4]);
      expect(rows.map((r) => visibleText(r[3]!))).toEqual(MESSAGES_SHOWN);
      expect(rows.map((r) => visibleText(r[2]!))).toEqual([
        "ZWE-TEST-001",
        "ZWE-TEST-002",
        "yaml-syntax",
        "ZWE-TEST-003",
      ]);
    });

    test("a code span in a message shows its characters, not their entities", () => {
      const html = renderGfm(markdown());
      expect(html).toContain("<code>haInstances.&lt;id&gt;</code>");
      expect(html).not.toContain("&amp;lt;");
    });

    test("each file's heading shows the path as written", () => {
      const headings = [...renderGfm(markdown()).matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => visibleText(m[1]!));
      expect(headings).toEqual(expect.arrayContaining([SYSPLEX_FILE, GATEWAY_FILE]));
    });
  });

  test("the rules list shows a remediation's code spans as written (`haInstances.<id>.hostname`, not &lt;id&gt;)", () => {
    const html = renderGfm(rulesSection(reportContext()).join("\n"));
    expect(unexpectedTags(html)).toEqual([]);
    expect(html).toContain("<code>haInstances.&lt;id&gt;.hostname</code>");
    expect(html).toContain("<code>inMemory|redis</code>");
    expect(html).toContain("<code>`id`</code>");
    expect(listItems(html).map(visibleText)).toEqual([
      "ZWE-TEST-001 Each HA instance names its own host (1 finding, source): Set haInstances.<id>.hostname to the " +
        "host name of the instance's own LPAR (for example lpar1.example.com), or start it with --ha-instance <id> " +
        "(HAINST=<id>).",
      "ZWE-TEST-002 Caching & storage <shared> | not in memory (1 finding, source): Set " +
        "components.caching-service.storage.mode to infinispan (inMemory|redis are not shared on z/OS); a code span " +
        "may hold a backtick: `id`.",
      "ZWE-TEST-003 Workloads run at least 2 replicas (1 finding): Set spec.replicas: 2 or more.",
      "yaml-syntax File is not valid YAML or JSON (1 finding): Fix the syntax error at the reported line.",
    ]);
  });

  test("a line number links to the file at the commit checked, its path encoded", () => {
    const html = renderGfm(summary());
    expect(html).toContain(
      '<a href="https://github.com/acme/zowe-config/blob/0123456789abcdef0123456789abcdef01234567/clusters/R%26D%20sysplex/zowe.yaml#L12">12</a>',
    );
  });
});
