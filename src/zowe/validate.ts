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
import type { PathSegment } from "../findings.js";
import { isObject, type JsonObject } from "../load/classify.js";
import type { ZoweVersion } from "../load/model.js";
import { valueAt } from "./merge.js";
import { zoweSchema, type Enforcement, type JsonType, type SchemaNode } from "./schema.js";
import { suggest } from "./suggest.js";

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

interface Context {
  version: ZoweVersion;
  /** Inside haInstances.<id>: Zowe validates only what is enforced "everywhere". */
  inInstance: boolean;
  enforced: Enforcement | undefined;
  /** The schema of the mapping that holds the value visited. */
  parent?: SchemaNode;
  out: ValidationProblem[];
}

type Rejection = Pick<ValidationProblem, "enforced" | "component">;

function rejection(enforced: Enforcement | undefined, ctx: Context): Rejection {
  if (enforced === "everywhere") return { enforced: "schema" };
  if (enforced === "schema") return ctx.inInstance ? {} : { enforced: "schema" };
  if (typeof enforced === "object" && !ctx.inInstance && enforced.versions.includes(ctx.version)) {
    return { enforced: "component", component: enforced.component };
  }
  return {};
}

const TEMPLATE = /^\s*\$\{\{/;

/** Every problem of the configuration, in document order. */
export function validateZoweConfig(config: JsonObject, version: ZoweVersion): ValidationProblem[] {
  const ctx: Context = { version, inInstance: false, enforced: undefined, out: [] };
  visit(config, zoweSchema(version), [], ctx);
  return ctx.out;
}

function visit(value: unknown, node: SchemaNode, path: PathSegment[], ctx: Context): void {
  if (node.judgedBy !== undefined || value === null || value === undefined) return;
  if (typeof value === "string" && TEMPLATE.test(value)) return;
  const enforced = node.enforced ?? ctx.enforced;
  const rejected = rejection(enforced, ctx);
  // What nothing validates reaches the component as an environment variable, where an empty one
  // means unset: the component's default applies (other rules judge a missing setting).
  if (!rejected.enforced && typeof value === "string" && value.trim() === "") return;
  const here = { ...ctx, enforced };
  const problem = (p: Omit<ValidationProblem, "path" | "enforced" | "component">) =>
    ctx.out.push({ path, ...p, ...rejected, ...(node.effect ? { effect: node.effect } : {}) });

  const types = node.type === undefined ? undefined : typeof node.type === "string" ? [node.type] : node.type;
  if (types && !types.some((t) => hasType(value, t, rejected.enforced !== undefined))) {
    problem({ kind: "type", value, allowed: describeType(types, node) });
    return;
  }
  if (node.enum && isScalar(value)) {
    const text = String(value);
    const fold = (s: string) => (node.caseInsensitive ? s.toLowerCase() : s);
    if (!node.enum.some((allowed) => fold(allowed) === fold(text))) {
      const suggestion = suggest(text, node.enum);
      problem({ kind: "enum", value, allowed: listed(node.enum), ...(suggestion ? { suggestion } : {}) });
    }
  }
  if (node.min !== undefined || node.max !== undefined) {
    const n = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
    if (Number.isFinite(n) && ((node.min !== undefined && n < node.min) || (node.max !== undefined && n > node.max))) {
      problem({ kind: "range", value, allowed: describeType(types ?? ["integer"], node) });
    }
  }
  if (node.pattern && typeof value === "string" && !node.pattern.regex.test(value)) {
    problem({ kind: "pattern", value, allowed: node.pattern.text });
  }
  if (Array.isArray(value) && node.items) {
    const items = node.items;
    value.forEach((item, n) => visit(item, items, [...path, n], here));
  }
  if (isObject(value)) visitMapping(value, node, path, rejected, here);
}

function visitMapping(
  value: JsonObject,
  node: SchemaNode,
  path: PathSegment[],
  rejected: Rejection,
  ctx: Context,
): void {
  const inner = { ...ctx, inInstance: ctx.inInstance || node.instance === true, parent: node };
  const parent = ctx.parent;
  const explained = new Set<string>();
  for (const [key, child] of Object.entries(value)) {
    const known = node.keys && Object.prototype.hasOwnProperty.call(node.keys, key) ? node.keys[key] : undefined;
    if (known) {
      visit(child, known, [...path, key], inner);
      continue;
    }
    const unknown = unknownKey(key, value, node, path, rejected, parent);
    if (unknown) {
      ctx.out.push(unknown);
      if (unknown.missing && unknown.suggestion) explained.add(unknown.suggestion);
    } else if (node.each) {
      visit(child, node.each, [...path, key], inner);
    }
  }
  if (!rejected.enforced) return;
  const required = [...(node.required ?? [])];
  for (const { key, values, required: keys } of node.requiredWhen ?? []) {
    const at = valueAt(value, key);
    if (typeof at === "string" && values.includes(at)) required.push(...keys);
  }
  for (const key of required) {
    if (!Object.prototype.hasOwnProperty.call(value, key) && !explained.has(key) && !node.keys?.[key]?.judgedBy) {
      ctx.out.push({ kind: "required", path: [...path, key], allowed: key, ...rejected });
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
  path: PathSegment[],
  rejected: Rejection,
  parent: SchemaNode | undefined,
): ValidationProblem | undefined {
  const names = Object.keys(node.keys ?? {});
  const open = node.each !== undefined;
  if (names.length === 0 && !node.known) return undefined;
  // In a mapping whose other keys are legitimate, only a near miss is a mistake.
  const strict = node.closed === "partial" || open;
  const closedBySchema = node.closed === "schema" && rejected.enforced !== undefined;
  const at = [...path, key];

  const meant = suggest(key, node.known ?? names, strict);
  if (meant) {
    const missing = !Object.prototype.hasOwnProperty.call(value, meant);
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
  if (parent?.keys?.[key] && path.length > 0) {
    return { kind: "ignored-key", path: at, readAt: [...path.slice(0, -1), key].join("."), ...enforced };
  }
  // A near miss one or two levels down only for longer names: `prot` is no more `zOSMF.port` than a component's port.
  const near = key.length >= 6 ? nestedPath(key, node, true) : undefined;
  if (near) return { kind: "unknown-key", path: at, suggestion: near.join("."), ...enforced };
  if (node.closed === "schema" || node.closed === "fixed") {
    return { kind: "unknown-key", path: at, allowed: listed(names, "and"), ...enforced };
  }
  return undefined;
}

/** `jgroups.port` written as one key: the nested keys it stands for, when they are known. */
function dottedPath(key: string, node: SchemaNode): string[] | undefined {
  if (!key.includes(".")) return undefined;
  const segments = key.split(".");
  let current: SchemaNode | undefined = node;
  for (const segment of segments) {
    current = current?.keys?.[segment] ?? current?.each;
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

function describeType(types: readonly JsonType[], node: SchemaNode): string {
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
