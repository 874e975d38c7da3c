#!/usr/bin/env node
// npm run new-rule -- <group> <name> [--root DIR]: writes policies/rules/<group>/<name>/ (the rule
// with its METADATA, opa unit tests, a pass and a fail sample) with the next free id of the group,
// and says what to do next. The logic is src/authoring/new-rule.ts; --root (default: this
// repository) is the folder that holds policies/.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { importTypeScript } from "./import-typescript.mjs";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = "usage: npm run new-rule -- <zowe|kubernetes> <name> [--root DIR]";

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { root: { type: "string" } } });
} catch (error) {
  console.error(`new-rule: ${error.message}\n${USAGE}`);
  process.exit(2);
}
const [group, name, ...more] = args.positionals;
if (!group || !name || more.length > 0) {
  console.error(USAGE);
  process.exit(2);
}
const { newRule, nextSteps, NewRuleError } = await importTypeScript(
  join(repository, "src", "authoring", "new-rule.ts"),
);
try {
  // npm runs scripts in the package folder; a relative --root is meant from where npm was run.
  const root = args.values.root ? resolve(process.env.INIT_CWD ?? process.cwd(), args.values.root) : repository;
  const rule = newRule(root, group, name);
  console.log(nextSteps(rule));
} catch (error) {
  if (!(error instanceof NewRuleError)) throw error;
  console.error(`new-rule: ${error.message}`);
  process.exit(2);
}
