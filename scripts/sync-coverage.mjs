#!/usr/bin/env node
// Regenerates the list of rules beyond the tracked rows of docs/coverage.md from the rules'
// METADATA in dist/rules.json (part of `npm run build:docs`, after the policy is built), so that
// a new rule needs no hand edit there. test/coverage.test.ts fails when the list is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importTypeScript } from "./import-typescript.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { withRuleList } = await importTypeScript(join(root, "src", "docs", "coverage.ts"));
const { readRules } = await importTypeScript(join(root, "src", "core", "rules.ts"));

const file = join(root, "docs", "coverage.md");
const text = readFileSync(file, "utf8");
const synced = withRuleList(text, readRules(join(root, "dist", "rules.json")));
if (synced !== text) {
  writeFileSync(file, synced);
  console.log("sync-coverage: docs/coverage.md lists the rules beyond its tracked rows anew");
}
