/** Builds the model from parsed files: what each document is, and where its subjects came from. */
import { dirname } from "node:path";
import type { Finding, PathSegment } from "../core/findings.js";
import { DIAGNOSTICS } from "../core/rules.js";
import { zoweDefaults } from "../zowe/defaults.js";
import { mergeLayers, resolveTemplates } from "../zowe/merge.js";
import { validateZoweConfig } from "../zowe/validate.js";
import type { ZoweSchemas } from "../zowe/zowe-schemas.js";
import { detectVersion, type VersionEvidence } from "../zowe/version.js";
import type { KubernetesOptions } from "../config/config.js";
import { classify, isZoweFragment, type KubernetesObjectSource } from "../load/classify.js";
import { fileFinding, problemFinding } from "../load/load-file.js";
import { KubernetesSubject, ZoweSubject, type Model, type ZoweVersion } from "./model.js";
import { assignUnits, identityOf, type UnitMember, type UnitOptions } from "./units.js";
import type { RenderedUnit } from "../render/rendered.js";
import { SourceFile, type YamlDocument } from "../load/yaml.js";
import { isObject, type JsonObject } from "../core/json.js";

/** The ConfigMap key under which Zowe's Kubernetes deployment keeps its zowe.yaml. */
const EMBEDDED_ZOWE_KEY = "zowe.yaml";

/** Files Zowe reads as one configuration (FILE(a):FILE(b)): absolute paths, highest priority first. */
export interface LayerGroup {
  files: readonly string[];
}

export interface BuildOptions {
  /** The Zowe version the user states (option or configuration); undefined: read from the files, else 3. */
  zoweVersion?: ZoweVersion;
  kubernetes?: KubernetesOptions;
  units?: UnitOptions;
  /** Zowe's own schemas, when the user has them: every configuration is also validated with them. */
  zoweSchemas?: ZoweSchemas;
}

interface PendingConfig {
  layers: YamlDocument[];
  container: boolean;
  configMap?: number;
}

const NO_UNITS: UnitOptions = { listedUnit: () => undefined, show: (folder) => folder };

export class ModelBuilder {
  private readonly model: Model;
  /** Zowe configurations read so far that are complete on their own (a `zowe` key at the top). */
  private readonly standalone: Array<{ file: string; doc: YamlDocument }> = [];
  private readonly embeddedConfigs: PendingConfig[] = [];
  /** The first document of every file read: a layer of a configuration list, whatever its keys. */
  private readonly firstDocument = new Map<string, YamlDocument>();
  /** Files that hold Zowe keys but no `zowe` key: parts of a configuration list. */
  private readonly fragments = new Map<string, YamlDocument>();
  private readonly unitMembers: UnitMember[] = [];

  constructor(private readonly options: BuildOptions) {
    this.model = {
      input: {
        zoweVersion: options.zoweVersion ?? 3,
        zowe: [],
        kubernetes: [],
        units: [],
        options: { kubernetes: options.kubernetes ?? { scope: "zowe", ha: false } },
      },
      zowe: [],
      kubernetes: [],
      ownObjects: 0,
    };
  }

  /** Adds a file's documents; returns the syntax problems of what it embeds. */
  add(file: SourceFile, absolutePath = file.path, folder = dirname(absolutePath)): Finding[] {
    const findings: Finding[] = [];
    const first = file.documents.find((d) => isObject(d.value));
    if (first) this.firstDocument.set(absolutePath, first);
    for (const doc of file.documents) {
      const c = classify(doc);
      if (c.kind === "zowe") this.standalone.push({ file: absolutePath, doc: c.doc });
      else if (c.kind === "kubernetes")
        for (const source of c.objects) findings.push(...this.addObject(source, { folder }));
      else if (doc === first && isZoweFragment(doc.value)) this.fragments.set(absolutePath, doc);
    }
    return findings;
  }

  /** Adds the objects of a render (a kustomization, a Helm release): one deployment unit. */
  addRendered(rendered: RenderedUnit): Finding[] {
    return rendered.objects.flatMap((source) => this.addObject(source, { folder: "", rendered: rendered.unit }));
  }

  /**
   * The model: every configuration list merged as Zowe's configuration manager merges it, the
   * other configurations each alone, with the defaults of their Zowe version and templates
   * resolved, and validated against the keys Zowe reads; every object in its deployment unit. Also the findings about what was read
   * (values Zowe reads differently, fragments judged nowhere) and the layer files not read.
   */
  finish(groups: readonly LayerGroup[] = []): { model: Model; findings: Finding[]; missingLayers: string[] } {
    const findings: Finding[] = [];
    const inGroup = new Set(groups.flatMap((g) => g.files));
    const missingLayers = [...inGroup].filter((f) => !this.firstDocument.has(f));
    const configs: PendingConfig[] = [];
    for (const group of groups) {
      const layers = group.files.flatMap((f) => this.firstDocument.get(f) ?? []);
      if (layers.length > 0) configs.push({ layers, container: false });
    }
    for (const { file, doc } of this.standalone)
      if (!inGroup.has(file)) configs.push({ layers: [doc], container: false });
    for (const [file, doc] of this.fragments) {
      if (inGroup.has(file)) continue;
      const region = doc.locate([firstKey(doc.value)]).region;
      findings.push(
        fileFinding(
          DIAGNOSTICS.zoweFragment,
          doc.file.path,
          `${doc.file.path} holds Zowe settings (${zoweKeys(doc.value)}) but no zowe key: it is one layer of a ` +
            "configuration list, so it is not checked alone; declare the list as Zowe reads it (CONFIG=FILE(this file):FILE(the rest) in " +
            "the ZWESLSTC procedure, or zwe start --config) or in .zowe-ha-policy.yaml (zowe.configs)",
          region,
        ),
      );
    }
    configs.push(...this.embeddedConfigs);

    const read = configs.map((c) =>
      c.layers.map((d) => {
        const { value, differences } = d.readAsZowe();
        findings.push(...differences.map((p) => problemFinding(d.file.path, p)));
        return (isObject(value) ? value : {}) as JsonObject;
      }),
    );
    const versions = detectVersion(read, this.options.zoweVersion);
    configs.forEach((c, k) => {
      const version = versions[k] as VersionEvidence;
      const layers = read[k] ?? [];
      const config = resolveTemplates(mergeLayers(layers, zoweDefaults(version.version)));
      const validation = [
        ...validateZoweConfig(config, version.version),
        ...(this.options.zoweSchemas?.validate(config, layers) ?? []),
      ];
      this.model.input.zowe.push({
        config,
        container: c.container,
        version: version.version,
        ...(version.assumed ? { versionAssumed: true } : {}),
        ...(c.configMap !== undefined ? { configMap: c.configMap } : {}),
        ...(validation.length > 0 ? { validation } : {}),
      });
      this.model.zowe.push(new ZoweSubject(c.layers, { ...version, values: zoweDefaults(version.version) }));
    });
    const { units, context } = assignUnits(this.unitMembers, this.options.units ?? NO_UNITS);
    const { input, kubernetes } = this.model;
    input.units = units;
    this.model.ownObjects = input.kubernetes.length;
    // A unit's context: copies of the objects it is applied with, for its rules to refer to.
    for (const { unit, members } of context) {
      for (const j of members) {
        input.kubernetes.push(input.kubernetes[j] as JsonObject);
        input.units.push(unit);
        kubernetes.push(kubernetes[j] as KubernetesSubject);
      }
    }
    return { model: this.model, findings, missingLayers };
  }

  private addObject(source: KubernetesObjectSource, member: Omit<UnitMember, "identity">): Finding[] {
    const index = this.model.input.kubernetes.length;
    this.model.input.kubernetes.push(source.object);
    this.model.kubernetes.push(new KubernetesSubject(source));
    this.unitMembers.push({ ...member, identity: identityOf(source.object) });
    const data = source.object.data;
    if (source.object.kind !== "ConfigMap" || !isObject(data) || typeof data[EMBEDDED_ZOWE_KEY] !== "string") return [];
    return this.addEmbeddedZowe(source, index);
  }

  /** A zowe.yaml in a ConfigMap is a container configuration, located inside the ConfigMap's file. */
  private addEmbeddedZowe(source: KubernetesObjectSource, configMap: number): Finding[] {
    const path: PathSegment[] = [...source.prefix, "data", EMBEDDED_ZOWE_KEY];
    const embedded = source.doc.embedded(path);
    if (!embedded) return [];
    const inner = new SourceFile(embedded.file, embedded.text, undefined, embedded.embedding);
    for (const doc of inner.documents) {
      const c = classify(doc);
      if (c.kind === "zowe") this.embeddedConfigs.push({ layers: [c.doc], container: true, configMap });
    }
    return inner.problems.map((p) => problemFinding(embedded.file, p));
  }
}

function firstKey(value: unknown): string {
  return isObject(value) ? (Object.keys(value)[0] ?? "") : "";
}

function zoweKeys(value: unknown): string {
  return isObject(value)
    ? Object.keys(value)
        .filter((k) => isZoweFragment({ [k]: value[k] }))
        .join(", ")
    : "";
}
