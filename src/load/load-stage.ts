/**
 * The load stage: every file read and parsed once, its problems reported, its suppression
 * comments kept for the filter, and the configuration lists it shows (a workflow's
 * `zwe start --config ...`) collected; the other files (procedures, scripts) only searched for
 * configuration lists.
 */
import type { Finding } from "../findings.js";
import type { InlineSuppression } from "../filter/inline.js";
import { findConfigLists, type ConfigList } from "../zowe/config-lists.js";
import { loadFile } from "./load-file.js";
import { readSource, type ReadLimits } from "./read.js";
import type { ParseLimits, SourceFile } from "./yaml.js";

export interface Loaded {
  sources: Array<{ absolute: string; source: SourceFile }>;
  comments: Map<string, InlineSuppression[]>;
  findings: Finding[];
  configLists: ConfigList[];
}

export function loadFiles(
  files: readonly string[],
  others: readonly string[],
  show: (absolute: string) => string,
  limits: ReadLimits & ParseLimits,
): Loaded {
  const loaded: Loaded = { sources: [], comments: new Map(), findings: [], configLists: [] };
  for (const absolute of files) {
    const shown = show(absolute);
    const file = loadFile(absolute, shown, limits);
    if ("problem" in file) {
      loaded.findings.push(file.problem);
      continue;
    }
    loaded.sources.push({ absolute, source: file.source });
    loaded.comments.set(shown, file.comments);
    loaded.findings.push(...file.problems);
    loaded.configLists.push(...findConfigLists(file.text, shown));
  }
  for (const absolute of others) {
    // Only text that reads cleanly: a binary or oversized file shows no list and is not ours to report.
    const read = readSource(absolute, limits);
    if ("text" in read) loaded.configLists.push(...findConfigLists(read.text, show(absolute)));
  }
  return loaded;
}
