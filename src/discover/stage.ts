/**
 * The discover stage: the files below the paths that the configuration has checked (its include
 * and exclude globs; a file it names as a Zowe layer always), and the other files that may show
 * how Zowe reads its configuration.
 */
import { fileFilter } from "../config/apply.js";
import type { Config } from "../config/config.js";
import type { Finding } from "../core/findings.js";
import { DIAGNOSTICS } from "../core/rules.js";
import { fileFinding } from "../load/load-file.js";
import { discover } from "./discover.js";

export interface Discovered {
  /** YAML and JSON files to read, absolute. */
  files: string[];
  /** Other files searched only for configuration lists (procedures, scripts), absolute. */
  others: string[];
  /** Paths that could not be read. */
  findings: Finding[];
  notices: string[];
}

export function discoverStage(paths: readonly string[], cwd: string, config: Config): Discovered {
  const found = discover(paths, cwd);
  const declaredLayers = new Set(config.layerGroups.flat());
  const checked = fileFilter(config);
  return {
    files: found.files.filter((f) => declaredLayers.has(f) || checked(f)),
    others: found.others.filter(checked),
    findings: found.unreadable.map(({ path, reason, folder }) =>
      fileFinding(folder ? DIAGNOSTICS.unreadableFolder : DIAGNOSTICS.unreadable, path, reason),
    ),
    notices: found.notices,
  };
}
