/**
 * The values a chart renders with, as Helm layers them, and where each value is written: the
 * environment's files (the last given wins), then the chart's values.yaml; a subchart's own
 * values.yaml under its parents' `<name>:` sections, its `global:` under theirs.
 */
import { readFileSync } from "node:fs";
import type { PathSegment, Region } from "../../core/findings.js";
import { SourceFile, type ParseLimits, type YamlDocument } from "../../load/yaml.js";
import type { RefSegment } from "./actions.js";
import { isObject, valueAt } from "../../core/json.js";

export interface ValuesFile {
  /** Absolute path. */
  file: string;
  doc: YamlDocument | undefined;
}

/** Values files read once per render: a chart's values.yaml serves all its environments. */
export class ValuesFiles {
  private readonly cache = new Map<string, ValuesFile>();

  constructor(private readonly limits?: ParseLimits) {}

  read(file: string): ValuesFile {
    let read = this.cache.get(file);
    if (!read) {
      let doc: YamlDocument | undefined;
      try {
        doc = new SourceFile(file, readFileSync(file, "utf8"), this.limits).documents[0];
      } catch {
        // Unreadable: Helm failed on it or ignored it; nothing is located there.
      }
      read = { file, doc };
      this.cache.set(file, read);
    }
    return read;
  }
}

/** One source of a chart's values: a file, and where in it this chart's values are. */
export interface ValuesLayer {
  values: ValuesFile;
  /** [] for the chart's own file; [subchart name, ...] in a parent's. */
  prefix: PathSegment[];
}

export interface ValuesLocation {
  file: string;
  region: Region;
}

export class ValuesChain {
  /** Highest priority first. */
  constructor(readonly layers: readonly ValuesLayer[]) {}

  /** The layer a path's value is read from: globals sit at the top of every file. */
  private pathIn(layer: ValuesLayer, path: readonly PathSegment[]): PathSegment[] {
    return path[0] === "global" ? [...path] : [...layer.prefix, ...path];
  }

  /** Where the value at path is set: the first file, by priority, that sets all of the path. */
  locate(path: readonly PathSegment[]): ValuesLocation | undefined {
    for (const layer of this.layers) {
      const doc = layer.values.doc;
      if (!doc) continue;
      const full = this.pathIn(layer, path);
      if (valueAt(doc.value, full) === undefined) continue;
      const located = doc.locate(full);
      if (located.path.length === full.length) return { file: layer.values.file, region: located.region };
    }
    return undefined;
  }

  /**
   * The value Helm computes at path (maps merged key by key, anything else from the highest
   * priority file that sets it; null removes a key).
   */
  valueAt(path: readonly PathSegment[]): unknown {
    let merged: unknown;
    for (let k = this.layers.length - 1; k >= 0; k--) {
      const layer = this.layers[k] as ValuesLayer;
      const value = valueAt(layer.values.doc?.value, this.pathIn(layer, path));
      if (value === undefined) continue;
      if (isObject(value) && isObject(merged)) {
        const next = new Map(Object.entries(merged));
        for (const [key, v] of Object.entries(value)) {
          if (v === null) next.delete(key);
          else next.set(key, v);
        }
        merged = Object.fromEntries(next);
      } else {
        merged = value;
      }
    }
    return merged;
  }

  /**
   * A reference's path with each `range` element replaced by the index or key of its iteration
   * (Go ranges over a map in sorted key order); undefined when an iteration is unknown.
   */
  resolve(ref: readonly RefSegment[], iterations: ReadonlyMap<number, number>): PathSegment[] | undefined {
    const path: PathSegment[] = [];
    for (const segment of ref) {
      if (typeof segment !== "object") {
        path.push(segment);
        continue;
      }
      const n = iterations.get(segment.iteration);
      if (n === undefined) return undefined;
      const container = this.valueAt(path);
      if (Array.isArray(container) && n < container.length) path.push(n);
      else if (isObject(container)) {
        const key = Object.keys(container).sort()[n];
        if (key === undefined) return undefined;
        path.push(key);
      } else return undefined;
    }
    return path;
  }
}
