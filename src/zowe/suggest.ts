/** "Did you mean": the known name a misspelt one most likely stands for. */

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const cols = b.length + 1;
  const d = new Uint32Array((a.length + 1) * cols);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * How many edits a name of this length may be away from the name meant: none in names of three
 * letters (`zss` is not `zis`), one in four (`prot`), two in most, three in long ones such as
 * `workspaceDirectory`; one wherever other names are legitimate.
 */
function tolerance(length: number, strict: boolean): number {
  if (length <= 3) return 0;
  if (strict || length === 4) return 1;
  return length <= 12 ? 2 : 3;
}

/**
 * The candidate name is most likely meant by, or undefined when none is close or two are equally
 * close. Case is ignored first (`sysName` → `sysname`). Strict: where other names are legitimate
 * (extension names beside Zowe's components, component keys we do not list), only one edit
 * counts (`prot` → `port`), and a known name followed by a suffix (`gateway-ext`, `zss2`) is taken as a name of its own.
 */
export function suggest(name: string, candidates: Iterable<string>, strict = false): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    if (candidate === name) return undefined;
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    if (strict && lower.startsWith(other) && /^[-_.0-9]/.test(lower.slice(other.length))) continue;
    const allowed = tolerance(Math.max(lower.length, other.length), strict);
    // The distance is at least the difference in length: most names need no comparison.
    if (Math.abs(lower.length - other.length) > allowed) continue;
    const distance = editDistance(lower, other);
    if (distance > allowed) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}
