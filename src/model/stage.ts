/**
 * The model stage: the loaded and rendered documents made into what the policies judge: each Zowe
 * configuration as configmgr merges its layers over the defaults, and the Kubernetes objects
 * in their deployment units.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import picomatch from "picomatch";
import type { Config } from "../config/config.js";
import type { Finding } from "../core/findings.js";
import { relativePath } from "../core/paths.js";
import type { Loaded } from "../load/stage.js";
import type { RenderedUnit } from "../render/rendered.js";
import { ModelBuilder } from "./builder.js";
import type { Model, ZoweVersion } from "./model.js";
import type { UnitOptions } from "./units.js";

export interface ModelOptions {
  /** The Zowe version the user states; without it each configuration's files tell, else 3 is assumed. */
  zoweVersion?: ZoweVersion;
  config: Config;
  show: (absolute: string) => string;
}

export interface Modelled {
  model: Model;
  findings: Finding[];
  notices: string[];
}

export async function modelStage(
  loaded: Loaded,
  rendered: readonly RenderedUnit[],
  options: ModelOptions,
): Promise<Modelled> {
  const { config, show } = options;
  // Zowe's own schemas need ajv, loaded only when the configuration names them.
  const zoweSchemas = config.zoweSchemas
    ? (await import("../zowe/zowe-schemas.js")).configuredZoweSchemas(config)
    : undefined;
  const builder = new ModelBuilder({
    ...(options.zoweVersion !== undefined ? { zoweVersion: options.zoweVersion } : {}),
    kubernetes: config.kubernetes,
    units: { listedUnit: listedUnits(config), show },
    ...(zoweSchemas ? { zoweSchemas } : {}),
  });
  const findings: Finding[] = [];
  for (const { absolute, source } of loaded.sources) findings.push(...builder.add(source, absolute));
  for (const unit of rendered) findings.push(...builder.addRendered(unit));
  const built = builder.finish(loaded.layers);
  findings.push(...built.findings);
  // A layer outside the paths checked this time is not missing; one that does not exist is.
  const notices = built.missingLayers
    .filter((file) => !existsSync(file))
    .map((missing) => `${config.file ?? "configuration"}: layer file ${show(missing)} does not exist`);
  return { model: built.model, findings, notices };
}

/** The folder that a `kubernetes.units` glob lists for a folder: itself or its deepest listed ancestor. */
function listedUnits(config: Config): UnitOptions["listedUnit"] {
  if (config.kubernetesUnits.length === 0) return () => undefined;
  const listed = picomatch(config.kubernetesUnits, { dot: true });
  const cache = new Map<string, string | undefined>();
  const lookup = (folder: string): string | undefined => {
    if (cache.has(folder)) return cache.get(folder);
    const rel = relativePath(config.dir, folder);
    let found: string | undefined;
    if (rel !== "" && !rel.startsWith("..")) found = listed(rel) ? folder : lookup(resolve(folder, ".."));
    cache.set(folder, found);
    return found;
  };
  return lookup;
}
