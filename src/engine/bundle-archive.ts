/**
 * The policy bundle `zowe-ha-policy build-policies` writes: an OPA bundle (.tar.gz) with the
 * compiled policy, the wasm entrypoint in its manifest, and the rule catalogue beside it.
 */
import { open } from "node:fs/promises";
import { ENTRYPOINT } from "./entrypoint.js";
import { ArchiveError, mebibytes, readTarGz, writeTarGz } from "./tar.js";

const WASM = "policy.wasm";
const RULES = "rules.json";

/** Generous for policies (the bundled one is well under 1 MiB) and small enough to refuse a bomb. */
export const BUNDLE_LIMITS = { compressed: 16 * 1024 * 1024, uncompressed: 64 * 1024 * 1024, member: 32 * 1024 * 1024 };

export interface PolicyFiles {
  wasm: Uint8Array;
  /** The text of rules.json. */
  rules: string;
}

export function packPolicyBundle(files: PolicyFiles): Uint8Array {
  const manifest = { revision: "", roots: [""], wasm: [{ entrypoint: ENTRYPOINT, module: `/${WASM}` }] };
  return writeTarGz([
    { name: "/.manifest", data: new TextEncoder().encode(JSON.stringify(manifest)) },
    { name: `/${WASM}`, data: files.wasm },
    { name: `/${RULES}`, data: new TextEncoder().encode(files.rules) },
  ]);
}

/** Reads a file of at most `limit` bytes, checking the size before reading anything. */
async function readLimited(file: string, limit: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    if (size > limit)
      throw new ArchiveError(`it is ${mebibytes(size)}, more than the ${mebibytes(limit)} a policy bundle may have`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The policy and rule catalogue in a bundle; ArchiveError when the file is not a safe, complete bundle. */
export async function readPolicyBundle(file: string): Promise<PolicyFiles> {
  const members = readTarGz(await readLimited(file, BUNDLE_LIMITS.compressed), [WASM, RULES], BUNDLE_LIMITS);
  const wasm = members.get(WASM);
  const rules = members.get(RULES);
  const missing = [wasm ? "" : WASM, rules ? "" : RULES].filter(Boolean);
  if (!wasm || !rules)
    throw new ArchiveError(`it has no ${missing.join(" and no ")} (build it with 'zowe-ha-policy build-policies DIR')`);
  return { wasm, rules: new TextDecoder().decode(rules) };
}

/** The policy compiled from opa build's own bundle. */
export function wasmOfOpaBundle(bundle: Uint8Array): Uint8Array {
  const wasm = readTarGz(bundle, [WASM], BUNDLE_LIMITS, "any").get(WASM);
  if (!wasm) throw new ArchiveError(`opa build wrote no ${WASM}`);
  return wasm;
}
