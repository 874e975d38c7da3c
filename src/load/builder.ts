/** Builds the model from parsed files: what each document is, and where its subjects came from. */
import type { PathSegment } from "../findings.js";
import { classify, isObject, type KubernetesObjectSource } from "./classify.js";
import { KubernetesSubject, ZoweSubject, type Model, type ZoweVersion } from "./model.js";
import { SourceFile, type SyntaxProblem } from "./yaml.js";

/** The ConfigMap key under which Zowe's Kubernetes deployment keeps its zowe.yaml. */
const EMBEDDED_ZOWE_KEY = "zowe.yaml";

export interface FileProblem extends SyntaxProblem {
  file: SourceFile;
}

export class ModelBuilder {
  readonly model: Model;

  constructor(zoweVersion: ZoweVersion) {
    this.model = { input: { zoweVersion, zowe: [], kubernetes: [] }, zowe: [], kubernetes: [] };
  }

  /** Adds a file's documents; returns the syntax problems found, in it or in what it embeds. */
  add(file: SourceFile): FileProblem[] {
    const problems: FileProblem[] = file.problems.map((p) => ({ ...p, file }));
    for (const doc of file.documents) {
      const c = classify(doc);
      if (c.kind === "zowe") {
        this.model.input.zowe.push({ config: c.config, container: false });
        this.model.zowe.push(new ZoweSubject([c.doc]));
      } else if (c.kind === "kubernetes") {
        for (const source of c.objects) problems.push(...this.addObject(source));
      }
    }
    return problems;
  }

  private addObject(source: KubernetesObjectSource): FileProblem[] {
    const index = this.model.input.kubernetes.length;
    this.model.input.kubernetes.push(source.object);
    this.model.kubernetes.push(new KubernetesSubject(source));
    const data = source.object.data;
    if (source.object.kind !== "ConfigMap" || !isObject(data) || typeof data[EMBEDDED_ZOWE_KEY] !== "string") return [];
    return this.addEmbeddedZowe(source, index);
  }

  /** A zowe.yaml in a ConfigMap is a container configuration, located inside the ConfigMap's file. */
  private addEmbeddedZowe(source: KubernetesObjectSource, configMap: number): FileProblem[] {
    const path: PathSegment[] = [...source.prefix, "data", EMBEDDED_ZOWE_KEY];
    const embedded = source.doc.embedded(path);
    if (!embedded) return [];
    const inner = new SourceFile(source.doc.file.path, embedded.text, undefined, embedded.embedding);
    for (const doc of inner.documents) {
      const c = classify(doc);
      if (c.kind !== "zowe") continue;
      this.model.input.zowe.push({ config: c.config, container: true, configMap });
      this.model.zowe.push(new ZoweSubject([c.doc]));
    }
    return inner.problems.map((p) => ({ ...p, file: inner }));
  }
}
