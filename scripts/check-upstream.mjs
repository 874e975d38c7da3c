#!/usr/bin/env node
// Checks Zowe's own files with the built CLI, for reviewing rule changes against what Zowe
// publishes (its files are not copied into this repository, and the tests read nothing outside it):
//
//   node scripts/check-upstream.mjs GIT_DIR_OF_ZOWE_INSTALL_PACKAGING [REF ...]
//
// For each ref (default HEAD): example-zowe.yaml as published and with its haInstances block
// uncommented, with the Zowe version the ref is (v2 for refs that start with v2), and the
// containers/kubernetes manifests. Prints every finding.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [gitDir, ...refs] = process.argv.slice(2);
if (!gitDir) {
  console.error("usage: node scripts/check-upstream.mjs GIT_DIR_OF_ZOWE_INSTALL_PACKAGING [REF ...]");
  process.exit(2);
}
const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const git = (...args) =>
  execFileSync("git", ["-C", gitDir, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

function check(dir, label, version) {
  const args = [
    cli,
    "check",
    ".",
    "--fail-on",
    "none",
    "--allow-nothing-to-check",
    ...(version ? ["--zowe-version", version] : []),
  ];
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
  console.log(`\n## ${label}\n`);
  console.log(r.stdout.trimEnd() || r.stderr.trimEnd());
}

for (const ref of refs.length > 0 ? refs : ["HEAD"]) {
  const version = ref.startsWith("v2") ? "2" : "3";
  const work = mkdtempSync(join(tmpdir(), "zhp-upstream-"));
  try {
    const text = git("show", `${ref}:example-zowe.yaml`);
    let uncommenting = false;
    const uncommented = text
      .split("\n")
      .map((line) => {
        if (line.startsWith("# haInstances:")) uncommenting = true;
        return uncommenting ? line.replace(/^# ?/, "") : line;
      })
      .join("\n");
    for (const [name, content] of [
      ["published", text],
      ["ha", uncommented],
    ]) {
      mkdirSync(join(work, name));
      writeFileSync(join(work, name, "zowe.yaml"), content);
      check(join(work, name), `${ref}: example-zowe.yaml (${name}), Zowe v${version}`, version);
    }
    const archive = join(work, "k8s");
    mkdirSync(archive);
    const tar = spawnSync("sh", [
      "-c",
      `git -C "${gitDir}" archive "${ref}" containers/kubernetes | tar -x -C "${archive}"`,
    ]);
    if (tar.status === 0) check(archive, `${ref}: containers/kubernetes`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
