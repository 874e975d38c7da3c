/**
 * What Zowe itself would reject or ignore (ZWE-HA-100 to 103), ESLint-style: valid configurations
 * give none of these findings; each invalid one gives exactly the findings marked on its lines
 * with `# expect: <ID> <severity>`, through the whole pipeline (merge, wasm, location).
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zoweDefaults } from "../src/zowe/defaults.js";
import { mergeLayers } from "../src/zowe/merge.js";
import { editDistance, suggest } from "../src/zowe/suggest.js";
import { validateZoweConfig } from "../src/zowe/validate.js";
import { loadZoweSchemas, ZoweSchemaError } from "../src/zowe/zowe-schemas.js";
import { cli, ROOT, writeTree } from "./helpers.js";
import { type JsonObject } from "../src/core/json.js";

const RULES = new Set(["ZWE-HA-100", "ZWE-HA-101", "ZWE-HA-102", "ZWE-HA-103"]);
const TEST_SCHEMAS = join(ROOT, "policies", "rules", "zowe", "zowe_schemas", "schemas");

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-validate-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Found {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  message: string;
}

async function check(files: Record<string, string>, ...args: string[]): Promise<Found[]> {
  const dir = writeTree(mkdtempSync(join(work, "repo-")), files);
  const r = await cli(["check", "-f", "json", ...args], dir);
  if (r.code === 2) throw new Error(r.stderr);
  return (JSON.parse(r.stdout) as { findings: Found[] }).findings;
}

/** [line, "ID severity"] of every `# expect:` mark. */
function marks(text: string): string[] {
  return text.split("\n").flatMap((line, n) => {
    const mark = /#\s*expect:\s*(ZWE-HA-\S+)\s+(error|warning)/.exec(line);
    return mark ? [`${n + 1} ${mark[1]} ${mark[2]}`] : [];
  });
}

const BASE = `zowe:
  workspaceDirectory: /global/zowe/workspace
  externalDomains: [zowe.plex.example.com]
  externalPort: 7554
  verifyCertificates: STRICT
components:
  gateway:
    enabled: true
    port: 7554
  caching-service:
    enabled: true
    storage:
      mode: infinispan
haInstances:
  lpar1:
    hostname: lpar1.example.com
    sysname: LPAR1
  lpar2:
    hostname: lpar2.example.com
    sysname: LPAR2
`;

/** The base configuration with one line replaced (by its text) or lines added after it. */
function edit(find: string, replacement: string): string {
  expect(BASE).toContain(find);
  return BASE.replace(find, replacement);
}

interface Case {
  name: string;
  yaml: string;
  /** Words the message of the first marked finding must contain. */
  says?: string[];
  version?: 2 | 3;
}

const invalid: Case[] = [
  // The examples.
  {
    name: "a misspelt Caching Service storage mode",
    yaml: edit("      mode: infinispan", "      mode: infinispn  # expect: ZWE-HA-100 warning"),
    says: ["did you mean infinispan?", "the Caching Service then creates no storage and does not start"],
  },
  {
    name: "verifyCertificates in lower case",
    yaml: edit("  verifyCertificates: STRICT", "  verifyCertificates: strict  # expect: ZWE-HA-100 error"),
    says: ["not one of STRICT, NONSTRICT or DISABLED (did you mean STRICT?)", "Zowe does not start"],
  },
  {
    name: "a quoted external port",
    yaml: edit("  externalPort: 7554", '  externalPort: "7554"  # expect: ZWE-HA-100 error'),
    says: ['zowe.externalPort must be an integer from 0 to 65535, not the string "7554"'],
  },
  {
    name: "prot under an HA instance's component",
    yaml: edit(
      "    sysname: LPAR2\n",
      "    sysname: LPAR2\n    components:\n      gateway:\n        prot: 7554  # expect: ZWE-HA-101 warning\n",
    ),
    says: [
      "prot is not a Zowe key in haInstances.lpar2.components.gateway; did you mean port?",
      "Zowe ignores it and reads components.gateway.port = 7554",
    ],
  },
  {
    name: "workspaceDirectry under an HA instance",
    yaml: edit(
      "    sysname: LPAR1\n",
      "    sysname: LPAR1\n    workspaceDirectry: /lpar1/ws  # expect: ZWE-HA-101 warning\n",
    ),
    says: ["did you mean zowe.workspaceDirectory?", "Zowe ignores it"],
  },
  {
    name: "haInstance (singular): one finding, not also 'haInstances is not defined'",
    yaml: edit("haInstances:", "haInstance:  # expect: ZWE-HA-101 error"),
    says: ["haInstance is not a Zowe key; did you mean haInstances?"],
  },
  {
    name: "sysName: one finding, not also 'sysname is missing'",
    yaml: edit("    sysname: LPAR1", "    sysName: LPAR1  # expect: ZWE-HA-101 error"),
    says: ["did you mean sysname? Zowe's schema requires sysname there"],
  },
  // More typos and wrongly typed values, as users write them.
  {
    name: "externalDomain (singular): one finding, not also 'externalDomains is not set'",
    yaml: edit(
      "  externalDomains: [zowe.plex.example.com]",
      "  externalDomain: [zowe.plex.example.com]  # expect: ZWE-HA-101 error",
    ),
    says: ["did you mean externalDomains?"],
  },
  {
    name: "workspaceDirectry under zowe: one finding, not also 'workspaceDirectory is not set'",
    yaml: edit("  workspaceDirectory:", "  workspaceDirectry:  # expect: ZWE-HA-101 error"),
  },
  {
    name: "a component disabled with a quoted boolean",
    yaml: edit("    enabled: true\n    port: 7554", '    enabled: "false"  # expect: ZWE-HA-100 error\n    port: 7554'),
    says: ['components.gateway.enabled must be a boolean (true or false), not the string "false"'],
  },
  {
    name: "yes for a boolean (configmgr reads it as a string)",
    yaml: `${BASE}  lpar3:\n    hostname: lpar3.example.com\n    sysname: LPAR3\n    components:\n      zss:\n        enabled: yes  # expect: ZWE-HA-100 error\n`,
  },
  {
    name: "a quoted z/OSMF port and an upper-case scheme",
    yaml: `${BASE}zOSMF:\n  host: zosmf.plex.example.com\n  port: "443"  # expect: ZWE-HA-100 error\n  scheme: HTTPS  # expect: ZWE-HA-100 error\n`,
  },
  {
    name: "an RBAC profile identifier written as a number",
    yaml: edit(
      "  verifyCertificates: STRICT",
      "  verifyCertificates: STRICT\n  rbacProfileIdentifier: 1  # expect: ZWE-HA-100 error",
    ),
  },
  {
    name: "launch script log level in capitals",
    yaml: edit(
      "  verifyCertificates: STRICT",
      "  verifyCertificates: STRICT\n  launchScript:\n    logLevel: INFO  # expect: ZWE-HA-100 error",
    ),
    says: ["did you mean info?"],
  },
  {
    name: "a keystore type in lower case",
    yaml: edit(
      "  verifyCertificates: STRICT",
      [
        "  verifyCertificates: STRICT",
        "  certificate:",
        "    keystore:",
        "      type: pkcs12  # expect: ZWE-HA-100 error",
        "      file: /global/zowe/keystore/localhost.keystore.p12",
        "      alias: localhost",
        "    truststore:",
        "      type: PKCS12",
        "      file: /global/zowe/keystore/localhost.truststore.p12",
        "    pem:",
        "      key: /global/zowe/keystore/localhost.key",
        "      certificate: /global/zowe/keystore/localhost.cer",
      ].join("\n"),
    ),
    says: ["did you mean PKCS12?"],
  },
  {
    name: "trustStore for truststore: the misspelling, not also the missing key",
    yaml: edit(
      "  verifyCertificates: STRICT",
      [
        "  verifyCertificates: STRICT",
        "  certificate:",
        "    keystore:",
        "      type: PKCS12",
        "      file: /global/zowe/keystore/localhost.keystore.p12",
        "      alias: localhost",
        "    trustStore:  # expect: ZWE-HA-101 error",
        "      type: PKCS12",
        "      file: /global/zowe/keystore/localhost.truststore.p12",
        "    pem:",
        "      key: /global/zowe/keystore/localhost.key",
        "      certificate: /global/zowe/keystore/localhost.cer",
      ].join("\n"),
    ),
  },
  {
    name: "a VSAM record-level-sharing mode in lower case",
    yaml: edit(
      "  verifyCertificates: STRICT",
      "  verifyCertificates: STRICT\n  setup:\n    vsam:\n      mode: rls  # expect: ZWE-HA-100 error",
    ),
  },
  {
    name: "a quoted Caching Service port (its schema requires an integer while it is enabled)",
    yaml: edit(
      "    enabled: true\n    storage:",
      '    enabled: true\n    port: "7555"  # expect: ZWE-HA-100 error\n    storage:',
    ),
    says: ["the caching-service schema rejects it, so zwe start stops while caching-service is enabled"],
  },
  {
    name: "an App Server port out of range",
    yaml: `${BASE.replace("components:\n", "components:\n  app-server:\n    port: 75560  # expect: ZWE-HA-100 warning\n")}`,
  },
  {
    name: "imMemory, as the v2.6 Caching Service HA page printed it",
    yaml: edit("      mode: infinispan", "      mode: imMemory  # expect: ZWE-HA-100 warning"),
    says: ["did you mean inMemory?"],
  },
  {
    name: "an eviction strategy in the wrong case",
    yaml: edit(
      "      mode: infinispan",
      "      mode: infinispan\n      evictionStrategy: removeoldest  # expect: ZWE-HA-100 warning",
    ),
  },
  {
    name: "storage mode misspelt as a key",
    yaml: edit("      mode: infinispan", "      mod: infinispan  # expect: ZWE-HA-101 warning"),
  },
  {
    name: "a component name misspelt",
    yaml: edit(
      "  caching-service:\n    enabled: true",
      "  caching-servce:  # expect: ZWE-HA-101 warning\n    enabled: true",
    ),
    says: ["did you mean caching-service?"],
  },
  {
    name: "Enabled with a capital",
    yaml: edit("    enabled: true\n    port: 7554", "    Enabled: false  # expect: ZWE-HA-101 warning\n    port: 7554"),
    says: ["Zowe ignores it and reads components.gateway.enabled = true"],
  },
  {
    name: "a JGroups port written as one dotted key",
    yaml: edit(
      "      mode: infinispan",
      "      mode: infinispan\n      infinispan:\n        jgroups.port: 7600  # expect: ZWE-HA-102 warning",
    ),
    says: ["not the nested setting components.caching-service.storage.infinispan.jgroups.port"],
  },
  {
    name: "keyExchange beside jgroups rather than inside it",
    yaml: edit(
      "      mode: infinispan",
      "      mode: infinispan\n      infinispan:\n        keyExchange:  # expect: ZWE-HA-102 warning\n          port: 7601",
    ),
    says: ["it reads components.caching-service.storage.infinispan.jgroups.keyExchange"],
  },
  {
    name: "a dotted key where Zowe's schema allows no other key",
    yaml: edit(
      "  verifyCertificates: STRICT",
      "  verifyCertificates: STRICT\n  job.name: ZWE1SV  # expect: ZWE-HA-102 error",
    ),
  },
  {
    name: "a listen address that is no IPv4 address",
    yaml: edit(
      "  verifyCertificates: STRICT",
      "  verifyCertificates: STRICT\n  network:\n    server:\n      listenAddresses:\n        - 10.1.1.300  # expect: ZWE-HA-100 error",
    ),
  },
  {
    name: "an instance's override of verifyCertificates is not validated by Zowe: a warning",
    yaml: edit(
      "    sysname: LPAR1\n",
      "    sysname: LPAR1\n    zowe:\n      verifyCertificates: Strict  # expect: ZWE-HA-100 warning\n",
    ),
    says: ["Zowe does not validate the sections of an HA instance"],
  },
  {
    name: "zaas is a v3 component with a schema of its own",
    yaml: `${BASE}  lpar3:\n    hostname: lpar3.example.com\n    sysname: LPAR3\n`.replace(
      "components:\n",
      'components:\n  zaas:\n    debug: "true"  # expect: ZWE-HA-100 error\n',
    ),
  },
];

const valid: Case[] = [
  { name: "a compliant two-LPAR configuration", yaml: BASE },
  {
    name: "an extension's own keys, and keys of Zowe's components this tool does not list",
    yaml: edit(
      "  caching-service:\n",
      "  my-extension:\n    enabled: true\n    prot: 1\n    any.dotted.key: x\n  gateway-ext:\n    enabled: false\n  zss:\n    agent:\n      jwt:\n        fallback: true\n  caching-service:\n",
    ),
  },
  {
    name: "values nothing validates may be text; modes are compared without case",
    yaml: edit("      mode: infinispan", '      mode: INFINISPAN\n      size: "10000"').replace(
      "components:\n",
      'components:\n  app-server:\n    port: "7556"\n',
    ),
  },
  {
    name: "templates and empty values are not judged",
    yaml: edit("  externalPort: 7554", "  externalPort: ${{ zowe.launchScript.port }}\n  cookieIdentifier:"),
  },
  {
    name: "zaas in a v2 configuration is an extension there",
    yaml: BASE.replace("components:\n", 'components:\n  zaas:\n    debug: "true"\n'),
    version: 2,
  },
];

describe("invalid", () => {
  test.each(invalid)("$name", async ({ yaml, says, version }) => {
    const findings = await check({ "zowe.yaml": yaml }, "--zowe-version", String(version ?? 3));
    const ours = findings.filter((f) => RULES.has(f.ruleId));
    expect(ours.map((f) => `${f.line} ${f.ruleId} ${f.severity}`)).toEqual(marks(yaml));
    for (const words of says ?? []) expect(ours[0]?.message).toContain(words);
    // A misspelling explains the missing key: the rules about that key stay silent.
    expect(findings.filter((f) => ["ZWE-HA-001", "ZWE-HA-002"].includes(f.ruleId))).toEqual([]);
    if (/externalDomain:|workspaceDirectry: {2}#/.test(yaml)) {
      expect(findings.filter((f) => ["ZWE-HA-014", "ZWE-HA-020"].includes(f.ruleId))).toEqual([]);
    }
  });
});

describe("valid", () => {
  test.each(valid)("$name", async ({ yaml, version }) => {
    const findings = await check({ "zowe.yaml": yaml }, "--zowe-version", String(version ?? 3));
    expect(findings.filter((f) => RULES.has(f.ruleId))).toEqual([]);
  });
});

describe("where a problem is reported", () => {
  test("a zowe.yaml in a ConfigMap: inside the ConfigMap's file; with useConfigmgr false a warning", async () => {
    const configMap = [
      "apiVersion: v1",
      "kind: ConfigMap",
      "metadata:",
      "  name: zowe-config",
      "  namespace: zowe",
      "data:",
      "  zowe.yaml: |",
      "    zowe:",
      "      useConfigmgr: false",
      "      externalDomains: [localhost]",
      "      verifyCertificates: strict",
      "      certificate:",
      "        keystore: {type: PKCS12, file: /home/zowe/keystore/keystore.p12, alias: localhost}",
      "        trustStore: {type: PKCS12, file: /home/zowe/keystore/truststore.p12}",
      "        pem: {key: /home/zowe/keystore/keystore.key, certificate: /home/zowe/keystore/keystore.cer}",
      "",
    ].join("\n");
    const findings = (await check({ "k8s/config-cm.yaml": configMap })).filter((f) => RULES.has(f.ruleId));
    expect(findings.map((f) => [f.file, f.line, f.ruleId, f.severity])).toEqual([
      ["k8s/config-cm.yaml", 11, "ZWE-HA-100", "warning"],
      ["k8s/config-cm.yaml", 14, "ZWE-HA-101", "warning"],
    ]);
    expect(findings[0]?.message).toContain("it passes only because zowe.useConfigmgr is false");
  });

  test("a layered configuration: in the layer that wrote the key", async () => {
    const findings = await check({
      ".zowe-ha-policy.yaml": "zowe:\n  configs:\n    - [zowe/lpars.yaml, zowe/zowe.yaml]\n",
      "zowe/zowe.yaml": BASE.replace(/haInstances:[\s\S]*/, ""),
      "zowe/lpars.yaml":
        "haInstances:\n  lpar1:\n    hostname: lpar1.example.com\n    sysname: LPAR1\n  lpar2:\n    hostname: lpar2.example.com\n    sysname: LPAR2\n    components:\n      gateway:\n        enabeld: false\n",
    });
    expect(findings.filter((f) => RULES.has(f.ruleId)).map((f) => [f.file, f.line, f.ruleId])).toEqual([
      ["zowe/lpars.yaml", 10, "ZWE-HA-101"],
    ]);
  });
});

describe("the walker", () => {
  const merged = (config: JsonObject, version: 2 | 3 = 3) => mergeLayers([config], zoweDefaults(version));

  test("Zowe's defaults pass, in both versions", () => {
    expect(validateZoweConfig(zoweDefaults(2), 2)).toEqual([]);
    expect(validateZoweConfig(zoweDefaults(3), 3)).toEqual([]);
  });

  test("a problem inherited by an instance is reported once, where it is written", () => {
    const config = merged({
      zowe: { verifyCertificates: "strict" },
      haInstances: { a: { hostname: "a", sysname: "A" }, b: { hostname: "b", sysname: "B" } },
    });
    expect(validateZoweConfig(config, 3).map((p) => p.path)).toEqual([["zowe", "verifyCertificates"]]);
  });

  test("component schemas apply in the versions that have them", () => {
    const zaas = (version: 2 | 3) =>
      validateZoweConfig(merged({ components: { zaas: { port: "7558" } } }, version), version);
    expect(zaas(3)).toEqual([expect.objectContaining({ kind: "type", enforced: "component", component: "zaas" })]);
    expect(zaas(2)).toEqual([]);
  });

  test("a misspelt required key is one problem that says the key is missing", () => {
    const problems = validateZoweConfig(merged({ haInstances: { a: { hostname: "a", sysName: "A" } } }), 3);
    expect(problems).toEqual([
      {
        kind: "unknown-key",
        path: ["haInstances", "a", "sysName"],
        suggestion: "sysname",
        missing: true,
        required: true,
        enforced: "schema",
      },
    ]);
  });

  test("a key without a near miss in a mapping Zowe reads whole lists the keys read", () => {
    const [problem] = validateZoweConfig(merged({ zowe: { job: { jobname: "X" } } }), 3);
    expect(problem).toMatchObject({ kind: "unknown-key", allowed: "name and prefix", enforced: "schema" });
  });

  test("a key one level too deep is read one level up", () => {
    const config = merged({
      components: { "caching-service": { storage: { infinispan: { jgroups: { initialHosts: "a[7600]" } } } } },
    });
    expect(validateZoweConfig(config, 3)).toEqual([
      {
        kind: "ignored-key",
        path: ["components", "caching-service", "storage", "infinispan", "jgroups", "initialHosts"],
        readAt: "components.caching-service.storage.infinispan.initialHosts",
      },
    ]);
  });
});

describe("did you mean", () => {
  test.each([
    ["haInstance", ["zowe", "haInstances", "components"], "haInstances"],
    ["sysName", ["hostname", "sysname"], "sysname"],
    ["prot", ["port", "debug"], "port"],
    ["workspaceDirectry", ["workspaceDirectory", "logDirectory"], "workspaceDirectory"],
    ["zss", ["zis"], undefined],
    ["gateway2", ["gateway"], "gateway"],
    ["colour", ["port"], undefined],
  ])("%s among %j: %s", (name, candidates, meant) => {
    expect(suggest(name, candidates)).toBe(meant);
  });

  test("where other names are legitimate, a known name with a suffix is a name of its own", () => {
    expect(suggest("gateway-ext", ["gateway"], true)).toBeUndefined();
    expect(suggest("gateway2", ["gateway"], true)).toBeUndefined();
    expect(suggest("gatway", ["gateway"], true)).toBe("gateway");
  });

  test("two equally near names suggest neither", () => {
    expect(suggest("zoxe", ["zowe", "zone"])).toBeUndefined();
  });

  test("edit distance counts a swap of neighbours as one edit", () => {
    expect(editDistance("prot", "port")).toBe(1);
    expect(editDistance("infinispn", "infinispan")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("Zowe's own schemas (zowe.schemas)", () => {
  const validate = (schemas: ReturnType<typeof loadZoweSchemas>, layer: JsonObject) =>
    schemas.validate(mergeLayers([layer], zoweDefaults(3)), [layer]);

  test("anchors and references across files; the closest alternative of a oneOf explains the error", () => {
    const schemas = loadZoweSchemas([TEST_SCHEMAS]);
    const problems = validate(schemas, {
      zowe: {
        runtimeDirectory: "",
        certificate: {
          keystore: { type: "JCERACFKS", file: "/keystore.p12", alias: "a" },
          truststore: { type: "JCERACFKS", file: "safkeyring://U/R" },
        },
      },
    });
    expect(problems.map((p) => [p.path.join("."), p.message])).toEqual([
      ["zowe.runtimeDirectory", "must NOT have fewer than 1 characters"],
      ["zowe.certificate.keystore.file", 'must match pattern "^safkeyring[a-z]*://.*"'],
    ]);
  });

  test("a component's schema only while the component is enabled", () => {
    const schemas = loadZoweSchemas([TEST_SCHEMAS]);
    const heap = (enabled: boolean) =>
      validate(schemas, { components: { "caching-service": { enabled, heap: { max: 8192 } } } });
    expect(heap(true).map((p) => [p.path.join("."), p.file])).toEqual([
      ["components.caching-service.heap.max", "caching-schema.json"],
    ]);
    expect(heap(false)).toEqual([]);
  });

  test("a runtime's files/defaults.yaml beside its schemas is merged as configmgr merges it", () => {
    const runtime = mkdtempSync(join(work, "runtime-"));
    cpSync(TEST_SCHEMAS, join(runtime, "schemas"), { recursive: true });
    const pkcs12 = {
      zowe: {
        certificate: {
          keystore: { type: "PKCS12", file: "/ks.p12", alias: "a" },
          truststore: { type: "PKCS12", file: "/ts.p12" },
        },
      },
    };
    const pem = (schemas: ReturnType<typeof loadZoweSchemas>) =>
      validate(schemas, pkcs12).map((p) => `${p.path.join(".")} ${p.message}`);
    expect(pem(loadZoweSchemas([join(runtime, "schemas")]))).toEqual(["zowe.certificate.pem is required"]);
    writeTree(runtime, {
      "files/defaults.yaml":
        "zowe:\n  certificate:\n    pem:\n      key: /ks.key\n      certificate: /ks.cer\n  runtimeDirectory: ${{ process.env.ZWE_zowe_runtimeDirectory }}\n",
    });
    expect(pem(loadZoweSchemas([join(runtime, "schemas")]))).toEqual([]);
  });

  test("a schema file with trailing commas, as Zowe ships one, is read", () => {
    const dir = mkdtempSync(join(work, "schemas-"));
    cpSync(TEST_SCHEMAS, dir, { recursive: true });
    const file = join(dir, "caching-schema.json");
    writeTree(dir, { "caching-schema.json": readFileSync(file, "utf8").replace(/\}\n(\s*)\]/, "},\n$1]") });
    expect(readFileSync(file, "utf8")).toMatch(/,\s*\]/);
    expect(() => loadZoweSchemas([dir])).not.toThrow();
  });

  test("no base schema, or a folder that does not exist, is an error naming it", () => {
    expect(() => loadZoweSchemas([join(TEST_SCHEMAS, "caching-schema.json")])).toThrow(ZoweSchemaError);
    expect(() => loadZoweSchemas([join(work, "nowhere")])).toThrow(/nowhere: ENOENT/);
  });

  test("the setting: findings of ZWE-HA-103, and a bad folder is a configuration error at its line", async () => {
    const schemas = readFileSync(join(TEST_SCHEMAS, "zowe-yaml-schema.json"), "utf8");
    const common = readFileSync(join(TEST_SCHEMAS, "server-common.json"), "utf8");
    const yaml = edit(
      "  externalPort: 7554",
      '  externalPort: 7554\n  runtimeDirectory: ""  # expect: ZWE-HA-103 error',
    );
    const files = {
      ".zowe-ha-policy.yaml": "zowe:\n  schemas: zowe-runtime/schemas\n",
      "zowe-runtime/schemas/zowe-yaml-schema.json": schemas,
      "zowe-runtime/schemas/server-common.json": common,
      "zowe.yaml": yaml,
    };
    const findings = await check(files);
    expect(findings.filter((f) => RULES.has(f.ruleId)).map((f) => `${f.line} ${f.ruleId} ${f.severity}`)).toEqual(
      marks(yaml),
    );
    const dir = writeTree(mkdtempSync(join(work, "repo-")), {
      ...files,
      ".zowe-ha-policy.yaml": "# Zowe's schemas\nzowe:\n  schemas: nowhere\n",
    });
    const r = await cli(["check"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".zowe-ha-policy.yaml:3:3: zowe.schemas:");
    expect(r.stderr).toContain("ENOENT");
  });
});

describe("hostile keys", () => {
  test("keys named like Object.prototype's members are unknown keys, not settings found elsewhere", () => {
    const config = mergeLayers(
      [JSON.parse('{"zowe": {"constructor": 1, "__proto__": {"x": 1}, "job": {"toString.name": 1}}}') as JsonObject],
      zoweDefaults(3),
    );
    const problems = validateZoweConfig(config, 3);
    expect(problems.map((p) => [p.kind, p.path.join(".")]).sort()).toEqual([
      ["unknown-key", "zowe.__proto__"],
      ["unknown-key", "zowe.constructor"],
      ["unknown-key", "zowe.job.toString.name"],
    ]);
  });
});
