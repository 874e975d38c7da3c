/**
 * The Markdown report (`--format markdown`), the job summary and the sticky pull request comment:
 * golden files for the text.
 *
 * Update the golden files with `UPDATE_GOLDEN=1 npm test -- test/report` (see golden.ts).
 */
import { describe, test } from "@jest/globals";
import { commentMarker, renderComment } from "../../src/github/comment.js";
import { lineLinker } from "../../src/github/context.js";
import { renderSummary } from "../../src/github/summary.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { FINDINGS, reportContext } from "./fixture.js";
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
});
