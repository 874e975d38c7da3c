/** The GitHub workflow that `init` writes: the action on pull requests and on the default branch. */
/** Stands for the action's owner when the package does not say where its repository is. */
const OWNER_PLACEHOLDER = "OWNER";
/**
 * "owner/name" of a GitHub repository from package.json's `repository` ("github:o/n", "o/n",
 * a github.com URL, or an object with such a url); undefined for anything else.
 */
function githubRepository(repository) {
    const value = typeof repository === "object" && repository !== null ? repository.url : repository;
    if (typeof value !== "string")
        return undefined;
    const match = /^(?:github:|(?:git\+)?https:\/\/github\.com\/|git@github\.com:)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(value.trim());
    return match?.[1];
}
function starterWorkflow(options) {
    const action = options.actionRepository ?? `${OWNER_PLACEHOLDER}/zowe-ha-policy`;
    const placeholder = options.actionRepository
        ? []
        : [
            `      # TODO: ${OWNER_PLACEHOLDER} is a placeholder: replace it with the GitHub owner of the zowe-ha-policy action.`,
        ];
    return [
        "# Checks the repository's Zowe configuration and Kubernetes manifests for what breaks high",
        "# availability, and reports each finding on its line. Written by 'zowe-ha-policy init'.",
        "name: zowe-ha-policy",
        "",
        "on:",
        "  pull_request:",
        "  push:",
        `    branches: [${options.branch}]`,
        "",
        "# Only what the action uses: read the repository, and write the one pull-request comment.",
        "# Without pull-requests: write the action still annotates the lines and writes the job",
        "# summary, and says that the comment needs the permission.",
        "permissions:",
        "  contents: read",
        "  pull-requests: write",
        "",
        "jobs:",
        "  zowe-ha-policy:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v6",
        "      # A folder of Rego under policies: in .zowe-ha-policy.yaml is compiled with opa; uncomment",
        "      # to install it (bundles built with 'zowe-ha-policy build-policies' need no opa).",
        "      # - uses: open-policy-agent/setup-opa@v2",
        "      #   with:",
        "      #     version: 1.x",
        ...placeholder,
        `      - uses: ${action}@v1`,
        "        with:",
        "          config: .zowe-ha-policy.yaml",
        "      # Code scanning alerts from the SARIF file the action writes: uncomment, and add",
        "      # security-events: write to the permissions above.",
        "      # - uses: github/codeql-action/upload-sarif@v4",
        "      #   if: always()",
        "      #   with:",
        "      #     sarif_file: zowe-ha-policy.sarif",
        "",
    ].join("\n");
}

export { githubRepository as g, starterWorkflow as s };
