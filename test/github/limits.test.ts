/** GitHub's size limits: the summary and the comment are cut at whole rows, with a note, below the limit. */
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config/config.js";
import { planAnnotations } from "../../src/github/annotations.js";
import { COMMENT_MAX_BYTES, commentMarker, renderComment, reportedIn } from "../../src/github/comment.js";
import { renderSummary } from "../../src/github/summary.js";
import type { ReportContext } from "../../src/report/context.js";
import { scan } from "../../src/pipeline/scan.js";
import { bundledPolicy } from "../helpers.js";
import { onlyRules, writeFiles } from "./harness.js";

let work: string;
let ctx: ReportContext;

beforeAll(async () => {
  // 1,500 findings with long messages: over the comment's limit, under the summary's.
  const files: Record<string, string> = {
    ".zowe-ha-policy.yaml": await onlyRules({ "ZWE-HA-001": "error", "ZWE-HA-014": "warning", "ZWE-HA-020": "info" }),
  };
  for (let i = 0; i < 500; i++)
    files[`plex-${String(i).padStart(3, "0")}/zowe.yaml`] = "zowe:\n  job:\n    name: ZWE1SV\n";
  work = writeFiles(mkdtempSync(join(tmpdir(), "zhp-limits-")), files);
  const bundle = await bundledPolicy();
  const result = await scan(
    { paths: ["."], cwd: work, zoweVersion: 3, config: await loadConfig(undefined, work) },
    bundle,
  );
  ctx = { result, catalogue: bundle.catalogue, failOn: "error", toolVersion: "0.0.0-test" };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("the fixture is large enough", () => {
  expect(ctx.result.findings).toHaveLength(1500);
});

test("the summary stops at a row below its byte limit and says how many are not listed", () => {
  const full = renderSummary(ctx, { notes: [] });
  expect(full).not.toContain("not listed");
  const cut = renderSummary(ctx, { notes: [] }, 50_000);
  expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(50_000);
  expect(cut).toMatch(
    /\n\| 1 \| [^\n]+ \|\n\n_\d+ more problems are not listed: the report reached its size limit\._\n\n### Rules\n/,
  );
  const shown = (cut.match(/^\| 1 \| /gm) ?? []).length;
  expect(cut).toContain(`_${1500 - shown} more problems are not listed`);
});

test("the comment stays below GitHub's limit, keeps its marker and state, and points to the summary", () => {
  const marker = commentMarker(undefined, ["."]);
  const body = renderComment(ctx, {
    marker,
    suggestions: [],
    notes: [],
    runUrl: "https://github.example/o/r/actions/runs/1",
  });
  expect(Buffer.byteLength(body)).toBeLessThanOrEqual(COMMENT_MAX_BYTES);
  expect(body.startsWith(marker)).toBe(true);
  expect(body).toMatch(
    /_\d+ more problems are listed in the job summary of the \[workflow run\]\(https:\/\/github\.example\/o\/r\/actions\/runs\/1\)\._/,
  );
  expect(reportedIn(body)?.size).toBe(1500);
});

test("one comment per configuration: the marker depends on the configuration and paths, not their order", () => {
  expect(commentMarker(undefined, ["a", "b"])).toBe(commentMarker(undefined, ["b", "a"]));
  expect(commentMarker("ci/strict.yaml", ["a"])).not.toBe(commentMarker(undefined, ["a"]));
});

test("annotation plan: no notice slot is given up when nothing is dropped", () => {
  const infos = ctx.result.findings.filter((f) => f.severity === "info").slice(0, 10);
  expect(planAnnotations(infos)).toEqual({ shown: infos, notShown: 0 });
  const plan = planAnnotations(ctx.result.findings);
  expect(plan.shown.map((f) => f.severity)).toEqual([
    ...Array(10).fill("error"),
    ...Array(10).fill("warning"),
    ...Array(9).fill("info"),
  ]);
  expect(plan.notShown).toBe(1471);
});
