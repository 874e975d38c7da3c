/**
 * The policy input built from the classified documents, and the way back from a violation's
 * subject (a configuration index or an object index) to the documents it was built from.
 */
import type { KubernetesOptions } from "../config/config.js";
import type { PathSegment } from "../findings.js";
import type { JsonObject, KubernetesObjectSource } from "./classify.js";
import { valueAt } from "../zowe/merge.js";
import type { ValidationProblem } from "../zowe/validate.js";
import type { Located, YamlDocument } from "./yaml.js";

export type ZoweVersion = 2 | 3;

export interface ZoweEntry {
  config: JsonObject;
  /** A zowe.yaml that runs in containers (embedded in a ConfigMap): Sysplex rules do not apply. */
  container: boolean;
  /** Index in `kubernetes` of the ConfigMap that embeds this configuration. */
  configMap?: number;
  /** What Zowe would reject or ignore in it (src/zowe/validate.ts); absent when nothing. */
  validation?: ValidationProblem[];
}

/** What the policy evaluates: the whole repository in one input, so rules can look across files. */
export interface PolicyInput {
  zoweVersion: ZoweVersion;
  zowe: ZoweEntry[];
  kubernetes: JsonObject[];
  options: { kubernetes: KubernetesOptions };
}

export interface SubjectLocation {
  doc: YamlDocument;
  located: Located;
  /** Added to the message: where the value really comes from, when the file cannot show it. */
  note?: string;
}

/** What a violation is about, and the way back to where it is written. */
export interface Subject {
  locate(path: readonly PathSegment[], instance?: string): SubjectLocation;
}

/**
 * A Zowe configuration's source documents, highest priority first (Zowe's left-most file wins).
 * A value of the configuration was written in the first layer that has it, else in the defaults.
 */
export class ZoweSubject implements Subject {
  constructor(
    readonly layers: readonly YamlDocument[],
    private readonly defaults: { version: ZoweVersion; values: JsonObject },
  ) {}

  /**
   * Where a value of the configuration was set. With an instance, path is a path in that
   * instance's effective configuration: its override wins over the shared value. A path that
   * exists nowhere is reported at the deepest existing ancestor, where the key must be added.
   */
  locate(path: readonly PathSegment[], instance?: string): SubjectLocation {
    const candidates: Array<{ doc: YamlDocument; located: Located; depth: number }> = [];
    const prefixes: PathSegment[][] = instance !== undefined ? [["haInstances", instance], []] : [[]];
    this.layers.forEach((doc, layer) => {
      for (const prefix of prefixes) {
        const located = doc.locate(this.layerPath(layer, [...prefix, ...path]));
        candidates.push({ doc, located, depth: located.path.length - prefix.length });
      }
    });
    // Candidates are in priority order, so the first of the deepest is the one that applies.
    let best = candidates[0];
    for (const c of candidates) if (best && c.depth > best.depth) best = c;
    if (!best) throw new Error("a Zowe configuration has no source document");
    const unset = best.depth < path.length && valueAt(this.defaults.values, path) !== undefined;
    return {
      doc: best.doc,
      located: best.located,
      ...(unset ? { note: `the value comes from the Zowe v${this.defaults.version} defaults` } : {}),
    };
  }

  /**
   * configmgr concatenates arrays across layers (lowest priority first), so index n of a merged
   * array is some other index of one layer's array; in the other layers the path ends at the array.
   */
  private layerPath(layer: number, path: readonly PathSegment[]): PathSegment[] {
    if (this.layers.length < 2) return [...path];
    for (let k = 0; k < path.length; k++) {
      const index = path[k];
      if (typeof index !== "number") continue;
      const prefix = path.slice(0, k);
      let offset = 0;
      for (let l = this.layers.length - 1; l >= 0; l--) {
        const items = valueAt(this.layers[l]?.value, prefix);
        const length = Array.isArray(items) ? items.length : 0;
        if (index < offset + length) {
          return l === layer ? [...prefix, index - offset, ...path.slice(k + 1)] : prefix;
        }
        offset += length;
      }
      return [...path];
    }
    return [...path];
  }
}

export class KubernetesSubject implements Subject {
  constructor(
    readonly source: KubernetesObjectSource,
    /** For an object rendered by kustomize and found in no file: said in every finding. */
    private readonly note?: string,
  ) {}

  /** Kubernetes objects have no instances; the parameter keeps one signature for all subjects. */
  locate(path: readonly PathSegment[], _instance?: string): SubjectLocation {
    const { doc, prefix } = this.source;
    return { doc, located: doc.locate([...prefix, ...path]), ...(this.note ? { note: this.note } : {}) };
  }
}

export interface Model {
  input: PolicyInput;
  zowe: ZoweSubject[];
  kubernetes: Subject[];
}
