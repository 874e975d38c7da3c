/**
 * Checks a Zowe configuration against the keys Zowe reads (./schema.ts): wrong types and values,
 * missing required keys, misspelt keys and keys written where Zowe does not read them. The result
 * is data for the policy (input.zowe[i].validation); the rules decide severity and wording.
 *
 * The configuration is the merged one (layers and defaults, templates resolved). An HA instance's
 * effective configuration is its section merged over the whole configuration, so every value it
 * runs with is either the instance's own, checked here under `haInstances.<id>` once, or a shared
 * one, checked once at the root: each problem is reported once, where it is written.
 */
import type { PathSegment } from "../core/findings.js";
import type { ZoweVersion } from "../model/model.js";
import { zoweSchema, type Enforcement, type JsonType, type SchemaNode } from "./schema.js";
import { suggest } from "./suggest.js";
import { isObject, type JsonObject, valueAt } from "../core/json.js";

export type ProblemKind =
  | "type"
  | "enum"
  | "range"
  | "pattern"
  | "required"
  | "unknown-key"
  | "ignored-key"
  /** An error of Zowe's own JSON schemas (the zowe.schemas setting). */
  | "schema";

export interface ValidationProblem {
  kind: ProblemKind;
  /** From the root of the configuration as written: the value, or the key for key problems. */
  path: PathSegment[];
  /** What Zowe accepts, in words ("an integer from 1024 to 65535", "STRICT, NONSTRICT or DISABLED", the keys read). */
  allowed?: string;
  value?: unknown;
  /** The key (or relative path) or value most likely meant. */
  suggestion?: string;
  /** unknown-key: the suggested key is absent, so the misspelling is why it is missing; and Zowe's schema requires it. */
  missing?: boolean;
  required?: boolean;
  /** ignored-key: where Zowe reads the setting, and whether the key is that path written as one dotted key. */
  readAt?: string;
  dotted?: boolean;
  /** Who rejects it so that Zowe does not start: configmgr with Zowe's base schema, or the component's schema while the component is enabled. */
  enforced?: "schema" | "component";
  component?: string;
  /** What happens otherwise. */
  effect?: string;
  /** schema: the validator's message; file: the schema it comes from. */
  message?: string;
  file?: string;
}

/** What holds for a value and the values below it, changed only where a node says so. */
interface Scope {
  enforced: Enforcement | undefined;
  /** Inside haInstances.<id>: Zowe validates only what is enforced "everywhere". */
  inInstance: boolean;
  /** The schema of the mapping that holds the value. */
  parent: SchemaNode | undefined;
}

interface Walk {
  version: ZoweVersion;
  /** The whole configuration: what an HA instance does not set itself, it inherits from here. */
  root: JsonObject;
  /** The path of the value visited: one array, copied only into a problem. */
  path: PathSegment[];
  out: ValidationProblem[];
}

type Rejection = Pick<ValidationProblem, "enforced" | "component">;

const NOT_REJECTED: Rejection = {};
const BY_SCHEMA: Rejection = { enforced: "schema" };

function rejection(scope: Scope, walk: Walk): Rejection {
  const { enforced } = scope;
  if (enforced === "everywhere") return BY_SCHEMA;
  if (enforced === "schema") return scope.inInstance ? NOT_REJECTED : BY_SCHEMA;
  if (typeof enforced === "object" && !scope.inInstance && enforced.versions.includes(walk.version)) {
    let byComponent = componentRejections.get(enforced);
    if (!byComponent)
      componentRejections.set(enforced, (byComponent = { enforced: "component", component: enforced.component }));
    return byComponent;
  }
  return NOT_REJECTED;
}
const componentRejections = new WeakMap<object, Rejection>();

const TEMPLATE = /^\s*\$\{\{/;
const BLANK = /^\s*$/;

/** An enum node's values as compared: a Set, folded to lower case where case does not matter. */
const enums = new WeakMap<SchemaNode, ReadonlySet<string>>();
function allowedValues(node: SchemaNode): ReadonlySet<string> {
  let values = enums.get(node);
  if (!values) {
    values = new Set((node.enum ?? []).map((v) => (node.caseInsensitive ? v.toLowerCase() : v)));
    enums.set(node, values);
  }
  return values;
}

/** Every problem of the configuration, in document order. */
export function validateZoweConfig(config: JsonObject, version: ZoweVersion): ValidationProblem[] {
  const walk: Walk = { version, root: config, path: [], out: [] };
  visit(config, zoweSchema(version), { enforced: undefined, inInstance: false, parent: undefined }, walk);
  return walk.out;
}

function visit(value: unknown, node: SchemaNode, outer: Scope, walk: Walk): void {
  if (node.judgedBy !== undefined || value === null || value === undefined) return;
  if (typeof value === "string" && value.includes("${{") && TEMPLATE.test(value)) return;
  const scope: Scope =
    node.enforced === undefined
      ? outer
      : { enforced: node.enforced, inInstance: outer.inInstance, parent: outer.parent };
  const rejected = rejection(scope, walk);
  // What nothing validates reaches the component as an environment variable, where an empty one
  // means unset: the component's default applies (other rules judge a missing setting).
  if (!rejected.enforced && typeof value === "string" && BLANK.test(value)) return;

  if (node.type !== undefined && !typeMatches(value, node.type, rejected.enforced !== undefined)) {
    report(walk, node, rejected, { kind: "type", value, allowed: describeType(node) });
    return;
  }
  if (node.enum && isScalar(value)) {
    const text = String(value);
    if (!allowedValues(node).has(node.caseInsensitive ? text.toLowerCase() : text)) {
      const suggestion = suggest(text, node.enum);
      report(walk, node, rejected, {
        kind: "enum",
        value,
        allowed: listed(node.enum),
        ...(suggestion ? { suggestion } : {}),
      });
    }
  }
  if (node.min !== undefined || node.max !== undefined) {
    const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
    if (Number.isFinite(n) && ((node.min !== undefined && n < node.min) || (node.max !== undefined && n > node.max))) {
      report(walk, node, rejected, { kind: "range", value, allowed: describeType(node) });
    }
  }
  if (node.pattern && typeof value === "string" && !node.pattern.regex.test(value)) {
    report(walk, node, rejected, { kind: "pattern", value, allowed: node.pattern.text });
  }
  if (Array.isArray(value) && node.items) {
    for (let n = 0; n < value.length; n++) {
      walk.path.push(n);
      visit(value[n], node.items, scope, walk);
      walk.path.pop();
    }
  }
  if (isObject(value) && (node.keys || node.each || node.known)) visitMapping(value, node, rejected, scope, walk);
}

function report(
  walk: Walk,
  node: SchemaNode,
  rejected: Rejection,
  problem: Omit<ValidationProblem, "path" | "enforced" | "component">,
): void {
  walk.out.push({ path: [...walk.path], ...problem, ...rejected, ...(node.effect ? { effect: node.effect } : {}) });
}

/** Each mapping node's keys as a Map: one lookup per key of the configuration, whatever the node's shape. */
const keyMaps = new WeakMap<SchemaNode, ReadonlyMap<string, SchemaNode>>();
function keysOf(node: SchemaNode): ReadonlyMap<string, SchemaNode> {
  let keys = keyMaps.get(node);
  if (!keys) keyMaps.set(node, (keys = new Map(Object.entries(node.keys ?? {}))));
  return keys;
}

function visitMapping(value: JsonObject, node: SchemaNode, rejected: Rejection, scope: Scope, walk: Walk): void {
  const inner: Scope = {
    enforced: scope.enforced,
    inInstance: scope.inInstance || node.instance === true,
    parent: node,
  };
  const keys = keysOf(node);
  let explained: Set<string> | undefined;
  // for-in rather than Object.keys: no array per mapping (configurations are plain objects).
  for (const key in value) {
    const known = keys.get(key);
    walk.path.push(key);
    if (known) {
      visit(value[key], known, inner, walk);
    } else {
      const unknown = unknownKey(key, value, node, walk, rejected, scope.parent);
      if (unknown) {
        walk.out.push(unknown);
        if (unknown.missing && unknown.suggestion) (explained ??= new Set()).add(unknown.suggestion);
      } else if (node.each) {
        visit(value[key], node.each, inner, walk);
      }
    }
    walk.path.pop();
  }
  if (!rejected.enforced || (!node.required && !node.requiredWhen)) return;
  const required = [...(node.required ?? [])];
  for (const { key, values, required: keys } of node.requiredWhen ?? []) {
    const at = valueAt(value, key);
    if (typeof at === "string" && values.includes(at)) required.push(...keys);
  }
  for (const key of required) {
    if (!Object.prototype.hasOwnProperty.call(value, key) && !explained?.has(key) && !keys.get(key)?.judgedBy) {
      walk.out.push({ kind: "required", path: [...walk.path, key], allowed: key, ...rejected });
    }
  }
}

/**
 * A key that is not one of the node's: misspelt (did you mean), written dotted or one level off
 * (Zowe reads it elsewhere), or simply not read. Undefined when the key is legitimate (an
 * extension's name, a key of a component that we do not list).
 */
function unknownKey(
  key: string,
  value: JsonObject,
  node: SchemaNode,
  walk: Walk,
  rejected: Rejection,
  parent: SchemaNode | undefined,
): ValidationProblem | undefined {
  const keyPath = walk.path;
  const names = [...keysOf(node).keys()];
  const open = node.each !== undefined;
  if (names.length === 0 && !node.known) return undefined;
  // In a mapping whose other keys are legitimate, only a near miss is a mistake.
  const strict = node.closed === "partial" || open;
  const closedBySchema = node.closed === "schema" && rejected.enforced !== undefined;
  const at = [...keyPath];
  const path = keyPath.slice(0, -1);

  const meant = suggest(key, node.known ?? names, strict);
  if (meant) {
    const missing = !Object.prototype.hasOwnProperty.call(value, meant) && !inherited(walk, [...path, meant]);
    const required = missing && node.required?.includes(meant) === true && rejected.enforced !== undefined;
    const enforced = closedBySchema || required;
    return {
      kind: "unknown-key",
      path: at,
      suggestion: meant,
      ...(missing ? { missing: true } : {}),
      ...(required ? { required: true } : {}),
      ...(enforced ? rejected : {}),
    };
  }
  if (open) return undefined;
  const enforced = closedBySchema ? rejected : {};
  const dotted = dottedPath(key, node);
  if (dotted)
    return { kind: "ignored-key", path: at, readAt: [...path, ...dotted].join("."), dotted: true, ...enforced };
  // Where only some keys are listed, a key one level off may be one of those not listed.
  if (node.closed === "partial") return undefined;
  const nested = nestedPath(key, node, false);
  if (nested) return { kind: "ignored-key", path: at, readAt: [...path, ...nested].join("."), ...enforced };
  if (parent && keysOf(parent).has(key) && path.length > 0) {
    return { kind: "ignored-key", path: at, readAt: [...path.slice(0, -1), key].join("."), ...enforced };
  }
  // A near miss one or two levels down only for longer names: `prot` is no more `zOSMF.port` than a component's port.
  const near = key.length >= 6 ? nestedPath(key, node, true) : undefined;
  if (near) return { kind: "unknown-key", path: at, suggestion: near.join("."), ...enforced };
  if (node.closed === "schema" || node.closed === "fixed") {
    // A short list helps; the twenty keys of `zowe` would drown the message.
    const allowed = names.length <= 8 ? { allowed: listed(names, "and") } : {};
    return { kind: "unknown-key", path: at, ...allowed, ...enforced };
  }
  return undefined;
}

/** An HA instance's key that the instance inherits from the configuration it is merged over. */
function inherited(walk: Walk, path: readonly PathSegment[]): boolean {
  return path[0] === "haInstances" && path.length > 3 && valueAt(walk.root, path.slice(2)) !== undefined;
}

/** `jgroups.port` written as one key: the nested keys it stands for, when they are known. */
function dottedPath(key: string, node: SchemaNode): string[] | undefined {
  if (!key.includes(".")) return undefined;
  const segments = key.split(".");
  let current: SchemaNode | undefined = node;
  for (const segment of segments) {
    current = current && (keysOf(current).get(segment) ?? current.each);
    if (!current) return undefined;
  }
  return segments;
}

/**
 * The one place one or two levels below where the key is known (exactly, or as a near miss): a
 * key written one level too high, like `keyExchange` beside `jgroups` instead of inside it.
 */
function nestedPath(key: string, node: SchemaNode, nearMiss: boolean): string[] | undefined {
  for (const depth of [1, 2]) {
    const found: string[][] = [];
    collect(node, [], depth, (name, at) => {
      const hit = nearMiss ? suggest(key, [name], true) === name : name === key;
      if (hit) found.push([...at, name]);
    });
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

function collect(node: SchemaNode, at: string[], depth: number, visitKey: (name: string, at: string[]) => void): void {
  for (const [name, child] of Object.entries(node.keys ?? {})) {
    if (depth === 1) visitKey(name, at);
    else collect(child, [...at, name], depth - 1, visitKey);
  }
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function typeMatches(value: unknown, type: JsonType | readonly JsonType[], strict: boolean): boolean {
  return typeof type === "string" ? hasType(value, type, strict) : type.some((t) => hasType(value, t, strict));
}

/**
 * Strictly, as JSON Schema types the value configmgr reads. Otherwise as the component reads it:
 * zwe passes every value on as text, so "7554" is a port and "true" a boolean.
 */
function hasType(value: unknown, type: JsonType, strict: boolean): boolean {
  switch (type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string" || (!strict && isScalar(value));
    case "integer":
      return Number.isInteger(value) || (!strict && typeof value === "string" && /^\s*[0-9]+\s*$/.test(value));
    case "boolean":
      return (
        typeof value === "boolean" || (!strict && typeof value === "string" && /^\s*(?:true|false)\s*$/i.test(value))
      );
  }
}

const TYPE_WORDS: Record<JsonType, string> = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  integer: "an integer",
  boolean: "a boolean (true or false)",
};

function describeType(node: SchemaNode): string {
  const types =
    node.type === undefined ? ["integer" as const] : typeof node.type === "string" ? [node.type] : node.type;
  if (types.length === 1 && types[0] === "integer" && node.min !== undefined && node.max !== undefined) {
    return `an integer from ${node.min} to ${node.max}`;
  }
  if (node.enum) return `one of ${listed(node.enum)}`;
  return types.map((t) => TYPE_WORDS[t]).join(" or ");
}

function listed(values: readonly string[], last = "or"): string {
  const shown = values.map((v) => (v === "" ? '""' : v));
  return shown.length < 2 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} ${last} ${shown[shown.length - 1]}`;
}
