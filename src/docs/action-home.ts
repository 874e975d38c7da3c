/**
 * Where the action lives (package.json's `repository`, the one place that says it), written into
 * the Markdown and YAML that cannot read package.json: the README's and docs' workflows and the
 * reusable workflow. `npm run build:docs` rewrites them; a test fails when they disagree, so a
 * fork changes one line of package.json and rebuilds.
 */

/** The files whose `uses:` lines name the action, relative to the repository root. */
export const ACTION_HOME_FILES = ["README.md", "docs/action.md", ".github/workflows/zowe-ha-policy.yml"] as const;

/** Owners of the other actions the docs show; every other `uses: owner/name@` is this action. */
const OTHER_ACTIONS_OWNERS = new Set(["actions", "github", "open-policy-agent"]);

/**
 * `uses: owner/name@ref` (the action) and `uses: owner/name/.github/workflows/zowe-ha-policy.yml@ref`
 * (the reusable workflow), in YAML, in comments and in inline code.
 */
const USES = /(\buses:\s+)([\w.-]+)\/([\w.-]+)(?=(?:\/\.github\/workflows\/zowe-ha-policy\.yml)?@)/g;

/** The text with every reference to the action naming `repository` ("owner/name"). */
export function withActionHome(text: string, repository: string): string {
  return text.replace(USES, (whole, uses: string, owner: string) =>
    OTHER_ACTIONS_OWNERS.has(owner) ? whole : `${uses}${repository}`,
  );
}

/** The "owner/name" each `uses:` of this action in the text names (to check them). */
export function actionReferences(text: string): string[] {
  return [...text.matchAll(USES)]
    .map(([, , owner = "", name = ""]) => ({ owner, name }))
    .filter(({ owner }) => !OTHER_ACTIONS_OWNERS.has(owner))
    .map(({ owner, name }) => `${owner}/${name}`);
}
