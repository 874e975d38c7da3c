import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { c as customPolicyName, b as buildRegoFolder, s as serializeRules, a as combinePolicies, d as loadBundled, e as customPolicySource, r as rulesFileOf, p as packPolicyBundle } from './sources.js';
import 'node:fs';
import './config.js';
import './_config-validator.js';
import 'process';
import 'buffer';
import 'node:zlib';
import 'node:child_process';
import './rules.js';
import './warm-up.js';
import 'node:os';

/**
 * `zowe-ha-policy build-policies DIR`: an organisation's Rego compiled once into a file that
 * `policies:` can list, so that the runs that check repositories need no opa.
 */
/** Whether `output` names a .wasm (written with its .rules.json) rather than a .tar.gz bundle. */
function isWasmOutput(output) {
    return output.endsWith(".wasm");
}
/**
 * Compiles the folder and writes it to `output` (absolute). Before anything is written, the
 * result is loaded as a run would load it and its rule ids are checked against the bundled ones.
 */
async function buildPolicies(dir, output, context) {
    const { name, shown } = customPolicyName(dir, context.cwd);
    const compiled = buildRegoFolder({ name, dir, cwd: context.cwd, env: context.env, assets: context.assets });
    const files = { wasm: compiled.wasm, rules: serializeRules(compiled.rules) };
    combinePolicies([await loadBundled(context), await customPolicySource(files, name, shown)]);
    await mkdir(dirname(output), { recursive: true });
    if (isWasmOutput(output)) {
        await writeFile(output, files.wasm);
        await writeFile(rulesFileOf(output), files.rules);
        return { rules: compiled.rules.length, files: [output, rulesFileOf(output)] };
    }
    await writeFile(output, packPolicyBundle(files));
    return { rules: compiled.rules.length, files: [output] };
}

export { buildPolicies, isWasmOutput };
