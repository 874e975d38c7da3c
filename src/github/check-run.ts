/**
 * A check run through the Checks API: unlike workflow-command annotations it carries every
 * finding as an annotation, 50 per request (each update appends), with a conclusion from fail-on.
 */
import type { Finding, Severity } from "../core/findings.js";
import { severityLine, summarize, type ReportContext } from "../report/context.js";
import { statusLine } from "../report/markdown.js";
import type { GitHubClient } from "./api.js";
import type { Repository } from "./context.js";

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** output.summary and output.text hold at most 65,535 characters; titles 255. */
const OUTPUT_MAX_CHARS = 65_535;
const TITLE_MAX_CHARS = 255;

const LEVEL: Record<Severity, "failure" | "warning" | "notice"> = {
  error: "failure",
  warning: "warning",
  info: "notice",
};

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function annotation(f: Finding) {
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    // Columns are only allowed on annotations within one line.
    ...(f.line === f.endLine ? { start_column: f.column, end_column: f.endColumn } : {}),
    annotation_level: LEVEL[f.severity],
    title: truncate(f.ruleId, TITLE_MAX_CHARS),
    message: f.instance ? `${f.message} (instance ${f.instance})` : f.message,
  };
}

export interface CheckRunTarget {
  repository: Repository;
  /** The commit the check belongs to: a pull request's head, not its test merge commit. */
  headSha: string;
  name: string;
  /** Markdown shown on the check's page (truncated to the API's limit). */
  text: string;
  detailsUrl?: string;
}

/** Creates the check run with the first batch of annotations, appends the others, and concludes it. */
export async function publishCheckRun(api: GitHubClient, ctx: ReportContext, target: CheckRunTarget): Promise<void> {
  const s = summarize(ctx);
  const annotations = ctx.result.findings.map(annotation);
  const batches: Array<typeof annotations> = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (batch: typeof annotations = []) => ({
    title: s.findings === 0 ? "No problems found" : severityLine(s.bySeverity),
    summary: truncate(statusLine(s), OUTPUT_MAX_CHARS),
    text: truncate(target.text, OUTPUT_MAX_CHARS),
    ...(batch.length > 0 ? { annotations: batch } : {}),
  });
  const conclusion = {
    status: "completed" as const,
    conclusion: s.failed ? ("failure" as const) : ("success" as const),
    completed_at: new Date().toISOString(),
  };
  const [first, ...rest] = batches;
  const created = await api.rest.checks.create({
    ...target.repository,
    name: target.name,
    head_sha: target.headSha,
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    output: output(first),
    ...(rest.length === 0 ? conclusion : { status: "in_progress" as const }),
  });
  for (const [i, batch] of rest.entries()) {
    const last = i === rest.length - 1;
    await api.rest.checks.update({
      ...target.repository,
      check_run_id: created.data.id,
      output: output(batch),
      ...(last ? conclusion : {}),
    });
  }
}
