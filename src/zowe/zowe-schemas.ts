/**
 * Validation with Zowe's own JSON schemas, when the user has them (the zowe.schemas setting, for
 * example a Zowe runtime's schemas/ folder): what configmgr does at start, without guessing. Zowe
 * writes its schemas in draft 2019-09 with `$anchor` references between files, hence Ajv2019.
 * Compiling them costs tens of milliseconds, so this module is used only when the setting is.
 */
import { Ajv2019, type ErrorObject, type ValidateFunction } from "ajv/dist/2019.js";
import { load } from "js-yaml";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { ConfigError, type Config } from "../config/config.js";
import type { PathSegment } from "../core/findings.js";
import { readZoweValue } from "../load/zowe-scalars.js";
import { mergeLayers, resolveTemplates } from "./merge.js";
import type { ValidationProblem } from "./validate.js";
import { isObject, type JsonObject, valueAt } from "../core/json.js";

/** The $id of Zowe's base schema (zowe-yaml-schema.json), the same in v2 and v3. */
const BASE_ID = /\/schemas\/v2\/server-base$/;

export class ZoweSchemaError extends Error {
  override readonly name = "ZoweSchemaError";
}

interface SchemaFile {
  file: string;
  schema: JsonObject;
}

/** A schema configmgr validates a configuration against, and the components it is for (none: always). */
interface RootSchema {
  file: string;
  validate: ValidateFunction;
  components: string[];
}

export interface ZoweSchemas {
  /**
   * The problems of a configuration: its layers (highest priority first) merged over the runtime's
   * own defaults.yaml when one is beside the schemas, as configmgr merges them; otherwise config,
   * merged with the defaults this tool knows.
   */
  validate(config: JsonObject, layers: readonly JsonObject[]): ValidationProblem[];
}

/**
 * Zowe ships one schema (app-server-config.json) with trailing commas, which its own JSON reader
 * accepts; so does this one, after strict JSON fails.
 */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (strictError) {
    try {
      return JSON.parse(text.replace(/,(\s*[}\]])/g, "$1"));
    } catch {
      throw strictError;
    }
  }
}

/**
 * A Zowe runtime's files/defaults.yaml beside its schemas/ folder: what zwe merges as the last
 * layer, with keys (zowe.setup.certificate.pkcs12, ...) that this tool's defaults leave out.
 */
function runtimeDefaults(paths: readonly string[]): JsonObject | undefined {
  for (const path of paths) {
    const file = join(path, "..", "files", "defaults.yaml");
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    let value: unknown;
    try {
      value = readZoweValue(text) ?? load(text);
    } catch (error) {
      throw new ZoweSchemaError(`${file}: not YAML (${(error as Error).message})`);
    }
    if (isObject(value)) return value;
  }
  return undefined;
}

function readSchemas(paths: readonly string[]): SchemaFile[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw new ZoweSchemaError(`${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (!isDirectory) files.push(path);
    else for (const name of readdirSync(path).sort()) if (name.endsWith(".json")) files.push(join(path, name));
  }
  const schemas: SchemaFile[] = [];
  for (const file of files) {
    let schema: unknown;
    try {
      schema = parseLenient(readFileSync(file, "utf8"));
    } catch (error) {
      throw new ZoweSchemaError(`${file}: not JSON (${(error as Error).message})`);
    }
    // Other JSON beside the schemas (a package.json, test data) is not for us.
    if (isObject(schema) && typeof schema.$id === "string") schemas.push({ file, schema });
  }
  return schemas;
}

/** The components a component schema (allOf: the base schema and components.<name>) is for. */
function componentsOf(schema: JsonObject): string[] | undefined {
  const parts = Array.isArray(schema.allOf) ? schema.allOf : [];
  const refersToBase = parts.some((p) => isObject(p) && typeof p.$ref === "string" && BASE_ID.test(p.$ref));
  if (!refersToBase) return undefined;
  const names = new Set<string>();
  for (const p of parts) {
    const components = isObject(p) ? valueAt(p, ["properties", "components", "properties"]) : undefined;
    if (isObject(components)) for (const name of Object.keys(components)) names.add(name);
  }
  return [...names];
}

/** Reads and compiles the schemas in these folders (or files); throws ZoweSchemaError naming the file. */
export function loadZoweSchemas(paths: readonly string[]): ZoweSchemas {
  const files = readSchemas(paths);
  const ajv = new Ajv2019({
    allErrors: true,
    verbose: true,
    // Zowe's schemas use keywords of their own and "\#"-style escapes in patterns, and configmgr
    // does not check formats.
    strict: false,
    validateFormats: false,
    unicodeRegExp: false,
  });
  for (const { file, schema } of files) {
    try {
      ajv.addSchema(schema);
    } catch (error) {
      throw new ZoweSchemaError(`${file}: ${(error as Error).message}`);
    }
  }
  const roots: RootSchema[] = [];
  for (const { file, schema } of files) {
    const id = schema.$id as string;
    const components = BASE_ID.test(id) ? [] : componentsOf(schema);
    if (!components) continue;
    try {
      const validate = ajv.getSchema(id);
      if (validate) roots.push({ file: basename(file), validate, components });
    } catch (error) {
      throw new ZoweSchemaError(`${file}: ${(error as Error).message}`);
    }
  }
  // The base schema first: errors a component schema repeats through its allOf are the base's.
  roots.sort((a, b) => a.components.length - b.components.length);
  if (!roots.some((r) => r.components.length === 0)) {
    throw new ZoweSchemaError(
      `no Zowe base schema (a file whose $id ends in /schemas/v2/server-base, zowe-yaml-schema.json) in ${paths.join(", ")}`,
    );
  }
  const branches = new BranchResolver(ajv, files);
  const defaults = runtimeDefaults(paths);
  return {
    validate(merged, layers) {
      const config = defaults ? resolveTemplates(mergeLayers(layers, defaults)) : merged;
      const problems = new Map<string, ValidationProblem>();
      for (const root of roots) {
        if (root.components.length > 0 && !root.components.some((c) => enabled(config, c))) continue;
        if (root.validate(config)) continue;
        for (const e of branches.explain(root.validate.errors ?? [], config)) {
          const problem = toProblem(e, root.file, config);
          if (!problem) continue;
          const key = `${JSON.stringify(problem.path)} ${problem.message}`;
          if (!problems.has(key)) problems.set(key, problem);
        }
      }
      return [...problems.values()];
    },
  };
}

/** The schemas the configuration names (zowe.schemas); a problem with them is reported at that setting. */
export function configuredZoweSchemas(config: Config): ZoweSchemas | undefined {
  if (!config.zoweSchemas) return undefined;
  try {
    return loadZoweSchemas(config.zoweSchemas);
  } catch (error) {
    if (!(error instanceof ZoweSchemaError)) throw error;
    const { line, column } = config.locate(["zowe", "schemas"]);
    throw new ConfigError(`invalid configuration\n  ${config.file}:${line}:${column}: zowe.schemas: ${error.message}`);
  }
}

/** zwe validates a component's schema when the component is enabled: at the root or in some instance. */
function enabled(config: JsonObject, component: string): boolean {
  if (valueAt(config, ["components", component, "enabled"]) === true) return true;
  const instances = config.haInstances;
  return (
    isObject(instances) &&
    Object.values(instances).some((i) => valueAt(i, ["components", component, "enabled"]) === true)
  );
}

function pointerPath(instancePath: string): PathSegment[] {
  return instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * For a oneOf or anyOf that fails, Ajv reports every alternative's errors. The alternative that
 * came closest (fewest errors) is what the user meant; its errors replace the others.
 */
class BranchResolver {
  private locations: Map<object, string> | undefined;

  constructor(
    private readonly ajv: Ajv2019,
    private readonly files: readonly SchemaFile[],
  ) {}

  explain(errors: readonly ErrorObject[], data: unknown): ErrorObject[] {
    const alternatives = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
    if (alternatives.length === 0) return [...errors];
    const under = (e: ErrorObject, at: string) => e.instancePath === at || e.instancePath.startsWith(`${at}/`);
    const kept = errors.filter((e) => !alternatives.some((a) => under(e, a.instancePath)));
    const done = new Set<string>();
    for (const a of alternatives) {
      if (done.has(a.instancePath)) continue;
      done.add(a.instancePath);
      const best = this.closest(a, valueAt(data, pointerPath(a.instancePath)));
      if (!best) {
        kept.push(a);
        continue;
      }
      const nested = this.explain(best, valueAt(data, pointerPath(a.instancePath)));
      kept.push(...nested.map((e) => ({ ...e, instancePath: a.instancePath + e.instancePath })));
    }
    return kept;
  }

  /**
   * The errors of the alternative that came closest, validated on its own: the fewest errors, an
   * alternative of another type counting as far. Equally close alternatives with one error each
   * at one place are said together ("must be empty or must match pattern ...").
   */
  private closest(error: ErrorObject, value: unknown): ErrorObject[] | undefined {
    const location = this.location(error.parentSchema);
    const options = isObject(error.parentSchema) ? error.parentSchema[error.keyword] : undefined;
    if (!location || !Array.isArray(options)) return undefined;
    const scored: Array<{ errors: ErrorObject[]; score: number }> = [];
    options.forEach((_, n) => {
      const validate = this.ajv.getSchema(`${location}/${error.keyword}/${n}`);
      if (!validate || validate(value)) return;
      const errors = [...(validate.errors ?? [])];
      const otherType = errors.some((e) => e.instancePath === "" && (e.keyword === "type" || e.keyword === "const"));
      scored.push({ errors, score: errors.length + (otherType ? 1000 : 0) });
    });
    const least = Math.min(...scored.map((s) => s.score));
    const best = scored.filter((s) => s.score === least).map((s) => s.errors);
    const [first] = best;
    if (!first) return undefined;
    const single = best.every((errors) => errors.length === 1 && errors[0]?.instancePath === first[0]?.instancePath);
    if (best.length < 2 || !single) return first;
    const message = best.map((errors) => describeError(errors[0] as ErrorObject)).join(", or ");
    return [{ ...(first[0] as ErrorObject), keyword: "alternatives", params: { message } }];
  }

  /** "$id#/json/pointer" of a subschema object of the loaded files, indexed on first need. */
  private location(schema: unknown): string | undefined {
    if (!isObject(schema)) return undefined;
    if (!this.locations) {
      const locations = new Map<object, string>();
      const walk = (node: unknown, at: string) => {
        if (Array.isArray(node)) node.forEach((item, n) => walk(item, `${at}/${n}`));
        else if (isObject(node)) {
          locations.set(node, at);
          for (const [key, child] of Object.entries(node)) {
            walk(child, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
          }
        }
      };
      for (const { schema: root } of this.files) walk(root, `${root.$id as string}#`);
      this.locations = locations;
    }
    return this.locations.get(schema);
  }
}

const TEMPLATE = /^\s*\$\{\{/;

/** An Ajv error as a problem at the key it is about; undefined for what configmgr would not see. */
function toProblem(error: ErrorObject, file: string, config: JsonObject): ValidationProblem | undefined {
  const path = pointerPath(error.instancePath);
  const value = valueAt(config, path);
  // configmgr resolves templates before it validates (this tool resolves only references), and
  // reads an empty value as an empty string where a string is allowed.
  if (typeof value === "string" && TEMPLATE.test(value)) return undefined;
  if (error.keyword === "type" && value === null) return undefined;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties") path.push(String(params.additionalProperty));
  if (error.keyword === "required") path.push(String(params.missingProperty));
  return { kind: "schema", path, message: describeError(error), file, enforced: "schema" };
}

/** The error in words, for the key it is reported at. */
function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return "is not allowed here";
    case "required":
      return "is required";
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "alternatives":
      return String(params.message);
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}
