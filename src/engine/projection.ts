import { isObject, type JsonObject } from "../core/json.js";
/**
 * A Kubernetes object as the bundled rules read it: without the fields none of them reads, which
 * are a third of a typical manifest's JSON (a ConfigMap's data, whose zowe.yaml the rules get
 * parsed; containers' environment, resources, commands and images; annotations; status). Less
 * JSON to write, for the wasm to parse and to hash: measured on 10,000 documents, 13.5 MB of
 * JSON became 9.6 MB. An organisation's own policies see objects whole; test/partition.test.ts
 * holds the bundled rules' findings to those of the whole objects.
 */

const UNREAD_METADATA = ["annotations", "managedFields"];
const UNREAD_CONTAINER = [
  "args",
  "command",
  "env",
  "envFrom",
  "image",
  "imagePullPolicy",
  "lifecycle",
  "resources",
  "securityContext",
  "stdin",
  "terminationMessagePath",
  "terminationMessagePolicy",
  "tty",
  "workingDir",
];
const DATA_KINDS = new Set(["ConfigMap", "Secret"]);
const UNREAD_DATA = ["data", "binaryData", "stringData"];

/** A shallow copy of object without some of its keys (JSON.stringify leaves undefined out). */
function without(object: JsonObject, keys: readonly string[]): JsonObject {
  const copy: JsonObject = { ...object };
  for (const key of keys) if (key in copy) copy[key] = undefined;
  return copy;
}

function podSpec(spec: unknown): unknown {
  if (!isObject(spec)) return spec;
  const copy: JsonObject = { ...spec };
  for (const field of ["containers", "initContainers"]) {
    const list = spec[field];
    if (Array.isArray(list)) copy[field] = list.map((c: unknown) => (isObject(c) ? without(c, UNREAD_CONTAINER) : c));
  }
  return copy;
}

function template(template: unknown): unknown {
  return isObject(template) ? { ...template, spec: podSpec(template.spec) } : template;
}

export function projectForRules(object: JsonObject): JsonObject {
  const copy = without(object, DATA_KINDS.has(String(object.kind)) ? ["status", ...UNREAD_DATA] : ["status"]);
  if (isObject(object.metadata)) copy.metadata = without(object.metadata, UNREAD_METADATA);
  const spec = object.spec;
  if (object.kind === "Pod") copy.spec = podSpec(spec);
  else if (isObject(spec) && isObject(spec.template)) copy.spec = { ...spec, template: template(spec.template) };
  else if (isObject(spec) && isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec)) {
    const jobSpec = spec.jobTemplate.spec;
    copy.spec = {
      ...spec,
      jobTemplate: { ...spec.jobTemplate, spec: { ...jobSpec, template: template(jobSpec.template) } },
    };
  }
  return copy;
}
