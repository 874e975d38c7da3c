/**
 * The action: inputs → the same scan as the CLI → the reporters. Returns the exit code (0, or 1
 * when a reported finding is at or above fail-on, or the run could not be done); reporting
 * through the API never changes it.
 */
import * as core from "@actions/core";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { ConfigError } from "../config/config.js";
import { nothingToCheck, unusablePaths } from "../discover/discover.js";
import { PolicyError } from "../engine/policy.js";
import { nothingChecked, plural, summarize, type ReportContext } from "../report/context.js";
import { topologySection } from "../report/markdown.js";
import { renderSarif } from "../report/sarif.js";
import { topologyOf } from "../report/topology.js";
import { loadPolicies } from "../custom-policies/sources.js";
import { scan } from "../pipeline/scan.js";
import { emitAnnotations, notShownNote, planAnnotations } from "./annotations.js";
import { createGitHubClient, type GitHubClient } from "./api.js";
import { changedFiles, inChangedFile, onChangedLine, type ChangedFiles } from "./changed-files.js";
import { publishCheckRun } from "./check-run.js";
import { COMMENT_MAX_BYTES, commentMarker, renderComment } from "./comment.js";
import { lineLinker, readContext, type RunContext } from "./context.js";
import { reportSafely } from "./degrade.js";
import { InputError, readInputs, type ActionInputs } from "./inputs.js";
import { upsertStickyComment } from "./sticky-comment.js";
import { suggestionsFor } from "./suggestions.js";
import { renderSummary, writeSummary } from "./summary.js";
import { contentsReader, loadTrustedConfig, policiesFromBase, TrustError } from "./trust.js";

export interface ActionEnvironment {
  /** The repository's working tree (the runner starts actions in GITHUB_WORKSPACE). */
  cwd: string;
  /** The package's dist/ folder: the bundled policy and its rule catalogue. */
  assets: string;
  version: string;
}

const CHECK_RUN_NAME = "Zowe HA policy";
/** The check run's text holds 65,535 characters; the notes before the topology are short. */
const CHECK_RUN_TEXT_BUDGET = 60_000;

/** Only what the pull request changes is reported; the scan itself covered everything. */
function reportedOnly(full: ReportContext, changes: ChangedFiles): ReportContext {
  return {
    ...full,
    result: { ...full.result, findings: full.result.findings.filter((f) => inChangedFile(f, changes)) },
  };
}

/** Annotates the findings (on a pull request's changed lines only, in changed-files mode); returns the summary's note on those left out. */
function annotate(inputs: ActionInputs, ctx: ReportContext, changes: ChangedFiles | undefined): string[] {
  const seeAlso = [
    ...(inputs.checkRun ? [`the check run "${CHECK_RUN_NAME}"`] : []),
    ...(inputs.sarifFile ? [`the SARIF file ${inputs.sarifFile}`] : []),
  ];
  const annotated = changes ? ctx.result.findings.filter((f) => onChangedLine(f, changes)) : ctx.result.findings;
  const plan = planAnnotations(annotated);
  emitAnnotations(plan, ["the job summary", ...seeAlso]);
  return plan.notShown > 0 ? [`⚠️ ${notShownNote(plan.notShown, ["the tables below", ...seeAlso])}`] : [];
}

async function writeSarif(ctx: ReportContext, file: string, cwd: string): Promise<void> {
  const path = resolve(cwd, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, renderSarif(ctx));
}

async function postComment(
  api: GitHubClient | undefined,
  context: RunContext,
  inputs: ActionInputs,
  ctx: ReportContext,
  notes: string[],
  cwd: string,
): Promise<void> {
  const { pullRequest, repository } = context;
  if (!pullRequest || !repository) {
    if (inputs.comment === "always")
      core.info("comment: this run is not for a pull request, so there is no comment to write.");
    return;
  }
  if (!api) {
    core.warning("comment: no github-token, so no pull request comment.");
    return;
  }
  const marker = commentMarker(inputs.config, inputs.paths);
  await reportSafely("The pull request comment", "pull-requests: write", async () => {
    const suggestions = await suggestionsFor(ctx.result.findings, ctx.catalogue, cwd);
    const lineLink = lineLinker(context);
    const outcome = await upsertStickyComment(
      api,
      { repository, pullRequest: pullRequest.number, marker },
      (earlier) => {
        // auto: a first comment only when there is something to say; an earlier one is always updated.
        if (!earlier && inputs.comment === "auto" && ctx.result.findings.length === 0) return undefined;
        return renderComment(ctx, {
          marker,
          ...(earlier?.reported ? { previous: earlier.reported } : {}),
          ...(lineLink ? { lineLink } : {}),
          ...(context.runUrl ? { runUrl: context.runUrl } : {}),
          suggestions,
          notes,
        });
      },
    );
    core.info(`Pull request comment: ${outcome}.`);
  });
}

async function postCheckRun(
  api: GitHubClient | undefined,
  context: RunContext,
  ctx: ReportContext,
  notes: string[],
): Promise<void> {
  const { repository } = context;
  const headSha = context.pullRequest?.headSha ?? context.sha;
  if (!api || !repository || !headSha) {
    core.warning("check-run: needs a github-token, GITHUB_REPOSITORY and a commit (GITHUB_SHA): no check run.");
    return;
  }
  const topology = topologyOf(ctx.result);
  const text = [
    ...notes.flatMap((n) => [n, ""]),
    ...(topology ? topologySection(topology, CHECK_RUN_TEXT_BUDGET) : []),
  ].join("\n");
  await reportSafely("The check run", "checks: write", () =>
    publishCheckRun(api, ctx, {
      repository,
      headSha,
      name: CHECK_RUN_NAME,
      text,
      ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
    }),
  );
}

async function act({ cwd, assets, version }: ActionEnvironment): Promise<number> {
  const inputs = readInputs();
  const unusable = unusablePaths(inputs.paths, cwd);
  if (unusable.length > 0) throw new InputError(`input paths: ${unusable.join("; ")}`);
  const context = readContext(process.env);
  const api = inputs.token ? createGitHubClient(inputs.token, context.apiUrl) : undefined;
  const { pullRequest, repository } = context;

  const remote = api && repository ? contentsReader(api, repository, cwd) : undefined;
  const trusted = await loadTrustedConfig(inputs.config, cwd, pullRequest, remote);
  const fromBase = pullRequest
    ? await policiesFromBase(trusted.config, cwd, pullRequest.baseSha)
    : { config: trusted.config };
  const { config } = fromBase;
  // The bundled policy and the custom ones the configuration lists, as the CLI's check loads them.
  const bundle = await loadPolicies(config, { assets, cwd, env: process.env });
  core.info(`policies: ${bundle.sources.map((s) => `${s.name} (${s.catalogue.rules.length} rules)`).join(", ")}`);
  // The job summary, the comment and the check run draw the HA topology.
  const result = await scan(
    { paths: inputs.paths, cwd, zoweVersion: inputs.zoweVersion ?? config.zoweVersion, config, topology: true },
    bundle,
  );
  for (const notice of result.notices) core.info(`note: ${notice}`);
  const full: ReportContext = {
    result,
    catalogue: bundle.catalogue,
    failOn: inputs.failOn,
    toolVersion: version,
    ...(config.file !== undefined ? { configFile: config.file } : {}),
  };

  let changes: ChangedFiles | undefined;
  if (inputs.onlyChanged && pullRequest) changes = await changedFiles(api, repository, pullRequest, cwd);
  else if (inputs.onlyChanged)
    core.info("only-changed applies to pull requests: this run reports the findings of all files.");
  const ctx = changes ? reportedOnly(full, changes) : full;

  // The SARIF file has every finding: code scanning compares whole analyses and shows a pull
  // request only the alerts on its diff.
  if (inputs.sarifFile) await writeSarif(full, inputs.sarifFile, cwd);

  const notes: string[] = [];
  if (changes) {
    const elsewhere = full.result.findings.length - ctx.result.findings.length;
    notes.push(
      `Only the ${plural(changes.size, "file")} this pull request changes ${changes.size === 1 ? "is" : "are"} reported; ${plural(elsewhere, "finding")} in other files ${elsewhere === 1 ? "is" : "are"} not shown.`,
    );
  }
  for (const note of [trusted.note, fromBase.note]) if (note) notes.push(note);
  const summaryNotes = [...notes];
  if (inputs.annotations) summaryNotes.push(...annotate(inputs, ctx, changes));

  const lineLink = lineLinker(context);
  const markdownOptions = { notes: summaryNotes, ...(lineLink ? { lineLink } : {}) };
  await writeSummary(renderSummary(ctx, markdownOptions));

  const s = summarize(ctx);
  core.setOutput("findings", s.findings);
  core.setOutput("errors", s.bySeverity.error);
  core.setOutput("warnings", s.bySeverity.warning);
  core.setOutput("sarif-file", inputs.sarifFile ?? "");
  // Small enough for a comment or an issue, where a later job may want to post it.
  core.setOutput("summary-markdown", renderSummary(ctx, markdownOptions, COMMENT_MAX_BYTES));

  if (inputs.comment !== "never") await postComment(api, context, inputs, ctx, notes, cwd);
  if (inputs.checkRun) await postCheckRun(api, context, ctx, notes);

  if (s.failed) {
    core.error(
      `${plural(s.findings, "problem")} reported (${s.bySeverity.error} errors, ${s.bySeverity.warning} warnings), at least one at or above fail-on: ${s.failOn}.`,
    );
    return 1;
  }
  // A gate whose paths hold nothing it can check (a typo, a moved folder) must not stay green;
  // where that is expected (an organisation-wide workflow in every repository), it is a notice.
  if (nothingChecked(s)) {
    const message = nothingToCheck(inputs.paths, s.files);
    if (!inputs.allowNothingToCheck) {
      core.error(`${message}. Set the input allow-nothing-to-check: true where that is expected.`);
      return 1;
    }
    core.notice(message);
    return 0;
  }
  core.info(
    s.findings === 0
      ? "No problems found."
      : `${plural(s.findings, "problem")} reported, none at or above fail-on: ${s.failOn}.`,
  );
  return 0;
}

export async function runAction(environment: ActionEnvironment): Promise<number> {
  try {
    return await act(environment);
  } catch (error) {
    const known = error instanceof InputError || error instanceof ConfigError || error instanceof TrustError;
    const message =
      error instanceof PolicyError
        ? `policy error: ${error.message}`
        : known
          ? error.message
          : `internal error: ${(error as Error).message ?? String(error)}`;
    core.error(message);
    if (!known && error instanceof Error && error.stack) core.debug(error.stack);
    return 1;
  }
}
