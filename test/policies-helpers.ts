/** Shared by the custom-policy tests: an organisation's rule folder, and PATHs with and without opa. */
import { mkdtempSync } from "node:fs";
import { delimiter, join } from "node:path";
import { pinnedTool } from "./tools.js";

export { writeTree } from "./helpers.js";

/** The files moved into a folder. */
export function under(folder: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${folder}/${name}`, text]));
}

/** The pinned opa (test/tools.ts): the tests that need it run inside describeWithTool(opa, ...). */
export const opa = pinnedTool("opa");

/** A PATH whose `opa` is the pinned one, then the usual PATH. */
export function pathWithOpa(): string {
  return `${opa.bin()}${delimiter}${process.env.PATH ?? ""}`;
}

/** A PATH with nothing on it: no opa (nor anything else). */
export function pathWithoutOpa(work: string): string {
  return mkdtempSync(join(work, "empty-bin-"));
}

export function metadata(id: string, extra = ""): string {
  return `# METADATA
# title: Workspace is under /global/acme
# description: |
#   ACME keeps every Zowe workspace on the shared /global/acme file system.
# related_resources:
#   - ref: https://intranet.acme.example/zowe
#     description: "ACME's Zowe standard"
# custom:
#   id: ${id}
#   severity: warning
#   remediation: |
#     Set zowe.workspaceDirectory to a folder under /global/acme.${extra}
`;
}

/** One rule, ACME-001: the workspace must be under /global/acme. */
export function acmeRule(id = "ACME-001", name = "workspace_path"): Record<string, string> {
  const folder = `rules/acme/${name}`;
  return {
    [`${folder}/${name}.rego`]: `${metadata(id)}package zowe_ha.rules.acme.${name}

import data.zowe_ha.lib.zowe

report contains zowe.at(i, ["zowe", "workspaceDirectory"], "the workspace is not under /global/acme") if {
	some i, config in zowe.sysplex_configs
	not startswith(object.get(config, ["zowe", "workspaceDirectory"], ""), "/global/acme/")
}
`,
    [`${folder}/${name}_test.rego`]: `package zowe_ha.rules.acme.${name}_test

import data.zowe_ha.rules.acme.${name}

test_elsewhere_fails if {
	count(${name}.report) == 1 with input as {"zowe": [{"config": {"zowe": {"workspaceDirectory": "/tmp/ws"}}}]}
}

test_under_acme_passes if {
	count(${name}.report) == 0 with input as {"zowe": [{"config": {"zowe": {"workspaceDirectory": "/global/acme/ws"}}}]}
}
`,
    [`${folder}/pass.yaml`]: "zowe:\n  workspaceDirectory: /global/acme/ws\n",
    [`${folder}/fail.yaml`]: "zowe:\n  workspaceDirectory: /tmp/ws  # expect: " + id + "\n",
  };
}

/** A repository whose zowe.yaml breaks ACME-001 at line 3, column 3. */
export const FIXTURE = `zowe:
  setup: {}
  workspaceDirectory: /global/zowe/workspace
`;
