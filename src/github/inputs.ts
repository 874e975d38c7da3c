/**
 * The action's inputs (action.yml), read and checked. The runner fills in action.yml's defaults,
 * but a local run of dist/action.js does not, so an empty input falls back to the same default.
 */
import * as core from "@actions/core";
import { isSeverity } from "../core/findings.js";
import type { ZoweVersion } from "../model/model.js";
import type { FailOn } from "../report/context.js";

export const COMMENT_MODES = ["auto", "always", "never"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface ActionInputs {
  paths: string[];
  /** The configuration file named by the user; undefined: .zowe-ha-policy.yaml if present. */
  config?: string;
  failOn: FailOn;
  zoweVersion?: ZoweVersion;
  annotations: boolean;
  comment: CommentMode;
  checkRun: boolean;
  /** Where to write the SARIF file; undefined: no SARIF file. */
  sarifFile?: string;
  onlyChanged: boolean;
  /** A run that finds no Zowe configuration or Kubernetes object passes with a notice instead of failing. */
  allowNothingToCheck: boolean;
  /** Undefined when empty: the features that call the GitHub API are then skipped. */
  token?: string;
}

/** An input has a value the action cannot use; the message names the input and the values allowed. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** The defaults written in action.yml (a test checks that the two agree). */
export const DEFAULTS = {
  paths: ".",
  "fail-on": "error",
  annotations: "true",
  comment: "auto",
  "check-run": "false",
  "sarif-file": "zowe-ha-policy.sarif",
  "only-changed": "false",
  "allow-nothing-to-check": "false",
} as const;

function booleanInput(name: keyof typeof DEFAULTS): boolean {
  const value = core.getInput(name) || DEFAULTS[name];
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`input ${name} must be true or false, not "${value}"`);
}

function failOnInput(): FailOn {
  const value = core.getInput("fail-on") || DEFAULTS["fail-on"];
  if (value === "none" || isSeverity(value)) return value;
  throw new InputError(`input fail-on must be error, warning, info or none, not "${value}"`);
}

function zoweVersionInput(): ZoweVersion | undefined {
  const value = core.getInput("zowe-version");
  if (value === "") return undefined;
  if (value === "2" || value === "3") return Number(value) as ZoweVersion;
  throw new InputError(`input zowe-version must be 2 or 3, not "${value}"`);
}

function commentInput(): CommentMode {
  const value = core.getInput("comment") || DEFAULTS.comment;
  if ((COMMENT_MODES as readonly string[]).includes(value)) return value as CommentMode;
  throw new InputError(`input comment must be ${COMMENT_MODES.join(", ")}, not "${value}"`);
}

export function readInputs(): ActionInputs {
  const paths = core.getMultilineInput("paths");
  const config = core.getInput("config");
  const zoweVersion = zoweVersionInput();
  // Unlike the other inputs, an explicitly empty sarif-file means "no SARIF file", so only an
  // unset variable (a local run) takes the default.
  const sarifFile =
    process.env["INPUT_SARIF-FILE"] === undefined ? DEFAULTS["sarif-file"] : core.getInput("sarif-file");
  // Not given to core.setSecret: the runner already masks the token it hands out, and the
  // ::add-mask:: command would itself print the token to the log.
  const token = core.getInput("github-token");
  return {
    paths: paths.length > 0 ? paths : [DEFAULTS.paths],
    ...(config ? { config } : {}),
    failOn: failOnInput(),
    ...(zoweVersion ? { zoweVersion } : {}),
    annotations: booleanInput("annotations"),
    comment: commentInput(),
    checkRun: booleanInput("check-run"),
    ...(sarifFile ? { sarifFile } : {}),
    onlyChanged: booleanInput("only-changed"),
    allowNothingToCheck: booleanInput("allow-nothing-to-check"),
    ...(token ? { token } : {}),
  };
}
