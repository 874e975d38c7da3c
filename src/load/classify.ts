/** Decides what a parsed document is: a Zowe configuration, Kubernetes objects, or not ours. */
import type { PathSegment } from "../findings.js";
import type { YamlDocument } from "./yaml.js";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface KubernetesObjectSource {
  object: JsonObject;
  doc: YamlDocument;
  /** Where the object sits in its document: [] or ["items", n] inside a List. */
  prefix: PathSegment[];
}

export type Classified =
  | { kind: "zowe"; config: JsonObject; doc: YamlDocument }
  | { kind: "kubernetes"; objects: KubernetesObjectSource[] }
  | { kind: "other" };

function isKubernetesObject(value: unknown): value is JsonObject {
  return isObject(value) && typeof value.apiVersion === "string" && typeof value.kind === "string";
}

export function classify(doc: YamlDocument): Classified {
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
