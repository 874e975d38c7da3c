/**
 * The HA topology as the bundled policy computes it (policies/views/topology.rego, its second
 * entrypoint): evaluated on the same parts as the rules, each part's result checked, its indexes
 * made the whole input's, and the parts merged. The reports draw it (src/report/topology.ts).
 */
import { TOPOLOGY_ENTRYPOINT } from "./entrypoint.js";
import type { InputPart } from "./partition.js";
import { PolicyError, type ViewReader } from "./policy.js";

export type ApartReason = "never-selected" | "no-lpar";

export interface ComponentFacts {
  component: string;
  /** LPAR → the HA instances on it that start the component. */
  lpars: Map<string, string[]>;
  /** Some instance starts it (one whose LPAR is unknown too). */
  started: boolean;
  /** It runs on fewer LPARs than it needs to survive the loss of one. */
  spof: boolean;
}

export interface SysplexFacts {
  /** The configuration's index in input.zowe. */
  zowe: number;
  /** zowe.externalDomains[0]. */
  domain?: string;
  /** HA instance id → its LPAR, for the instances zwe can select whose LPAR is known. */
  instances: Map<string, string>;
  /** The other instances: zwe never selects the key (nothing runs on it), or the LPAR is unknown. */
  apart: Map<string, ApartReason>;
  components: ComponentFacts[];
}

export interface WorkloadFacts {
  /** The workload's index in input.kubernetes. */
  object: number;
  /** The deployment unit it belongs to (a cluster's folder, a kustomization, a Helm release). */
  unit: string;
  /** "Deployment zowe/gateway" */
  workload: string;
  component?: string;
  /** The fewest pods it runs (the HPA's floor when one scales it); absent when not a number. */
  replicas?: number;
  /** The most pods, when an HPA scales it. */
  maxReplicas?: number;
  spread?: "zones" | "nodes";
  spof: boolean;
  /** Indexes of the HPAs that scale it and the PDBs that select its pods. */
  related: number[];
}

export interface TopologyFacts {
  sysplexes: SysplexFacts[];
  workloads: WorkloadFacts[];
}

type Json = Record<string, unknown>;

class Malformed extends Error {}

function object(value: unknown, what: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Malformed(`${what} is not an object`);
  return value as Json;
}

function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Malformed(`${what} is not an array`);
  return value;
}

function text(value: unknown, what: string): string {
  if (typeof value !== "string") throw new Malformed(`${what} is not a string`);
  return value;
}

function count(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Malformed(`${what} is not a number`);
  return value;
}

function flag(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") throw new Malformed(`${what} is not a boolean`);
  return value;
}

/** An index of the part mapped to the whole input's. */
function index(value: unknown, of: readonly number[], what: string): number {
  const whole = typeof value === "number" && Number.isInteger(value) ? of[value] : undefined;
  if (whole === undefined) throw new Malformed(`${what} is not an index of the part`);
  return whole;
}

/** A JSON object as a Map: keys such as "__proto__" stay keys. */
function entries<T>(value: unknown, what: string, read: (v: unknown, what: string) => T): Map<string, T> {
  return new Map(Object.entries(object(value, what)).map(([k, v]) => [k, read(v, `${what}.${k}`)]));
}

const APART = new Set<string>(["never-selected", "no-lpar"]);
const SPREAD = new Set<string>(["zones", "nodes"]);

function component(value: unknown, what: string): ComponentFacts {
  const c = object(value, what);
  return {
    component: text(c.component, `${what}.component`),
    lpars: entries(c.lpars, `${what}.lpars`, (ids, w) => array(ids, w).map((id) => text(id, w))),
    started: flag(c.started, `${what}.started`),
    spof: flag(c.spof, `${what}.spof`),
  };
}

function sysplex(value: unknown, part: InputPart): SysplexFacts {
  const s = object(value, "sysplex");
  return {
    zowe: index(s.zowe, part.zowe, "sysplex.zowe"),
    ...(s.domain !== undefined ? { domain: text(s.domain, "sysplex.domain") } : {}),
    instances: entries(s.instances, "sysplex.instances", text),
    apart: entries(s.apart, "sysplex.apart", (why, w) => {
      if (!APART.has(text(why, w))) throw new Malformed(`${w} is not one of ${[...APART].join(", ")}`);
      return why as ApartReason;
    }),
    components: array(s.components, "sysplex.components").map((c) => component(c, "component")),
  };
}

function workload(value: unknown, part: InputPart): WorkloadFacts {
  const w = object(value, "workload");
  const spread = w.spread === undefined ? undefined : text(w.spread, "workload.spread");
  if (spread !== undefined && !SPREAD.has(spread)) throw new Malformed("workload.spread is not zones or nodes");
  return {
    object: index(w.object, part.kubernetes, "workload.object"),
    unit: text(w.unit, "workload.unit"),
    workload: text(w.workload, "workload.workload"),
    ...(w.component !== undefined ? { component: text(w.component, "workload.component") } : {}),
    ...(w.replicas !== undefined ? { replicas: count(w.replicas, "workload.replicas") } : {}),
    ...(w.maxReplicas !== undefined ? { maxReplicas: count(w.maxReplicas, "workload.maxReplicas") } : {}),
    ...(spread !== undefined ? { spread: spread as "zones" | "nodes" } : {}),
    spof: w.spof === undefined ? false : flag(w.spof, "workload.spof"),
    related: array(w.related, "workload.related").map((j) => index(j, part.kubernetes, "workload.related")),
  };
}

/** Reads the view on each part; facts() merges them. */
export class TopologyView implements ViewReader {
  readonly entrypoint = TOPOLOGY_ENTRYPOINT;
  private readonly sysplexes: SysplexFacts[] = [];
  private readonly workloads: WorkloadFacts[] = [];

  /**
   * ownObjects: the objects of the repository come first in the input; those after them are a
   * unit's copies of another unit's objects (src/model/units.ts), drawn in their own unit only.
   */
  constructor(
    private readonly policyName: string,
    private readonly ownObjects: number,
  ) {}

  read(result: unknown, part: InputPart): void {
    try {
      const view = object(result, "the result");
      for (const s of array(view.sysplexes, "sysplexes")) this.sysplexes.push(sysplex(s, part));
      for (const w of array(view.workloads, "workloads")) {
        const facts = workload(w, part);
        if (facts.object < this.ownObjects) this.workloads.push(facts);
      }
    } catch (error) {
      if (!(error instanceof Malformed)) throw error;
      throw new PolicyError(
        `${this.policyName}: the view ${this.entrypoint} returned a malformed topology (${error.message})`,
      );
    }
  }

  /** Every part's facts, in the order of the input. */
  facts(): TopologyFacts {
    return {
      sysplexes: [...this.sysplexes].sort((a, b) => a.zowe - b.zowe),
      workloads: [...this.workloads].sort((a, b) => a.object - b.object),
    };
  }
}
