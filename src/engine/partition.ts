/**
 * The policy input as JSON, whole or split into parts evaluated one after the other.
 *
 * OPA's wasm allocator frees nothing during an evaluation, so the memory one evaluation touches
 * grows with its input: 20,000 Kubernetes objects in one input made the process peak at 800 MB.
 * The bundled rules look at a Kubernetes object together with the objects of its namespace in its
 * deployment unit only, at a Zowe configuration on its own, and at a zowe.yaml embedded in a
 * ConfigMap together with the ConfigMap's namespace (docs/writing-rules.md). So the input splits
 * along units and namespaces into parts of bounded size, and the findings are the same.
 */
import type { PolicyInput } from "../model/model.js";
import { projectForRules } from "./projection.js";

/** One input to evaluate, and where its subjects are in the whole input. */
export interface InputPart {
  json: Uint8Array;
  /** The index in the whole input of each of the part's Zowe configurations. */
  zowe: number[];
  /** The index in the whole input of each of the part's Kubernetes objects. */
  kubernetes: number[];
}

/**
 * Parts of this many bytes of JSON at most, unless one namespace alone is larger. Measured on
 * 20,000 objects: 16 MiB parts peaked at 613 MB, 1 MiB at 363-396 MB, 128 KiB at 349-381 MB and
 * ran fastest (smaller was no better).
 */
export const PART_BYTES = 128 * 1024;

const encoder = new TextEncoder();

/** The Kubernetes namespace an object belongs to, as the policy library reads it (lib/kubernetes.rego _namespace). */
function namespaceOf(object: Readonly<Record<string, unknown>>): string {
  const metadata = object.metadata;
  const namespace =
    typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>).namespace : undefined;
  return typeof namespace === "string" && namespace !== "" ? namespace : "default";
}

export function wholeInput(input: PolicyInput): InputPart[] {
  return [
    {
      json: encoder.encode(JSON.stringify(input)),
      zowe: input.zowe.map((_, i) => i),
      kubernetes: input.kubernetes.map((_, j) => j),
    },
  ];
}

/**
 * The input in parts of about maxBytes of JSON at most (one namespace may be larger). Each part
 * is written when it is asked for, from subjects grouped beforehand, so the JSON of one part at
 * a time is held: writing all of it first added 34 MB to the peak heap at 20,000 objects.
 */
export function* partitionInput(input: PolicyInput, maxBytes = PART_BYTES): Generator<InputPart> {
  const groups = new Map<string, Group>();
  const groupOf = (key: string): Group => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { zowe: [], kubernetes: [] }));
    return group;
  };
  const scopeOf = (j: number) => `namespace ${input.units[j] ?? ""}\0${namespaceOf(input.kubernetes[j] ?? {})}`;
  input.kubernetes.forEach((_, j) => groupOf(scopeOf(j)).kubernetes.push(j));
  input.zowe.forEach((entry, i) => {
    groupOf(entry.configMap !== undefined ? scopeOf(entry.configMap) : `configuration ${i}`).zowe.push(i);
  });
  let part = new PartWriter(input);
  for (const group of groups.values()) {
    const written = part.written(group);
    if (part.size > 0 && part.size + written.size > maxBytes) {
      yield part.finish();
      part = new PartWriter(input);
    }
    part.add(group, written);
  }
  if (part.size > 0) yield part.finish();
}

/** Subjects that must be evaluated together: a namespace's objects and embedded configurations, or one configuration. */
interface Group {
  zowe: number[];
  kubernetes: number[];
}

interface Written {
  objects: string[];
  zowe: string[];
  size: number;
}

/** One part's JSON, written group by group; an embedded configuration's ConfigMap index is the part's. */
class PartWriter {
  private readonly zowe: number[] = [];
  private readonly kubernetes: number[] = [];
  private readonly zoweJson: string[] = [];
  private readonly objectJson: string[] = [];
  private readonly units: string[] = [];
  /** Characters of JSON so far (bytes, for the ASCII that manifests are written in). */
  size = 0;

  constructor(private readonly input: PolicyInput) {}

  /** The group's subjects as JSON. */
  written(group: Group): Written {
    const objects = group.kubernetes.map((j) => JSON.stringify(projectForRules(this.input.kubernetes[j] ?? {})));
    const zowe = group.zowe.map((i) => JSON.stringify(this.input.zowe[i]));
    return { objects, zowe, size: [...objects, ...zowe].reduce((n, json) => n + json.length, 0) };
  }

  add(group: Group, written: Written): void {
    const local = new Map(group.kubernetes.map((j, k) => [j, this.kubernetes.length + k]));
    this.kubernetes.push(...group.kubernetes);
    this.objectJson.push(...written.objects);
    for (const j of group.kubernetes) this.units.push(this.input.units[j] ?? "");
    group.zowe.forEach((i, k) => {
      const entry = this.input.zowe[i] as PolicyInput["zowe"][number];
      this.zowe.push(i);
      if (entry.configMap === undefined) {
        this.zoweJson.push(written.zowe[k] as string);
        return;
      }
      const configMap = local.get(entry.configMap);
      if (configMap === undefined)
        throw new Error(`configuration ${i} is in another group than its ConfigMap ${entry.configMap}`);
      this.zoweJson.push(JSON.stringify({ ...entry, configMap }));
    });
    this.size += written.size;
  }

  /** The part: the whole input's other fields (version, options), its configurations and objects. */
  finish(): InputPart {
    const head = JSON.stringify({ ...this.input, zowe: undefined, kubernetes: undefined, units: undefined });
    const json = `${head === "{}" ? "{" : `${head.slice(0, -1)},`}"zowe":[${this.zoweJson.join(",")}],"kubernetes":[${this.objectJson.join(",")}],"units":${JSON.stringify(this.units)}}`;
    return { json: encoder.encode(json), zowe: this.zowe, kubernetes: this.kubernetes };
  }
}
