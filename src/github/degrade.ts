/**
 * Reporting through the API is a courtesy, never the gate: a comment or check run that cannot be
 * written (a fork's read-only token, a missing permission, GitHub down) becomes a warning that
 * says what is missing, and the job's result depends on the findings alone.
 */
import * as core from "@actions/core";
import { statusOf } from "./api.js";

/** Runs one reporting feature; returns false when it could not be done. */
export async function reportSafely(feature: string, permission: string, task: () => Promise<void>): Promise<boolean> {
  try {
    await task();
    return true;
  } catch (error) {
    const status = statusOf(error);
    const reason = (error as Error).message ?? String(error);
    if (status === 401 || status === 403 || status === 404) {
      core.warning(
        `${feature} skipped: GitHub answered ${status} (${reason}). The token needs the \`${permission}\` permission: ` +
          `add it under \`permissions:\` in the workflow. On pull requests from forks the token is read-only, so this is expected there; ` +
          `the annotations, the job summary and the SARIF file are not affected.`,
      );
    } else {
      core.warning(
        `${feature} skipped: ${status ? `GitHub answered ${status}: ` : ""}${reason}. The findings are in the job summary and the SARIF file.`,
      );
    }
    return false;
  }
}
