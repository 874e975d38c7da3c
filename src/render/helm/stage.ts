/**
 * A chart copied into a temporary folder for Helm to read, so that the render never writes into
 * the repository and never reads outside it: symbolic links are followed only to files inside
 * the root, `file://` dependencies are copied into the copy's charts/ (Helm then needs no
 * `dependency build`, which would write into the chart and may use the network), and the copy
 * is bounded in files and bytes.
 */
import { copyFileSync, lstatSync, mkdirSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { ChartNode } from "./plan.js";

/** Far above real charts (Zowe's would be ~40 files, a few hundred KiB). */
export const STAGE_LIMITS = { files: 5_000, bytes: 64 * 1024 * 1024 };

export class StageError extends Error {}

export interface Staged {
  /** The copy of the chart. */
  dir: string;
  /** Copied folder → original folder, deepest first: to name files in messages as the user knows them. */
  origins: Array<[string, string]>;
  /** Links that were not followed, as original paths. */
  notFollowed: string[];
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

export function stageChart(chart: ChartNode, root: string, into: string): Staged {
  const budget = { files: 0, bytes: 0 };
  const staged: Staged = { dir: join(into, "chart"), origins: [], notFollowed: [] };
  const realRoot = realpathSync(root);

  const copyTree = (from: string, to: string, seen: ReadonlySet<string>): void => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.name === ".git") continue;
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      let real = source;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          real = realpathSync(source);
          isDir = statSync(real).isDirectory();
        } catch {
          staged.notFollowed.push(source);
          continue;
        }
        if (!inside(realRoot, real)) {
          staged.notFollowed.push(source);
          continue;
        }
      } else if (!isDir && !entry.isFile()) continue;
      if (isDir) {
        if (seen.has(real)) continue;
        copyTree(real, target, new Set([...seen, real]));
      } else {
        const size = lstatSync(real).size;
        budget.files += 1;
        budget.bytes += size;
        if (budget.files > STAGE_LIMITS.files || budget.bytes > STAGE_LIMITS.bytes)
          throw new StageError(
            `the chart has more than ${STAGE_LIMITS.files} files or ${STAGE_LIMITS.bytes / 1024 / 1024} MiB; it was not rendered`,
          );
        copyFileSync(real, target);
      }
    }
  };

  /** A chart's copy (a vendored subchart was copied with its parent), then its file:// dependencies under it. */
  const stageNode = (node: ChartNode, to: string, copy: boolean): void => {
    if (copy) copyTree(node.dir, to, new Set([node.dir]));
    staged.origins.push([to, node.dir]);
    const linked = new Set<string>();
    for (const [as, child] of node.children) {
      if (child.archive) continue;
      if (!child.linked) {
        stageNode(child, join(to, "charts", ...relativeParts(node.dir, child.dir)), false);
      } else if (!linked.has(child.dir)) {
        linked.add(child.dir);
        if (inside(realRoot, realpathSync(child.dir))) stageNode(child, join(to, "charts", freeName(to, as)), true);
        else staged.notFollowed.push(child.dir);
      }
    }
  };

  stageNode(chart, staged.dir, true);
  staged.origins.sort((a, b) => b[0].length - a[0].length);
  return staged;
}

/** The folder's path under the parent's charts/ (a vendored subchart). */
function relativeParts(parent: string, child: string): string[] {
  const rest = child.slice(parent.length + 1).split(sep);
  return rest[0] === "charts" ? rest.slice(1) : rest;
}

function freeName(dir: string, name: string): string {
  let candidate = name;
  for (let n = 2; exists(join(dir, "charts", candidate)); n++) candidate = `${name}-${n}`;
  return candidate;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
