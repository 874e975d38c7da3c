/**
 * The values Zowe's own defaults.yaml (zowe-install-packaging files/defaults.yaml, merged as the
 * right-most, lowest-priority layer by zwe) gives the keys the HA rules read, per Zowe major
 * version. Facts only, restated from v2.18.0 and v3.x; keys no rule reads are left out, and so
 * are template-valued defaults.
 */
import type { ZoweVersion } from "../model/model.js";

type Defaults = Record<string, unknown>;

const common = {
  job: { name: "ZWE1SV", prefix: "ZWE1" },
  rbacProfileIdentifier: "1",
  cookieIdentifier: "1",
  externalPort: 7554,
  launchScript: { logLevel: "info" },
  verifyCertificates: "STRICT",
};

const V3: Defaults = {
  zowe: { ...common, configmgr: { validation: "STRICT" } },
  components: {
    gateway: {
      enabled: true,
      port: 7554,
      apiml: {
        security: {
          auth: { provider: "zosmf", zosmf: { jwtAutoconfiguration: "jwt", serviceId: "ibmzosmf" } },
          authorization: { endpoint: { enabled: false }, provider: "native" },
          x509: { enabled: false },
        },
      },
    },
    zaas: { enabled: true, port: 7558 },
    "api-catalog": { enabled: true, port: 7552 },
    discovery: { enabled: true, port: 7553 },
    "caching-service": {
      enabled: true,
      port: 7555,
      storage: {
        evictionStrategy: "reject",
        mode: "infinispan",
        infinispan: { jgroups: { port: 7600, keyExchange: { port: 7601 } } },
      },
    },
    "app-server": { enabled: true, port: 7556 },
    zss: { enabled: true, port: 7557 },
    "jobs-api": { enabled: false, port: 7558 },
    "files-api": { enabled: false, port: 7559 },
  },
};

const V2: Defaults = {
  zowe: { ...common, configmgr: { validation: "COMPONENT-COMPAT" } },
  components: {
    gateway: {
      enabled: true,
      port: 7554,
      apiml: { security: { auth: { provider: "zosmf", zosmf: { jwtAutoconfiguration: "auto", serviceId: "zosmf" } } } },
    },
    "metrics-service": { enabled: false, port: 7551 },
    "cloud-gateway": { enabled: false, port: 7563 },
    "api-catalog": { enabled: true, port: 7552 },
    discovery: { enabled: true, port: 7553 },
    "caching-service": {
      enabled: true,
      port: 7555,
      storage: {
        evictionStrategy: "reject",
        mode: "VSAM",
        vsam: { name: "" },
        infinispan: { jgroups: { port: 7600 } },
      },
    },
    "app-server": { enabled: true, port: 7556 },
    zss: { enabled: true, port: 7557 },
    "jobs-api": { enabled: false, port: 7558 },
    "files-api": { enabled: false, port: 7559 },
  },
};

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

// Frozen rather than copied for every configuration: the merge only reads them (a merged
// configuration is a fresh object), and a write would throw instead of changing the next one.
deepFreeze(V2);
deepFreeze(V3);

export function zoweDefaults(version: ZoweVersion): Readonly<Defaults> {
  return version === 2 ? V2 : V3;
}
