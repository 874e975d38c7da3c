/** Builds the model from parsed files: what each document is, and where its subjects came from. */
import type { PathSegment } from "../findings.js";
import { zoweDefaults } from "../zowe/defaults.js";
import { mergeLayers, resolveTemplates } from "../zowe/merge.js";
import { validateZoweConfig } from "../zowe/validate.js";
import type { ZoweSchemas } from "../zowe/zowe-schemas.js";
import type { KubernetesOptions } from "../config/config.js";
import { classify, isObject, type JsonObject, type KubernetesObjectSource } from "./classify.js";
import { KubernetesSubject, ZoweSubject, type Model, type ZoweVersion } from "./model.js";
import { SourceFile, type SyntaxProblem, type YamlDocument } from "./yaml.js";

/** The ConfigMap key under which Zowe's Kubernetes deployment keeps its zowe.yaml. */
const EMBEDDED_ZOWE_KEY = "zowe.yaml";

export interface FileProblem extends SyntaxProblem {
  file: SourceFile;
}

interface PendingConfig {
  layers: YamlDocument[];
  container: boolean;
  configMap?: number;
}

export interface BuildOptions {
  zoweVersion: ZoweVersion;
  kubernetes?: KubernetesOptions;
  /**
   * Files that Zowe reads as one configuration (FILE(a):FILE(b)), each group highest priority
   * first, by absolute path. Any other Zowe configuration is a group of its own.
   */
  layerGroups?: readonly (readonly string[])[];
  /** Zowe's own schemas, when the user has them: every configuration is also validated with them. */
  zoweSchemas?: ZoweSchemas;
}

export class ModelBuilder {
  private readonly model: Model;
  private readonly pending: PendingConfig[] = [];
  /** Absolute path of a layer file → its group and position. */
  private readonly layerOf = new Map<string, { group: number; position: number }>();
  private readonly groups: Array<Array<YamlDocument | undefined>>;

  constructor(private readonly options: BuildOptions) {
    this.model = {
      input: {
        zoweVersion: options.zoweVersion,
        zowe: [],
        kubernetes: [],
        options: { kubernetes: options.kubernetes ?? { scope: "zowe", ha: false } },
      },
      zowe: [],
      kubernetes: [],
    };
    const groups = options.layerGroups ?? [];
    this.groups = groups.map((g) => g.map(() => undefined));
    groups.forEach((group, g) => group.forEach((file, position) => this.layerOf.set(file, { group: g, position })));
  }

  /** Kubernetes objects of files that a rendered kustomization builds from: where rendered objects are written. */
  private readonly renderedFrom: KubernetesObjectSource[] = [];

  /**
   * Adds a file's documents; returns the syntax problems found, in it or in what it embeds.
   * The Kubernetes objects of a file that kustomize renders are not checked as written, only
   * used to locate the rendered objects.
   */
  add(file: SourceFile, absolutePath = file.path, rendered = false): FileProblem[] {
    const problems: FileProblem[] = file.problems.map((p) => ({ ...p, file }));
    const layer = this.layerOf.get(absolutePath);
    if (layer) {
      // A file named as a layer is part of a Zowe configuration whatever keys it has (an
      // override file may hold only haInstances); like configmgr, read its first document.
      const doc = file.documents.find((d) => isObject(d.value));
      const slot = this.groups[layer.group];
      if (doc && slot) slot[layer.position] = doc;
      return problems;
    }
    for (const doc of file.documents) {
      const c = classify(doc);
      if (c.kind === "zowe") {
        this.pending.push({ layers: [c.doc], container: false });
      } else if (c.kind === "kubernetes") {
        if (rendered) this.renderedFrom.push(...c.objects);
        else for (const source of c.objects) problems.push(...this.addObject(source));
      }
    }
    return problems;
  }

  /**
   * Adds the objects kustomize rendered. Each is located in the file that defines it (same kind,
   * its name as written inside the rendered name, which prefixes and suffixes extend); one found
   * nowhere is reported at the kustomization, named in the message.
   */
  addRendered(output: SourceFile, kustomization: YamlDocument, shownDir: string): FileProblem[] {
    const problems: FileProblem[] = output.problems.map((p) => ({ ...p, file: output }));
    for (const doc of output.documents) {
      const c = classify(doc);
      if (c.kind !== "kubernetes") continue;
      for (const { object } of c.objects) {
        const origin = this.origin(object);
        if (origin) {
          problems.push(...this.addObject({ object, doc: origin.doc, prefix: origin.prefix }));
        } else {
          const metadata = isObject(object.metadata) ? object.metadata : {};
          const name = `${String(metadata.namespace ?? "default")}/${String(metadata.name ?? "?")}`;
          problems.push(
            ...this.addObject(
              { object, doc: kustomization, prefix: [] },
              `${String(object.kind)} ${name} as rendered by kustomize build ${shownDir}`,
            ),
          );
        }
      }
    }
    return problems;
  }

  private origin(rendered: JsonObject): KubernetesObjectSource | undefined {
    const name = isObject(rendered.metadata) ? rendered.metadata.name : undefined;
    if (typeof name !== "string") return undefined;
    let best: KubernetesObjectSource | undefined;
    let score = -1;
    for (const source of this.renderedFrom) {
      const raw = isObject(source.object.metadata) ? source.object.metadata.name : undefined;
      if (source.object.kind !== rendered.kind || typeof raw !== "string" || !name.includes(raw)) continue;
      // The exact name first, then the longest contained name; among equals the fullest
      // object (the resource rather than a patch of it).
      const s = (raw === name ? 1e6 : raw.length * 1e3) + Math.min(999, JSON.stringify(source.object).length / 100);
      if (s > score) {
        best = source;
        score = s;
      }
    }
    return best;
  }

  /**
   * The model, with every configuration merged with its layers and the defaults, templates
   * resolved, and validated against the keys Zowe reads; and the values Zowe reads differently
   * from other YAML tools.
   */
  finish(): { model: Model; problems: FileProblem[] } {
    const problems: FileProblem[] = [];
    const configs: PendingConfig[] = [];
    for (const group of this.groups) {
      const layers = group.filter((d): d is YamlDocument => d !== undefined);
      if (layers.length > 0) configs.push({ layers, container: false });
    }
    configs.push(...this.pending);
    const version = this.options.zoweVersion;
    for (const c of configs) {
      const defaults = zoweDefaults(version);
      const layers = c.layers.map((d) => {
        const read = d.readAsZowe();
        problems.push(...read.differences.map((p) => ({ ...p, file: d.file })));
        return (isObject(read.value) ? read.value : {}) as JsonObject;
      });
      const config = resolveTemplates(mergeLayers(layers, defaults));
      const validation = [
        ...validateZoweConfig(config, version),
        ...(this.options.zoweSchemas?.validate(config, layers) ?? []),
      ];
      this.model.input.zowe.push({
        config,
        container: c.container,
        ...(c.configMap !== undefined ? { configMap: c.configMap } : {}),
        ...(validation.length > 0 ? { validation } : {}),
      });
      this.model.zowe.push(new ZoweSubject(c.layers, { version, values: zoweDefaults(version) }));
    }
    return { model: this.model, problems };
  }

  /** Layer files that were configured but not found among the files read. */
  missingLayers(): string[] {
    return [...this.layerOf]
      .filter(([, { group, position }]) => this.groups[group]?.[position] === undefined)
      .map(([file]) => file);
  }

  private addObject(source: KubernetesObjectSource, note?: string): FileProblem[] {
    const index = this.model.input.kubernetes.length;
    this.model.input.kubernetes.push(source.object);
    this.model.kubernetes.push(new KubernetesSubject(source, note));
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
      if (c.kind === "zowe") this.pending.push({ layers: [c.doc], container: true, configMap });
    }
    return inner.problems.map((p) => ({ ...p, file: inner }));
  }
}
