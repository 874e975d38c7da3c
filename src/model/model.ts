/**
 * The policy input built from the classified documents, and the way back from a violation's
 * subject (a configuration index or an object index) to the documents it was built from.
 */
import type { KubernetesOptions } from "../config/config.js";
import type { PathSegment } from "../core/findings.js";
import type { KubernetesObjectSource } from "../load/classify.js";
import type { ValidationProblem } from "../zowe/validate.js";
import type { Placed, YamlDocument } from "../load/yaml.js";
import { type JsonObject, valueAt } from "../core/json.js";

export type ZoweVersion = 2 | 3;

export interface ZoweEntry {
  config: JsonObject;
  /** A zowe.yaml that runs in containers (embedded in a ConfigMap): Sysplex rules do not apply. */
  container: boolean;
  /** The Zowe major version whose defaults were merged in. */
  version: ZoweVersion;
  /** True when neither the user nor any file says the version: the default (3) was assumed. */
  versionAssumed?: true;
  /** What Zowe would reject or ignore in it (src/zowe/validate.ts); absent when nothing. */
  validation?: ValidationProblem[];
  /** Index in `kubernetes` of the ConfigMap that embeds this configuration. */
  configMap?: number;
}

/** What the policy evaluates: the whole repository in one input, so rules can look across files. */
export interface PolicyInput {
  /** The version a configuration's `version` defaults to (custom policies written before it read this). */
  zoweVersion: ZoweVersion;
  zowe: ZoweEntry[];
  kubernetes: JsonObject[];
  /** The deployment unit of each object of `kubernetes` (src/model/units.ts): rules relate objects within one. */
  units: string[];
  options: { kubernetes: KubernetesOptions };
}

export interface SubjectLocation {
  placed: Placed;
  /** Added to the message: where the value really comes from, when the file cannot show it. */
  note?: string;
}

/** What a violation is about, and the way back to where it is written. */
export interface Subject {
  /** versioned: the finding depends on the Zowe version, so say when that version was assumed. */
  locate(path: readonly PathSegment[], instance?: string, versioned?: boolean): SubjectLocation;
}

/**
 * A Zowe configuration's source documents, highest priority first (Zowe's left-most file wins).
 * A value of the configuration was written in the first layer that has it, else in the defaults.
 */
export class ZoweSubject implements Subject {
  constructor(
    readonly layers: readonly YamlDocument[],
    private readonly defaults: { version: ZoweVersion; assumed: boolean; values: JsonObject },
  ) {}

  /**
   * Where a value of the configuration was set. With an instance, path is a path in that
   * instance's effective configuration: its override wins over the shared value. A path that
   * exists nowhere is reported at the deepest existing ancestor, where the key must be added.
   */
  locate(path: readonly PathSegment[], instance?: string, versioned = false): SubjectLocation {
    const candidates: Array<{ placed: Placed; depth: number }> = [];
    const prefixes: PathSegment[][] = instance !== undefined ? [["haInstances", instance], []] : [[]];
    this.layers.forEach((doc, layer) => {
      for (const prefix of prefixes) {
        const placed = doc.place(this.layerPath(layer, [...prefix, ...path]));
        candidates.push({ placed, depth: placed.path.length - prefix.length });
      }
    });
    // Candidates are in priority order, so the first of the deepest is the one that applies.
    let best = candidates[0];
    for (const c of candidates) if (best && c.depth > best.depth) best = c;
    if (!best) throw new Error("a Zowe configuration has no source document");
    const unset = best.depth < path.length && valueAt(this.defaults.values, path) !== undefined;
    const note = versionNote(this.defaults, unset, versioned);
    return { placed: best.placed, ...(note ? { note } : {}) };
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

/**
 * What a finding adds about the Zowe version: that the value comes from its defaults, and when no
 * file shows the version while the finding depends on it, which version was assumed and how to
 * state it.
 */
function versionNote(
  { version, assumed }: { version: ZoweVersion; assumed: boolean },
  fromDefaults: boolean,
  versioned: boolean,
): string | undefined {
  const parts = fromDefaults ? [`the value comes from the Zowe v${version} defaults`] : [];
  if (assumed && (fromDefaults || versioned)) {
    parts.push(
      `no file shows the Zowe version, so v${version} was assumed: set zoweVersion in .zowe-ha-policy.yaml or --zowe-version`,
    );
  }
  return parts.length > 0 ? parts.join("; ") : undefined;
}

export class KubernetesSubject implements Subject {
  constructor(readonly source: KubernetesObjectSource) {}

  /** Kubernetes objects have no instances; the parameter keeps one signature for all subjects. */
  locate(path: readonly PathSegment[]): SubjectLocation {
    const { doc, prefix, note } = this.source;
    return { placed: doc.place([...prefix, ...path]), ...(note ? { note } : {}) };
  }
}

export interface Model {
  input: PolicyInput;
  zowe: ZoweSubject[];
  kubernetes: Subject[];
  /**
   * The objects of the repository come first; those after them are copies in another unit, there
   * for its rules to refer to (src/model/units.ts context), and are reported in their own unit only.
   */
  ownObjects: number;
}
