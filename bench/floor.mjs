#!/usr/bin/env node
// The js-yaml parse floor: what reading and parsing a folder's YAML files costs in a cold
// process, with nothing else. It finds the files, reads each and parses every document with
// js-yaml (the reader `check` uses, with its schema), and prints the number of documents.
//
//   node bench/floor.mjs <folder>
import { readFileSync } from "node:fs";
import { CORE_SCHEMA, loadAll } from "js-yaml";
import { yamlFiles } from "./lib/files.mjs";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node bench/floor.mjs <folder>");
  process.exit(2);
}
let documents = 0;
for (const file of yamlFiles(dir)) {
  loadAll(
    readFileSync(file, "utf8"),
    (doc) => {
      if (doc !== null && doc !== undefined) documents += 1;
    },
    { schema: CORE_SCHEMA },
  );
}
console.log(JSON.stringify({ documents }));
