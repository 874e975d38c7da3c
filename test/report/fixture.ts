/**
 * The report every renderer test renders: built in code, small, and holding each case a format
 * must get right: errors, warnings and info; a finding of one HA instance; a finding suppressed
 * by an inline comment and one by an exception; a notice; an entry of the baseline fixed since;
 * characters each format must escape (Markdown `|`, `<`, `>`, `&`, backticks; XML `<`, `&`, quotes;
 * workflow commands `%`, `:`, `,` and the newline); file paths with spaces and `&`; a rule
 * remediation with `<id>` inside and outside code spans.
 *
 * The rules are written here rather than read from dist/rules.json so that the golden files
 * change when a renderer changes, not when a policy's wording does.
 */
import { baselineFingerprint, type BaselineEntry } from "../../src/filter/baseline.js";
import { orderFindings, type Finding } from "../../src/core/findings.js";
import type { ReportContext } from "../../src/report/context.js";
import { Catalogue, DIAGNOSTICS, type RuleMeta } from "../../src/core/rules.js";

export const SYSPLEX_FILE = "clusters/R&D sysplex/zowe.yaml";
export const GATEWAY_FILE = "k8s/prod gateway.yaml";
export const BROKEN_FILE = "k8s/broken.yaml";

/** Every character the formats escape, in one message (inside and outside a code span, over two lines). */
export const TRICKY_MESSAGE =
  'storage.mode is `inMemory` | each <instance> & "job" keeps its own 100% copy: not shared,\n' +
  "so a failover loses the sessions of `haInstances.<id>` and 'lpar2' (inference)";

export const RULES: RuleMeta[] = [
  {
    id: "ZWE-TEST-001",
    package: "zowe/instance_hostname",
    group: "zowe",
    severity: "error",
    title: "Each HA instance names its own host",
    description: "An instance whose hostname is the DVIPA name registers the Sysplex address, not its own.",
    remediation:
      "Set `haInstances.<id>.hostname` to the host name of the instance's own LPAR (for example\n" +
      "`lpar1.example.com`), or start it with `--ha-instance <id>` (HAINST=<id>).",
    confidence: "documented",
    sources: [
      {
        url: "https://docs.zowe.org/stable/user-guide/configure-zowe-ha",
        description: "Zowe docs, Configuring high availability",
      },
    ],
  },
  {
    id: "ZWE-TEST-002",
    package: "zowe/caching_storage",
    group: "zowe",
    severity: "warning",
    otherSeverities: { error: "with `kubernetes.ha: true`" },
    title: "Caching & storage <shared> | not in memory",
    description: "The Caching Service's `inMemory` storage is not shared between instances.",
    remediation:
      "Set `components.caching-service.storage.mode` to `infinispan` (`inMemory|redis` are not shared on z/OS); " +
      "a code span may hold a backtick: `` `id` ``.",
    confidence: "inference",
    sources: [{ url: "https://docs.zowe.org/stable/user-guide/configure-caching-service-ha" }],
  },
  {
    id: "ZWE-TEST-003",
    package: "kubernetes/workload_replicas",
    group: "kubernetes",
    severity: "info",
    title: "Workloads run at least 2 replicas",
    description: "One replica is a single point of failure.",
    remediation: "Set `spec.replicas: 2` or more.",
    sources: [],
  },
  DIAGNOSTICS.yamlSyntax,
];

function finding(f: Omit<Finding, "endLine"> & { endLine?: number }): Finding {
  return { ...f, endLine: f.endLine ?? f.line };
}

export const FINDINGS: Finding[] = orderFindings([
  finding({
    ruleId: "ZWE-TEST-001",
    severity: "error",
    message: "haInstances.lpar1.hostname is the DVIPA name zowe.plex.example.com, not the host of LPAR1",
    file: SYSPLEX_FILE,
    line: 12,
    column: 15,
    endColumn: 37,
    path: ["haInstances", "lpar1", "hostname"],
    instance: "lpar1",
    docs: "https://example.com/rules/ZWE-TEST-001",
  }),
  finding({
    ruleId: "ZWE-TEST-002",
    severity: "warning",
    message: TRICKY_MESSAGE,
    file: SYSPLEX_FILE,
    line: 30,
    column: 13,
    endColumn: 21,
    path: ["components", "caching-service", "storage", "mode"],
  }),
  // Over several lines: annotations leave out the columns.
  finding({
    ruleId: "ZWE-TEST-003",
    severity: "info",
    message: "Deployment zowe/gateway runs 1 replica",
    file: GATEWAY_FILE,
    line: 8,
    column: 3,
    endLine: 10,
    endColumn: 1,
    path: ["spec"],
  }),
  finding({
    ruleId: DIAGNOSTICS.yamlSyntax.id,
    severity: "error",
    message: "bad indentation of a mapping entry (4:3)",
    file: BROKEN_FILE,
    line: 4,
    column: 3,
    endColumn: 4,
    path: [],
  }),
]);

export const SUPPRESSED: Finding[] = [
  finding({
    ruleId: "ZWE-TEST-003",
    severity: "info",
    message: "Deployment zowe/canary runs 1 replica",
    file: GATEWAY_FILE,
    line: 31,
    column: 3,
    endColumn: 14,
    path: ["spec", "replicas"],
    suppressed: { kind: "inSource", justification: "the canary runs alone" },
  }),
  finding({
    ruleId: "ZWE-TEST-001",
    severity: "error",
    message: "haInstances.lpar3.hostname is the DVIPA name zowe.plex.example.com, not the host of LPAR3",
    file: SYSPLEX_FILE,
    line: 40,
    column: 15,
    endColumn: 37,
    path: ["haInstances", "lpar3", "hostname"],
    instance: "lpar3",
    suppressed: {
      kind: "external",
      justification: "LPAR3 is retired in June (exception in .zowe-ha-policy.yaml, expires 2031-06-30)",
    },
  }),
];

const fixedPath = ["haInstances", "lpar2", "components", "discovery", "port"];
export const FIXED: BaselineEntry[] = [
  {
    fingerprint: baselineFingerprint({
      ruleId: "ZWE-TEST-002",
      file: SYSPLEX_FILE,
      path: fixedPath,
      instance: "lpar2",
    }),
    ruleId: "ZWE-TEST-002",
    file: SYSPLEX_FILE,
    path: fixedPath,
    instance: "lpar2",
    message: "Discovery on lpar2 shares port 7553 with lpar1",
  },
];

export const NOTICES = [
  "clusters/R&D sysplex/overlays/prod: kustomize build failed (missing resource <base>); its files are checked as written",
];

/** The report: fails on warnings, so the info finding is listed but does not fail the build. */
export function reportContext(overrides: Partial<ReportContext["result"]> = {}): ReportContext {
  return {
    result: {
      findings: FINDINGS,
      suppressed: SUPPRESSED,
      fixedSinceBaseline: FIXED,
      stats: { files: 4, zoweConfigs: 1, kubernetesObjects: 3 },
      notices: NOTICES,
      // No configuration or workload in the model: the HA topology has tests of its own (test/github/topology.test.ts).
      input: {
        zoweVersion: 3,
        zowe: [],
        kubernetes: [],
        units: [],
        options: { kubernetes: { scope: "zowe", ha: false } },
      },
      ...overrides,
    },
    catalogue: new Catalogue(RULES),
    failOn: "warning",
    toolVersion: "1.2.3-test",
    configFile: ".zowe-ha-policy.yaml",
  };
}
