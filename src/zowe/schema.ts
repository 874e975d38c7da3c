/**
 * The keys of zowe.yaml that Zowe and the rules read, with the types and values Zowe accepts,
 * written from Zowe's documented facts (not Zowe's schema files, which are not bundled):
 *
 * - zowe-install-packaging `schemas/zowe-yaml-schema.json` and `server-common.json` (identical in
 *   v2.18 and v3): configmgr validates the merged configuration (layers, defaults, templates
 *   resolved) against them whenever it runs, and zwe stops when validation fails. They validate the
 *   root sections and, inside `haInstances.<id>`, only `hostname`, `sysname` and the component
 *   basics of `components.<name>` ($defs/component); the other sections of an instance are merged
 *   over the configuration unvalidated (bin/libs/configmgr.ts makeHaConfig).
 * - Each enabled component's own schema (manifest `schemas.configs`), validated by
 *   `zwe internal start prepare` against `components.<name>` of the merged configuration; a
 *   failure stops the start in both validation modes (STRICT only adds that a component without a
 *   schema fails). Of API ML's, caching-service, api-catalog and zaas (v3) constrain their port
 *   (an integer 1024-65535), debug and heap; gateway-schema.json and discovery-schema.json describe
 *   `gateway-service` and `discovery-service`, so nothing of `components.gateway` or
 *   `components.discovery` is checked, and the caching schema's `storage` has no `properties`
 *   wrapper, so its mode is not checked either.
 * - What the components read (their start scripts' ZWE_configs_* variables), for keys no schema
 *   constrains: the Caching Service's storage settings.
 */
import type { ZoweVersion } from "../model/model.js";

export type JsonType = "object" | "array" | "string" | "integer" | "boolean";

/**
 * Who rejects a value that breaks a node's constraints, so that Zowe does not start:
 * - "schema": configmgr, with Zowe's base schema, in the root sections (not inside an HA instance);
 * - "everywhere": configmgr, with Zowe's base schema, also inside `haInstances.<id>`;
 * - a component: that component's schema, in the root `components.<name>`, while it is enabled;
 * - "none": nobody; Zowe passes the value on as written.
 * A node without `enforced` inherits its parent's.
 */
export type Enforcement = "schema" | "everywhere" | "none" | { component: string; versions: readonly ZoweVersion[] };

/** Which keys besides `keys` are wrong in a mapping. */
export type Closure =
  /** Zowe's schema forbids any other key (additionalProperties: false). */
  | "schema"
  /** Zowe's schema allows others, but Zowe reads none of them. */
  | "fixed"
  /** `keys` are some of the keys read: only a near miss of one of them is reported. */
  | "partial";

export interface SchemaNode {
  type?: JsonType | readonly JsonType[];
  enforced?: Enforcement;
  keys?: Readonly<Record<string, SchemaNode>>;
  /** The node of every key not in `keys` (patternProperties "^.*$"). */
  each?: SchemaNode;
  /** Names `each` is usually given: near misses of them are reported (component names). */
  known?: readonly string[];
  closed?: Closure;
  required?: readonly string[];
  /** Keys required when another key of the mapping has one of some values (the forms of a oneOf). */
  requiredWhen?: ReadonlyArray<{ key: readonly string[]; values: readonly string[]; required: readonly string[] }>;
  items?: SchemaNode;
  enum?: readonly string[];
  caseInsensitive?: boolean;
  min?: number;
  max?: number;
  pattern?: { regex: RegExp; text: string };
  /** What happens with a wrong value that nothing rejects. */
  effect?: string;
  /** An HA instance: below it, only "everywhere" constraints are Zowe's. */
  instance?: boolean;
  /** A rule of its own judges this value: here only its key is known. */
  judgedBy?: string;
}

const string: SchemaNode = { type: "string" };
const boolean: SchemaNode = { type: "boolean" };
const integer: SchemaNode = { type: "integer" };
const strings: SchemaNode = { type: "array", items: string };
/** A mapping whose keys are the user's own (environment variables, ZIS parmlib keys). */
const freeMapping: SchemaNode = { type: "object" };

function mapping(keys: Record<string, SchemaNode>, closed: Closure, extra: Partial<SchemaNode> = {}): SchemaNode {
  return { type: "object", keys, closed, ...extra };
}

function oneOf(values: readonly string[], extra: Partial<SchemaNode> = {}): SchemaNode {
  return { type: "string", enum: values, ...extra };
}

/** server-base $defs/port: zowe.externalPort and zOSMF.port. */
const basePort: SchemaNode = { type: "integer", min: 0, max: 65535 };

const KEYSTORE_TYPES = ["PKCS12", "JCEKS", "JCECCAKS", "JCERACFKS", "JCECCARACFKS", "JCEHYBRIDRACFKS"];

/** $defs/certificate: a PKCS12 or a key ring certificate, each a closed mapping. */
const certificate: SchemaNode = mapping(
  {
    keystore: mapping({ type: oneOf(KEYSTORE_TYPES), file: string, password: string, alias: string }, "schema", {
      required: ["type", "file", "alias"],
    }),
    truststore: mapping({ type: oneOf(KEYSTORE_TYPES), file: string, password: string }, "schema", {
      required: ["type", "file"],
    }),
    pem: mapping(
      {
        key: { type: "string" },
        certificate: { type: "string" },
        certificateAuthorities: { type: ["string", "array"] },
      },
      "schema",
    ),
  },
  "schema",
  {
    required: ["keystore", "truststore"],
    requiredWhen: [{ key: ["keystore", "type"], values: ["PKCS12"], required: ["pem"] }],
  },
);

const tlsVersion = oneOf(["TLSv1.2", "TLSv1.3"]);

/** The TLS settings: AT-TLS ({attls: true}) or Zowe's own TLS, each a closed mapping. */
const tls: SchemaNode = mapping(
  { attls: { type: ["boolean", "string"] }, ciphers: strings, curves: strings, maxTls: tlsVersion, minTls: tlsVersion },
  "schema",
);

const IPV4 =
  /^(?:(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$/;

/** $defs/networkSettings. */
const network: SchemaNode = mapping(
  {
    server: mapping(
      {
        listenAddresses: {
          type: "array",
          items: { type: "string", pattern: { regex: IPV4, text: "an IPv4 address" } },
        },
        vipaIp: string,
        validatePortFree: boolean,
        tls,
      },
      "fixed",
    ),
    client: mapping({ tls }, "schema"),
  },
  "schema",
);

const launcher = {
  restartIntervals: { type: "array", items: integer },
  minUptime: integer,
  shareAs: oneOf(["no", "yes", "must", ""]),
} satisfies Record<string, SchemaNode>;

const dname = mapping(
  {
    caCommonName: string,
    commonName: string,
    orgUnit: string,
    org: string,
    locality: string,
    state: string,
    country: string,
  },
  "schema",
);

const setup: SchemaNode = mapping(
  {
    dataset: mapping(
      {
        prefix: string,
        proclib: string,
        parmlib: string,
        parmlibMembers: mapping({ zis: string }, "schema"),
        jcllib: string,
        loadlib: string,
        authLoadlib: string,
        authPluginLib: string,
      },
      "schema",
    ),
    zis: mapping({ parmlib: mapping({ keys: freeMapping }, "schema") }, "schema"),
    security: mapping(
      {
        product: oneOf(["RACF", "ACF2", "TSS"]),
        groups: mapping({ admin: string, stc: string, sysProg: string }, "schema"),
        users: mapping({ zowe: string, zis: string }, "schema"),
        stcs: mapping({ zowe: string, zis: string, aux: string }, "schema"),
      },
      "schema",
    ),
    // PKCS12 or key ring; the two forms leave other keys open.
    certificate: mapping(
      {
        type: oneOf(KEYSTORE_TYPES),
        pkcs12: mapping(
          {
            directory: string,
            name: string,
            password: string,
            caAlias: string,
            caPassword: string,
            lock: boolean,
            import: mapping({ keystore: string, password: string, alias: string }, "schema"),
          },
          "schema",
        ),
        keyring: mapping(
          {
            owner: string,
            name: string,
            label: string,
            caLabel: string,
            connect: mapping({ user: string, label: string }, "schema"),
            import: mapping({ dsName: string, password: string }, "schema"),
            zOSMF: mapping({ ca: string, user: string }, "schema"),
          },
          "schema",
        ),
        dname,
        validity: integer,
        san: strings,
        importCertificateAuthorities: strings,
      },
      "fixed",
      // Zowe's defaults.yaml always adds a pkcs12 section (of templates), so only keyring can be missing.
      { requiredWhen: [{ key: ["type"], values: KEYSTORE_TYPES.slice(1), required: ["keyring"] }] },
    ),
    vsam: mapping(
      { mode: oneOf(["NONRLS", "RLS"]), volume: string, storageClass: string, name: { type: "string" } },
      "schema",
    ),
  },
  "schema",
);

const zowe: SchemaNode = mapping(
  {
    setup,
    runtimeDirectory: string,
    logDirectory: string,
    workspaceDirectory: { judgedBy: "ZWE-HA-020" },
    extensionDirectory: string,
    job: mapping({ name: string, prefix: string }, "schema"),
    network,
    extensionRegistry: mapping(
      {
        defaultHandler: string,
        handlers: {
          type: "object",
          each: mapping({ registry: string, path: string }, "partial", { required: ["registry", "path"] }),
        },
      },
      "fixed",
      { required: ["defaultHandler", "handlers"] },
    ),
    launcher: mapping({ ...launcher, unsafeDisableZosVersionCheck: boolean }, "schema"),
    rbacProfileIdentifier: string,
    cookieIdentifier: string,
    externalDomains: { judgedBy: "ZWE-HA-014" },
    externalPort: basePort,
    environments: freeMapping,
    launchScript: mapping(
      { logLevel: oneOf(["", "info", "debug", "trace"]), onComponentConfigureFail: oneOf(["warn", "exit"]) },
      "fixed",
    ),
    certificate,
    verifyCertificates: oneOf(["STRICT", "NONSTRICT", "DISABLED"]),
    sysMessages: strings,
    useConfigmgr: boolean,
    configmgr: mapping({ validation: oneOf(["STRICT", "COMPONENT-COMPAT"]) }, "fixed", { required: ["validation"] }),
  },
  "schema",
);

const java = mapping({ home: string }, "fixed");
const node = mapping({ home: string }, "fixed");
const zOSMF = mapping({ host: string, port: basePort, scheme: oneOf(["http", "https"]), applId: string }, "schema");

/** $defs/component: what the base schema checks of every component, at the root and in instances. */
const componentBasics = {
  enabled: boolean,
  certificate,
  launcher: mapping(launcher, "partial"),
  zowe: mapping({ network, job: mapping({ suffix: string }, "partial") }, "partial"),
} satisfies Record<string, SchemaNode>;

function component(keys: Record<string, SchemaNode>): SchemaNode {
  return mapping({ ...componentBasics, ...keys }, "partial", { enforced: "everywhere" });
}

/** Keys every API ML service reads (its start script's ZWE_configs_* variables). */
function apimlService(
  name: string,
  versions: readonly ZoweVersion[] | undefined,
  keys: Record<string, SchemaNode> = {},
) {
  // Only caching-service, api-catalog and zaas have a schema that names them.
  const enforced: Enforcement = versions ? { component: name, versions } : "none";
  return component({
    port: { type: "integer", min: 1024, max: 65535, enforced },
    debug: { ...boolean, enforced },
    heap: mapping({ init: integer, max: integer }, "partial", { enforced }),
    sslDebug: { type: "string", enforced: "none" },
    apiml: { type: "object", enforced: "none" },
    server: { type: "object", enforced: "none" },
    spring: { type: "object", enforced: "none" },
    logging: { type: "object", enforced: "none" },
    diagMode: { enforced: "none" },
    ...keys,
  });
}

/** A port nothing validates: Zowe passes it to the component as written. */
const unvalidatedPort: SchemaNode = { type: "integer", min: 1024, max: 65535, enforced: "none" };

const CACHING_MODES = ["inMemory", "infinispan", "VSAM", "redis"];

const storage: SchemaNode = mapping(
  {
    mode: oneOf(CACHING_MODES, {
      caseInsensitive: true,
      effect: "the Caching Service then creates no storage and does not start (it compares modes without case)",
    }),
    size: integer,
    evictionStrategy: oneOf(["reject", "removeOldest"], {
      effect: "the Caching Service compares it with reject and removeOldest as written and applies neither",
    }),
    infinispan: mapping(
      {
        jgroups: mapping(
          {
            port: { judgedBy: "ZWE-HA-038" },
            host: string,
            keyExchange: mapping({ port: { judgedBy: "ZWE-HA-038" } }, "fixed"),
          },
          "fixed",
        ),
        persistence: mapping({ dataLocation: string, indexLocation: string }, "fixed"),
        initialHosts: string,
      },
      "fixed",
    ),
    vsam: mapping({ name: string, keyLength: integer, recordLength: integer, encoding: string }, "fixed"),
    redis: mapping({ masterNodeUri: string, timeout: integer, sentinel: freeMapping, ssl: freeMapping }, "partial"),
  },
  "fixed",
  { enforced: "none" },
);

/** Components by name, and the Zowe versions that have them. */
const COMPONENTS: Record<string, { versions: readonly ZoweVersion[]; node: SchemaNode }> = {
  gateway: {
    versions: [2, 3],
    node: apimlService("gateway", undefined, {
      port: { judgedBy: "ZWE-HA-012" },
      apimlId: { type: "string", enforced: "none" },
    }),
  },
  zaas: { versions: [3], node: apimlService("zaas", [3]) },
  discovery: {
    versions: [2, 3],
    node: apimlService("discovery", undefined, { port: { judgedBy: "ZWE-HA-041" }, replicas: { enforced: "none" } }),
  },
  "api-catalog": { versions: [2, 3], node: apimlService("api-catalog", [2, 3]) },
  "caching-service": { versions: [2, 3], node: apimlService("caching-service", [2, 3], { storage }) },
  "metrics-service": { versions: [2], node: apimlService("metrics-service", undefined) },
  "cloud-gateway": { versions: [2], node: apimlService("cloud-gateway", undefined) },
  "app-server": {
    versions: [2, 3],
    node: component({
      port: unvalidatedPort,
      node: { type: "object", enforced: "none" },
      agent: { type: "object", enforced: "none" },
      instanceDir: { enforced: "none" },
      productDir: { enforced: "none" },
      siteDir: { enforced: "none" },
      groupsDir: { enforced: "none" },
      usersDir: { enforced: "none" },
      pluginsDir: { enforced: "none" },
      dataserviceAuthentication: { enforced: "none" },
      logLevels: { enforced: "none" },
      logLanguage: { enforced: "none" },
      languages: { enforced: "none" },
      instanceID: { enforced: "none" },
      privilegedServerName: { enforced: "none" },
      dns: { enforced: "none" },
      debug: { enforced: "none" },
    }),
  },
  zss: {
    versions: [2, 3],
    node: component({
      port: unvalidatedPort,
      tls: { enforced: "none" },
      crossMemoryServerName: { enforced: "none" },
      agent: { type: "object", enforced: "none" },
      pluginsDir: { enforced: "none" },
      instanceDir: { enforced: "none" },
      productDir: { enforced: "none" },
      dataserviceAuthentication: { enforced: "none" },
      logLevels: { enforced: "none" },
      debug: { enforced: "none" },
    }),
  },
  "jobs-api": { versions: [2, 3], node: component({ port: unvalidatedPort, debug: { enforced: "none" } }) },
  "files-api": { versions: [2, 3], node: component({ port: unvalidatedPort, debug: { enforced: "none" } }) },
  "explorer-jes": { versions: [2, 3], node: component({}) },
  "explorer-mvs": { versions: [2, 3], node: component({}) },
  "explorer-uss": { versions: [2, 3], node: component({}) },
  "explorer-ip": { versions: [2, 3], node: component({}) },
  // API ML as one address space, a technical preview of v3.3.
  apiml: { versions: [3], node: component({ port: unvalidatedPort }) },
  "apiml-common-lib": { versions: [2, 3], node: component({}) },
};

/** Any other component (an extension): only the base schema's $defs/component applies. */
const extension: SchemaNode = { type: "object", enforced: "everywhere", keys: componentBasics };

function components(version: ZoweVersion): SchemaNode {
  const keys: Record<string, SchemaNode> = {};
  for (const [name, c] of Object.entries(COMPONENTS)) if (c.versions.includes(version)) keys[name] = c.node;
  return { type: "object", keys, each: extension, known: Object.keys(COMPONENTS) };
}

function root(version: ZoweVersion): SchemaNode {
  const sections = { zowe, java, node, zOSMF, components: components(version) };
  const instance = mapping(
    {
      hostname: { judgedBy: "ZWE-HA-002", enforced: "everywhere" },
      sysname: { judgedBy: "ZWE-HA-002", enforced: "everywhere" },
      ...sections,
    },
    "fixed",
    { required: ["hostname", "sysname"], instance: true },
  );
  return mapping({ ...sections, haInstances: { type: "object", each: instance } }, "schema", {
    enforced: "schema",
  });
}

const ROOTS: Record<ZoweVersion, SchemaNode> = { 2: root(2), 3: root(3) };

/** The schema of a Zowe configuration of this major version. */
export function zoweSchema(version: ZoweVersion): SchemaNode {
  return ROOTS[version];
}
