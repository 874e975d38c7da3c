/** Reads unified diffs: the lines a change adds or modifies, numbered as in the new version. */

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** The new-side line numbers of the added lines of a patch (one file's hunks, as the API gives them). */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const line of patch.split("\n")) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
    } else if (line.startsWith("+")) {
      lines.add(next);
      next += 1;
    } else if (line.startsWith(" ")) {
      next += 1;
    }
    // "-" lines exist only in the old version; "\ No newline at end of file" is no line at all.
  }
  return lines;
}

/** Git writes a path with unusual characters as a C string in double quotes. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  try {
    return JSON.parse(path) as string;
  } catch {
    return path.slice(1, -1);
  }
}

/** `git diff -U0` output → each file of the new version with its added lines (deleted files left out). */
export function parseGitDiff(diff: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  // Each file's section starts with "diff --git"; its new path is on the "+++ b/..." line.
  for (const section of diff.split(/^diff --git /m).slice(1)) {
    const target = /^\+\+\+ (.*)$/m.exec(section)?.[1];
    if (target === undefined || target === "/dev/null") continue;
    // Git ends a path that has a space with a tab, and quotes the prefix with the path.
    const path = unquote(target.replace(/\t$/, "")).replace(/^b\//, "");
    const start = section.search(/^@@ /m);
    files.set(path, start >= 0 ? addedLines(section.slice(start)) : new Set());
  }
  return files;
}
