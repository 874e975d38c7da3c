/**
 * The job summary: the Markdown report (markdown.ts, the same as `--format markdown`) with links
 * to the lines, written to $GITHUB_STEP_SUMMARY within GitHub's size limit.
 */
import * as core from "@actions/core";
import { appendFile } from "node:fs/promises";
import { renderMarkdown, type MarkdownOptions } from "../report/markdown.js";
import type { ReportContext } from "../report/context.js";

/**
 * GitHub drops a step's summary over 1 MiB entirely; the margin keeps the last table row and the
 * note after it inside the limit.
 */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

export function renderSummary(
  ctx: ReportContext,
  options: Omit<MarkdownOptions, "maxBytes">,
  maxBytes = SUMMARY_MAX_BYTES,
): string {
  return renderMarkdown(ctx, { ...options, maxBytes });
}

/**
 * Appends to the step's summary file. Written directly rather than with core.summary, which
 * remembers the first file it wrote to for the life of the process.
 */
export async function writeSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info("GITHUB_STEP_SUMMARY is not set: no job summary written.");
    return;
  }
  await appendFile(file, `${markdown}\n`);
}
