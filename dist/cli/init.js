import { mkdir, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { e as enclosingRepository, a as DEFAULT_CONFIG_FILE } from './_config-validator.js';
import { statSync, readFileSync } from 'node:fs';
import { s as starterWorkflow } from './workflow.js';
import 'process';
import 'buffer';

/** What `init` needs to know about the git repository it runs in, read from .git without git. */
/** The nearest folder at or above cwd that holds .git (GitHub reads workflows only there); cwd if none does. */
function repositoryRoot(cwd) {
    return enclosingRepository(cwd) ?? cwd;
}
function branchOf(refFile) {
    try {
        return /^ref: refs\/(?:remotes\/origin|heads)\/(\S+)/.exec(readFileSync(refFile, "utf8"))?.[1];
    }
    catch {
        return undefined;
    }
}
/**
 * The default branch: origin's HEAD as a clone records it, else the branch checked out, else
 * "main". A worktree's .git is a file, not a folder: then "main".
 */
function defaultBranch(root) {
    const git = join(root, ".git");
    if (!statSync(git, { throwIfNoEntry: false })?.isDirectory())
        return "main";
    return branchOf(join(git, "refs", "remotes", "origin", "HEAD")) ?? branchOf(join(git, "HEAD")) ?? "main";
}

/**
 * The .zowe-ha-policy.yaml that `init` writes: every key of the schema, explained, with an
 * example. Only zoweVersion is set (a choice every repository should make); the rest is
 * commented out, so the file starts out meaning the defaults.
 */
const STARTER_KEYS = [
    {
        key: "zoweVersion",
        explanation: ["The Zowe major version (2 or 3) whose defaults and behaviour the rules assume."],
        example: "zoweVersion: 3",
        enabled: true,
    },
    {
        key: "include",
        explanation: [
            "Which files are read: globs relative to this file. By default every .yaml, .yml and .json",
            "file; among them only Zowe configurations and Kubernetes objects are checked.",
        ],
        example: 'include: ["zowe/**", "k8s/**"]',
    },
    {
        key: "exclude",
        explanation: ["Files and folders not to read (globs relative to this file)."],
        example: 'exclude: ["**/test/**"]',
    },
    {
        key: "rules",
        explanation: [
            "Per rule id: off, or the severity to report it with (error, warning, info).",
            "The ids: npx zowe-ha-policy rules",
        ],
        example: 'rules:\n  ZWE-HA-008: "off"\n  ZWE-HA-022: error',
    },
    {
        key: "zowe",
        explanation: [
            "configs: files Zowe reads as one configuration (--config FILE(a):FILE(b)), highest priority",
            "first. schemas: Zowe's own JSON schemas (a Zowe runtime's schemas/ folder, components' schema",
            "folders) to validate every configuration with, as configmgr does when Zowe starts.",
        ],
        example: "zowe:\n  configs:\n    - [zowe/lpar-overrides.yaml, zowe/zowe.yaml]\n  schemas: [zowe-runtime/schemas]",
    },
    {
        key: "kubernetes",
        explanation: [
            "scope: the workloads the replica, disruption-budget, spreading and probe rules cover: zowe",
            "(Zowe's component workloads) or all (every Deployment and StatefulSet). ha: the deployment",
            "is meant to be highly available, so single replicas, autoscaler floors below two and",
            "missing disruption budgets are errors instead of warnings. units: folders that each hold",
            "the manifests of one cluster (rules relate objects only within one); without it, sibling",
            "folders that repeat an object's kind, namespace and name are separate clusters.",
        ],
        example: 'kubernetes:\n  scope: zowe\n  ha: true\n  units: ["clusters/*"]',
    },
    {
        key: "helm",
        explanation: [
            "Helm charts are checked as helm template renders them (with helm on PATH): each chart with",
            "its values.yaml alone and with each values-<env>.yaml beside it. values lists a chart's",
            "environments instead: each a values file, or a list applied in order, relative to the chart.",
        ],
        example: [
            "helm:",
            "  charts:",
            "    charts/zowe:",
            "      values: [values.yaml, values-prod.yaml]",
            "      release: zowe",
            "      namespace: zowe",
        ].join("\n"),
    },
    {
        key: "exceptions",
        explanation: [
            "Accepted risks: a rule's findings in some files are suppressed, with a reason, until the",
            "exception expires; then they are reported again, and so is the exception. For one line,",
            "a comment in the file does the same: # zowe-ha-policy: ignore ZWE-HA-022 -- <reason>",
        ],
        example: [
            "exceptions:",
            "  - rule: ZWE-HA-022",
            '    files: ["zowe/zowe.yaml"]',
            "    instance: lpar1   # optional: only findings about this HA instance",
            "    reason: The workspace is an NFS mount that all LPARs share (change CHG0012345)",
            '    expires: "2027-06-30"',
        ].join("\n"),
    },
    {
        key: "policies",
        explanation: [
            "Your organisation's own rules, written like the bundled ones (Rego with METADATA), each",
            "entry relative to this file: a folder of .rego files (compiled with opa, which must then be",
            "on PATH), a .tar.gz from 'zowe-ha-policy build-policies DIR', or a .wasm with its",
            ".rules.json beside it.",
        ],
        example: "policies:\n  - policies/zowe-ha",
    },
    {
        key: "limits",
        explanation: [
            "Bounds on the work one file may cause: a file over a limit is reported (input-limit) and",
            "the others are still checked.",
        ],
        example: "limits:\n  maxFileBytes: 4194304    # the largest file read (4 MiB)\n  maxDepth: 100\n  maxAliasCount: 100",
    },
];
function commented(lines) {
    return lines
        .split("\n")
        .map((l) => `# ${l}`)
        .join("\n");
}
/** `version` pins the schema the editor validates against to this version of the tool. */
function starterConfig(version) {
    const header = [
        // First, where editors with the YAML language server look for the schema to check keys against.
        `# yaml-language-server: $schema=https://unpkg.com/zowe-ha-policy@${version}/schema/zowe-ha-policy.schema.json`,
        "# zowe-ha-policy configuration: which files are checked and how the rules report.",
        "# Written by 'zowe-ha-policy init'. Every key is optional; remove the leading '# ' of an",
        "# example to use it.",
    ];
    const sections = STARTER_KEYS.map((k) => [...k.explanation.map((l) => `# ${l}`), k.enabled ? k.example : commented(k.example)].join("\n"));
    return `${[header.join("\n"), ...sections].join("\n\n")}\n`;
}

/**
 * `zowe-ha-policy init`: a commented starter .zowe-ha-policy.yaml and a GitHub workflow, at the
 * root of the repository it runs in. An existing file is never overwritten without --force.
 */
const WORKFLOW_FILE = ".github/workflows/zowe-ha-policy.yml";
async function init(options) {
    const root = repositoryRoot(options.cwd);
    const files = [
        [DEFAULT_CONFIG_FILE, starterConfig(options.version)],
        [
            WORKFLOW_FILE,
            starterWorkflow({
                branch: defaultBranch(root),
                ...(options.actionRepository ? { actionRepository: options.actionRepository } : {}),
            }),
        ],
    ];
    const result = { root, written: [], skipped: [] };
    for (const [name, text] of files) {
        const file = join(root, name);
        await mkdir(dirname(file), { recursive: true });
        try {
            // "wx" fails if the file exists: no window between a check and the write.
            await writeFile(file, text, { flag: options.force ? "w" : "wx" });
            result.written.push(name);
        }
        catch (error) {
            if (error.code !== "EEXIST")
                throw error;
            result.skipped.push(name);
        }
    }
    return result;
}

export { WORKFLOW_FILE, init };
