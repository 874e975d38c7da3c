#!/usr/bin/env node
// Writes the action's repository (package.json `repository`) into the README, docs/action.md
// and the reusable workflow, which cannot read package.json (part of `npm run build:docs`).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importTypeScript } from "./import-typescript.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { githubRepository } = await importTypeScript(join(root, "src", "init", "workflow.ts"));
const { ACTION_HOME_FILES, withActionHome } = await importTypeScript(join(root, "src", "docs", "action-home.ts"));

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const repository = githubRepository(pkg.repository);
if (!repository) {
  console.error(
    `sync-action-home: package.json's repository (${JSON.stringify(pkg.repository)}) names no GitHub repository`,
  );
  process.exit(1);
}
for (const name of ACTION_HOME_FILES) {
  const file = join(root, name);
  const text = readFileSync(file, "utf8");
  const synced = withActionHome(text, repository);
  if (synced !== text) {
    writeFileSync(file, synced);
    console.log(`sync-action-home: ${name} now names ${repository}`);
  }
}
