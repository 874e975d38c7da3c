/** Values as YAML and JSON documents give them: the few operations every stage needs on them. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at path (object keys, array indexes), or undefined; inherited properties are never read. */
export function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === "number") node = node[key];
    else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, key)) node = node[String(key)];
    else return undefined;
  }
  return node;
}

/** Sets an own property even for keys like "__proto__", so a YAML key can never touch a prototype. */
export function setOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
