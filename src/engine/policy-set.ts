/**
 * The policies one scan evaluates (the bundled one and the organisation's own), each with the
 * rules it reports, and their catalogues merged into the one every report is written from.
 */
import { Catalogue, DIAGNOSTICS, readRules } from "../core/rules.js";
import { TOPOLOGY_ENTRYPOINT } from "./entrypoint.js";
import { Policy, PolicyError } from "./policy.js";
import { compiledModule } from "./warm-up.js";

/** A compiled policy and its rules: the packages its violations may name. */
export interface PolicySource {
  /** Names it in messages: "bundled policy", "custom policy org/policies". */
  name: string;
  policy: Policy;
  catalogue: Catalogue;
  /**
   * How far its rules look: the bundled rules within a namespace (the input is evaluated in
   * parts, see partition.ts); an organisation's rules may relate anything in the repository.
   */
  scope: "namespace" | "repository";
}

export interface PolicyBundle {
  sources: PolicySource[];
  /** Every source's rules and the tool's own diagnostics. */
  catalogue: Catalogue;
}

const BUNDLED = "bundled policy";

export async function loadBundledPolicy(wasmFile: string, rulesFile: string): Promise<PolicySource> {
  const catalogue = new Catalogue(readRules(rulesFile));
  const policy = await Policy.load(BUNDLED, compiledModule(wasmFile), [TOPOLOGY_ENTRYPOINT]);
  return { name: BUNDLED, policy, catalogue, scope: "namespace" };
}

/**
 * Merges the sources' catalogues. A rule id or rule package defined twice is an error naming
 * both sources: a finding must say unambiguously which rule it is, and a configuration setting
 * must switch off exactly one rule.
 */
export function combinePolicies(sources: PolicySource[]): PolicyBundle {
  const ids = new Map<string, string>(Object.values(DIAGNOSTICS).map((d) => [d.id, "the tool's own diagnostics"]));
  const packages = new Map<string, string>();
  for (const source of sources) {
    for (const rule of source.catalogue.rules) {
      const idOwner = ids.get(rule.id);
      if (idOwner)
        throw new PolicyError(
          `rule id ${rule.id} is defined twice: by ${idOwner} and by ${source.name}; give the custom rule another id`,
        );
      ids.set(rule.id, source.name);
      const packageOwner = packages.get(rule.package);
      if (packageOwner)
        throw new PolicyError(
          `rule package ${rule.package} (${rule.id}) of ${source.name} is also a package of ${packageOwner}; use a group of your own (zowe_ha.rules.<group>.<name>)`,
        );
      packages.set(rule.package, source.name);
    }
  }
  return {
    sources,
    catalogue: new Catalogue([...sources.flatMap((s) => s.catalogue.rules), ...Object.values(DIAGNOSTICS)]),
  };
}
