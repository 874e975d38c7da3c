/**
 * Which Zowe major version a configuration runs on, which decides the defaults merged under it
 * (v2 caches in VSAM by default, v3 in Infinispan) and the rules that differ. The user may say
 * (--zowe-version, zoweVersion); otherwise the files show it: keys that exist in one version only
 * (components.zaas in v3; components.metrics-service and cloud-gateway in v2, removed in v3), or a
 * runtime directory named after its version. A configuration that shows nothing takes what the
 * other configurations of the repository show; with no evidence at all, v3 is assumed and the
 * findings that depend on it say so.
 */
import type { ZoweVersion } from "../model/model.js";
import { isObject, type JsonObject } from "../core/json.js";

export interface VersionEvidence {
  version: ZoweVersion;
  /** Neither the user nor a file says it. */
  assumed: boolean;
}

const ASSUMED: ZoweVersion = 3;

/** Components of one major version only (zowe-install-packaging files/defaults.yaml of v2.18 and v3). */
const ONLY_IN: Record<string, ZoweVersion> = { zaas: 3, apiml: 3, "metrics-service": 2, "cloud-gateway": 2 };

/** A runtime directory segment such as v2, 3.1.0, zowe-v3 or zowe_2.18. */
const VERSIONED_SEGMENT = /^(?:zowe[-_.]?)?v?([23])(?:[._]\d+){0,2}$/i;

/** The versions one layer shows. */
function shown(layer: JsonObject): Set<ZoweVersion> {
  const versions = new Set<ZoweVersion>();
  const components = [layer.components];
  if (isObject(layer.haInstances)) {
    for (const instance of Object.values(layer.haInstances))
      if (isObject(instance)) components.push(instance.components);
  }
  for (const section of components) {
    if (!isObject(section)) continue;
    for (const name of Object.keys(section)) {
      const version = ONLY_IN[name];
      if (version) versions.add(version);
    }
  }
  const runtime = isObject(layer.zowe) ? layer.zowe.runtimeDirectory : undefined;
  if (typeof runtime === "string") {
    for (const segment of runtime.split("/")) {
      const m = VERSIONED_SEGMENT.exec(segment);
      if (m) versions.add(Number(m[1]) as ZoweVersion);
    }
  }
  return versions;
}

/** v3 when a configuration shows both: v3 keys cannot be written for v2, while v2 sections often survive a migration. */
function decide(versions: ReadonlySet<ZoweVersion>): ZoweVersion | undefined {
  if (versions.has(3)) return 3;
  if (versions.has(2)) return 2;
  return undefined;
}

/** The version of each configuration (given as its layers as Zowe reads them), in order. */
export function detectVersion(configs: ReadonlyArray<readonly JsonObject[]>, stated?: ZoweVersion): VersionEvidence[] {
  if (stated !== undefined) return configs.map(() => ({ version: stated, assumed: false }));
  const own = configs.map((layers) => decide(new Set(layers.flatMap((layer) => [...shown(layer)]))));
  const repository = decide(new Set(own.filter((v): v is ZoweVersion => v !== undefined)));
  const agreed =
    repository !== undefined && own.every((v) => v === undefined || v === repository) ? repository : undefined;
  return own.map((version) => {
    const found = version ?? agreed;
    return found !== undefined ? { version: found, assumed: false } : { version: ASSUMED, assumed: true };
  });
}
