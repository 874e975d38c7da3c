/**
 * The evaluate stage: every policy of the bundle on the model (the bundled one namespace by
 * namespace, a custom one on the whole model), and, when a report draws it, the bundled policy's
 * HA topology from the same evaluation.
 */
import type { Model } from "../model/model.js";
import { TOPOLOGY_ENTRYPOINT } from "./entrypoint.js";
import { partitionInput, wholeInput } from "./partition.js";
import type { PolicyBundle, PolicySource } from "./policy-set.js";
import type { Violation } from "./policy.js";
import { TopologyView, type TopologyFacts } from "./topology.js";

export interface SourcedViolation {
  violation: Violation;
  /** The policy that reported it: only its own rules can be meant. */
  source: PolicySource;
}

export interface Evaluated {
  violations: SourcedViolation[];
  /** When asked for: the topology the bundled policy computes (none without the bundled policy). */
  topology?: TopologyFacts;
}

export async function evaluateStage(bundle: PolicyBundle, model: Model, topology: boolean): Promise<Evaluated> {
  const violations: SourcedViolation[] = [];
  let facts: TopologyFacts | undefined;
  for (const source of bundle.sources) {
    const parts = source.scope === "namespace" ? partitionInput(model.input) : wholeInput(model.input);
    const view =
      topology && facts === undefined && source.policy.provides(TOPOLOGY_ENTRYPOINT)
        ? new TopologyView(source.name, model.ownObjects)
        : undefined;
    for (const violation of await source.policy.evaluate(parts, view)) {
      // A unit's copy of another unit's object is there for its rules to refer to: what is
      // wrong with the object itself is reported where the object is.
      if (violation.object !== undefined && violation.object >= model.ownObjects) continue;
      violations.push({ violation, source });
    }
    if (view) facts = view.facts();
  }
  if (!topology) return { violations };
  return { violations, topology: facts ?? { sysplexes: [], workloads: [] } };
}
