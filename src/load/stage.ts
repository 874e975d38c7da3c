/**
 * The load stage: every file that no render step consumed read and parsed once, its problems
 * reported and its suppression comments kept for the filter; then the layer groups Zowe merges,
 * from the configuration and the lists the files show (a ZWESLSTC's CONFIG=, a workflow's
 * `zwe start --config ...`), and the layers among the other files (PARMLIB members) read too.
 */
import type { Config } from "../config/config.js";
import type { Finding } from "../core/findings.js";
import type { Discovered } from "../discover/stage.js";
import type { InlineSuppression } from "../filter/inline.js";
import type { LayerGroup } from "../model/builder.js";
import { findConfigLists, type ConfigList } from "../zowe/config-lists.js";
import { layering } from "../zowe/layering.js";
import { loadFile } from "./load-file.js";
import { readSource, type ReadLimits } from "./read.js";
import type { ParseLimits, SourceFile } from "./yaml.js";

export interface Loaded extends Omit<LoadedFiles, "configLists"> {
  /** The files Zowe reads as one configuration, each list highest priority first. */
  layers: LayerGroup[];
  notices: string[];
}

export function loadStage(
  discovered: Discovered,
  rendered: ReadonlySet<string>,
  config: Config,
  show: (absolute: string) => string,
): Loaded {
  const files = loadFiles(
    discovered.files.filter((f) => !rendered.has(f)),
    discovered.others,
    show,
    config.limits,
  );
  const layers = layering(config.layerGroups, files.configLists, [...discovered.files, ...discovered.others], show);
  // A PARMLIB member named as a layer may have no .yaml extension: read it as YAML too.
  const others = new Set(discovered.others);
  const members = loadFiles(
    layers.groups.flatMap((g) => g.files).filter((f) => others.has(f)),
    [],
    show,
    config.limits,
  );
  return {
    sources: [...files.sources, ...members.sources],
    comments: new Map([...files.comments, ...members.comments]),
    findings: [...files.findings, ...members.findings, ...layers.findings],
    layers: layers.groups,
    notices: layers.notices,
  };
}

interface LoadedFiles {
  sources: Array<{ absolute: string; source: SourceFile }>;
  comments: Map<string, InlineSuppression[]>;
  findings: Finding[];
  configLists: ConfigList[];
}

function loadFiles(
  files: readonly string[],
  others: readonly string[],
  show: (absolute: string) => string,
  limits: ReadLimits & ParseLimits,
): LoadedFiles {
  const loaded: LoadedFiles = { sources: [], comments: new Map(), findings: [], configLists: [] };
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
