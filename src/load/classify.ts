/** Decides what a parsed document is: a Zowe configuration, Kubernetes objects, or not ours. */
import type { PathSegment } from "../core/findings.js";
import { isObject, type JsonObject } from "../core/json.js";
import type { Locatable } from "./yaml.js";

export interface KubernetesObjectSource {
  object: JsonObject;
  doc: Locatable;
  /** Where the object sits in its document: [] or ["items", n] inside a List. */
  prefix: PathSegment[];
  /** Said in every finding about it: where it comes from, when no file shows it (a rendered object). */
  note?: string;
}

export type Classified<D extends Locatable> =
  | { kind: "zowe"; config: JsonObject; doc: D }
  | { kind: "kubernetes"; objects: KubernetesObjectSource[] }
  | { kind: "other" };

function isKubernetesObject(value: unknown): value is JsonObject {
  return isObject(value) && typeof value.apiVersion === "string" && typeof value.kind === "string";
}

export function classify<D extends Locatable>(doc: D): Classified<D> {
  const value = doc.value;
  if (isKubernetesObject(value)) {
    // kubectl writes several objects as one `kind: List`; its items are the objects to check.
    if (value.kind === "List" && Array.isArray(value.items)) {
      const objects: KubernetesObjectSource[] = [];
      value.items.forEach((item, n) => {
        if (isKubernetesObject(item)) objects.push({ object: item, doc, prefix: ["items", n] });
      });
      return { kind: "kubernetes", objects };
    }
    return { kind: "kubernetes", objects: [{ object: value, doc, prefix: [] }] };
  }
  if (isObject(value) && "zowe" in value) return { kind: "zowe", config: value, doc };
  return { kind: "other" };
}

/** Zowe's own components: a `components` mapping naming one of them is Zowe's. */
const ZOWE_COMPONENTS = new Set([
  "gateway",
  "zaas",
  "discovery",
  "api-catalog",
  "caching-service",
  "app-server",
  "zss",
  "apiml",
  "jobs-api",
  "files-api",
  "explorer-jes",
  "explorer-mvs",
  "explorer-uss",
  "metrics-service",
  "cloud-gateway",
]);

/** The shape each top-level section has in a zowe.yaml, checked so that other YAML (an OpenAPI `components`) is not taken for Zowe's. */
const FRAGMENT_SECTIONS: Record<string, (value: unknown) => boolean> = {
  haInstances: (v) => isObject(v) && Object.values(v).some((i) => isObject(i) && ("hostname" in i || "sysname" in i)),
  components: (v) => isObject(v) && Object.keys(v).some((name) => ZOWE_COMPONENTS.has(name)),
  zOSMF: (v) => isObject(v) && ("host" in v || "applId" in v),
  java: (v) => isObject(v) && typeof v.home === "string",
  node: (v) => isObject(v) && typeof v.home === "string",
};

/**
 * A part of a Zowe configuration that holds no `zowe` key (an override file of HA instances, a
 * file of component settings): complete only once merged with the other files of its list.
 */
export function isZoweFragment(value: unknown): boolean {
  if (!isObject(value) || "zowe" in value || "apiVersion" in value) return false;
  return Object.entries(value).some(([key, section]) => FRAGMENT_SECTIONS[key]?.(section) === true);
}
