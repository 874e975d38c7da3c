/**
 * The policy input built from the classified documents, and the way back from a violation's
 * subject (a configuration index or an object index) to the documents it was built from.
 */
import type { PathSegment } from "../findings.js";
import type { JsonObject, KubernetesObjectSource } from "./classify.js";
import type { Located, YamlDocument } from "./yaml.js";

export type ZoweVersion = 2 | 3;

export interface ZoweEntry {
  config: JsonObject;
  /** A zowe.yaml that runs in containers (embedded in a ConfigMap): Sysplex rules do not apply. */
  container: boolean;
  /** Index in `kubernetes` of the ConfigMap that embeds this configuration. */
  configMap?: number;
}

/** What the policy evaluates: the whole repository in one input, so rules can look across files. */
export interface PolicyInput {
  zoweVersion: ZoweVersion;
  zowe: ZoweEntry[];
  kubernetes: JsonObject[];
}

/**
 * A Zowe configuration's source documents, highest priority first (Zowe's left-most file wins).
 * A value of the configuration was written in the first layer that has it.
 */
export class ZoweSubject {
  constructor(readonly layers: readonly YamlDocument[]) {}

  /**
   * Where a value of the configuration was set. With an instance, path is a path in that
   * instance's effective configuration: its override wins over the shared value. A path that
   * exists nowhere is reported at the deepest existing ancestor, where the key must be added.
   */
  locate(path: readonly PathSegment[], instance?: string): { doc: YamlDocument; located: Located } {
    const candidates: Array<{ doc: YamlDocument; located: Located; depth: number }> = [];
    for (const doc of this.layers) {
      if (instance !== undefined) {
        const prefix = ["haInstances", instance];
        const located = doc.locate([...prefix, ...path]);
        candidates.push({ doc, located, depth: located.path.length - prefix.length });
      }
      const located = doc.locate(path);
      candidates.push({ doc, located, depth: located.path.length });
    }
    // Candidates are in priority order, so the first of the deepest is the one that applies.
    let best = candidates[0];
    for (const c of candidates) if (best && c.depth > best.depth) best = c;
    if (!best) throw new Error("a Zowe configuration has no source document");
    return best;
  }
}

export class KubernetesSubject {
  constructor(readonly source: KubernetesObjectSource) {}

  /** Kubernetes objects have no instances; the parameter keeps one signature for all subjects. */
  locate(path: readonly PathSegment[], _instance?: string): { doc: YamlDocument; located: Located } {
    const { doc, prefix } = this.source;
    return { doc, located: doc.locate([...prefix, ...path]) };
  }
}

export interface Model {
  input: PolicyInput;
  zowe: ZoweSubject[];
  kubernetes: KubernetesSubject[];
}
