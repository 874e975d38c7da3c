import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { s as shownPath, d as defaultConfig } from './config.js';
import { c as customPolicyName, b as buildRegoFolder, e as customPolicySource, s as serializeRules, a as combinePolicies, d as loadBundled, o as opaOnPath, f as libraryFiles } from './sources.js';
import { s as scan } from './scan.js';
import { e as sampleZoweVersion } from './rules.js';
import { e as expectations, S as SampleMarkError, c as comparablePlaces } from './sample-marks.js';
import 'node:fs/promises';
import './_config-validator.js';
import 'process';
import 'buffer';
import 'node:zlib';
import './warm-up.js';
import 'node:os';
import 'node:crypto';
import './merge.js';
import 'node:util';

/**
 * `zowe-ha-policy test-policies DIR`: the quality bar of the bundled rules, for an organisation's
 * own. The folder's `_test.rego` unit tests run with `opa test` (with the tool's library), and
 * every rule's samples run through the compiled wasm the way users' files are checked: a pass
 * sample gives no finding of its rule; in a fail sample the lines marked `# expect: <ID>` are
 * exactly where the rule reports, and `# expect: <ID>@<column>` pins the column too
 * (./sample-marks.ts). Every rule needs unit tests beside it and both kinds of sample.
 */
/** `opa test` of the folder with the library; true when every test passed. */
function unitTests(dir, context) {
    const opa = opaOnPath(context.env);
    const paths = [...libraryFiles(context.assets), dir].map((p) => shownPath(context.cwd, p));
    const result = spawnSync(opa.file, ["test", "--ignore", "*.yaml", "--ignore", "*.yml", "--ignore", "*.json", "--ignore", "node_modules", ...paths], { cwd: context.cwd, env: opa.env, encoding: "utf8" });
    const output = `${result.stdout}${result.stderr}`.trim();
    context.write(`opa test ${shownPath(context.cwd, dir)}\n${output ? `${output.replace(/^/gm, "  ")}\n` : "  no test cases found\n"}`);
    return result.status === 0;
}
/** The rule's problems: missing unit tests or samples, and samples that do not give the expected findings. */
async function ruleProblems(rule, bundle, context) {
    const folder = dirname(resolve(context.cwd, rule.file));
    const problems = [];
    if (!readdirSync(folder).some((f) => f.endsWith("_test.rego")))
        problems.push(`no unit tests: add a _test.rego beside ${rule.file}`);
    if (rule.examples.pass.length === 0)
        problems.push("no pass*.yaml sample");
    if (rule.examples.fail.length === 0)
        problems.push("no fail*.yaml sample");
    for (const sample of [...rule.examples.pass, ...rule.examples.fail]) {
        const file = join(folder, sample.name);
        const result = await scan({
            paths: [file],
            cwd: context.cwd,
            zoweVersion: sampleZoweVersion(sample.name),
            config: defaultConfig(context.cwd),
        }, bundle);
        const shown = shownPath(context.cwd, file);
        for (const f of result.findings.filter((x) => x.ruleId === "yaml-syntax"))
            problems.push(`${shown}:${f.line}: ${f.message}`);
        let marked;
        try {
            marked = expectations(sample.text, rule.id);
        }
        catch (error) {
            if (!(error instanceof SampleMarkError))
                throw error;
            problems.push(`${shown}: ${error.message}`);
            continue;
        }
        const { expected, actual } = comparablePlaces(marked, result.findings.filter((f) => f.ruleId === rule.id));
        if (sample.name.startsWith("fail") && expected.length === 0)
            problems.push(`${shown}: no line is marked '# expect: ${rule.id}'`);
        else if (actual.join() !== expected.join())
            problems.push(`${shown}: expected findings at lines [${expected.join(", ")}], got [${actual.join(", ")}]`);
    }
    return problems;
}
/** Runs the folder's tests and writes what it found; true when everything passed. */
async function testPolicies(dir, context) {
    const unitPassed = unitTests(dir, context);
    const { name, shown } = customPolicyName(dir, context.cwd);
    const compiled = buildRegoFolder({ name, dir, cwd: context.cwd, env: context.env, assets: context.assets });
    const source = await customPolicySource({ wasm: compiled.wasm, rules: serializeRules(compiled.rules) }, name, shown);
    combinePolicies([await loadBundled(context), source]);
    const bundle = combinePolicies([source]);
    let failed = 0;
    for (const rule of compiled.rules) {
        const problems = await ruleProblems(rule, bundle, context);
        const samples = rule.examples.pass.length + rule.examples.fail.length;
        context.write(problems.length === 0
            ? `ok    ${rule.id}  ${samples} samples\n`
            : `FAIL  ${rule.id}\n${problems.map((p) => `  ${p}\n`).join("")}`);
        if (problems.length > 0)
            failed += 1;
    }
    const rules = compiled.rules.length;
    const passed = unitPassed && failed === 0;
    context.write(`\n${passed ? "✔" : "✖"} ${rules - failed} of ${rules} rules passed their samples; Rego unit tests ${unitPassed ? "passed" : "failed"}\n`);
    return passed;
}

export { testPolicies };
