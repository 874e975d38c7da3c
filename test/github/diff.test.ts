/** Reading diffs: the API's per-file patches and `git diff -U0`. */
import { expect, test } from "@jest/globals";
import { addedLines, parseGitDiff } from "../../src/github/diff.js";

test("added lines of a patch, numbered in the new version", () => {
  const patch = [
    "@@ -1,4 +1,5 @@",
    " zowe:",
    "-  a: 1",
    "+  a: 2",
    "+  b: 3",
    " c:",
    "@@ -20,0 +21,2 @@",
    "+x",
    "+y",
    "\\ No newline at end of file",
  ].join("\n");
  expect([...addedLines(patch)]).toEqual([2, 3, 21, 22]);
});

test("git diff -U0: files with their added lines; deletions left out; quoted paths", () => {
  const diff = [
    "diff --git a/k8s/gateway.yaml b/k8s/gateway.yaml",
    "index 1..2 100644",
    "--- a/k8s/gateway.yaml",
    "+++ b/k8s/gateway.yaml",
    "@@ -10 +10 @@ spec:",
    "-  replicas: 1",
    "+  replicas: 2",
    "@@ -30,0 +31,2 @@",
    "+a",
    "+b",
    "diff --git a/old.yaml b/old.yaml",
    "deleted file mode 100644",
    "--- a/old.yaml",
    "+++ /dev/null",
    "@@ -1 +0,0 @@",
    "-x",
    'diff --git "a/with \\"quote\\".yaml" "b/with \\"quote\\".yaml"',
    "new file mode 100644",
    "--- /dev/null",
    '+++ "b/with \\"quote\\".yaml"',
    "@@ -0,0 +1 @@",
    "+zowe: {}",
  ].join("\n");
  expect(parseGitDiff(diff)).toEqual(
    new Map([
      ["k8s/gateway.yaml", new Set([10, 31, 32])],
      ['with "quote".yaml', new Set([1])],
    ]),
  );
});
