/**
 * Which files Zowe merges into one configuration: the lists declared in .zowe-ha-policy.yaml
 * (zowe.configs), and the lists the repository shows (src/zowe/config-lists.ts) mapped to
 * repository files, unless they name a file of a declared list (what the user declares wins). A
 * list whose entries do not all map to exactly one file is not used (the configuration Zowe
 * reads cannot be rebuilt) and the entry is reported where the list is written.
 */
import type { Finding } from "../core/findings.js";
import type { LayerGroup } from "../model/builder.js";
import { fileFinding } from "../load/load-file.js";
import { DIAGNOSTICS } from "../core/rules.js";
import { mapConfigList, type ConfigList } from "./config-lists.js";

export interface Layering {
  groups: LayerGroup[];
  findings: Finding[];
  notices: string[];
}

/**
 * The layer groups: `declared` (absolute paths, highest priority first), then the repository's
 * lists mapped onto `files` (absolute paths).
 */
export function layering(
  declared: readonly (readonly string[])[],
  lists: readonly ConfigList[],
  files: readonly string[],
  show: (absolute: string) => string,
): Layering {
  const findings: Finding[] = [];
  const declaredFiles = new Set(declared.flat());
  const byFiles = new Map<string, { files: string[]; from: ConfigList[] }>();
  for (const list of lists) {
    const mapped = mapConfigList(list, files);
    for (const { entry, candidates } of mapped.unmapped) {
      const what =
        candidates.length === 0
          ? `maps to no file of the repository (${entry.kind === "FILE" ? "no file path ends like it" : `no file is named ${entry.target}`})`
          : `maps to several files (${candidates.map(show).join(", ")})`;
      findings.push(
        fileFinding(
          DIAGNOSTICS.configListEntry,
          list.file,
          `${entry.text} of the configuration list ${list.text} ${what}: the list is not used, so its files are not checked as the one ` +
            "configuration Zowe merges from them; keep every file of the list in the repository under a path that ends like the " +
            "entry, or declare the list in .zowe-ha-policy.yaml (zowe.configs)",
          entry.region,
        ),
      );
    }
    if (!mapped.files || mapped.files.some((f) => declaredFiles.has(f))) continue;
    const key = mapped.files.join("\0");
    const group = byFiles.get(key);
    if (group) group.from.push(list);
    else byFiles.set(key, { files: mapped.files, from: [list] });
  }
  const notices = [...byFiles.values()].map(({ files: layers, from }) => {
    const where = from.map((l) => `${l.file}:${l.region.line}`).join(", ");
    return `${where}: Zowe reads ${from[0]?.text}; checked as one configuration: ${layers.map(show).join(" over ")}`;
  });
  const groups = [...declared, ...[...byFiles.values()].map((g) => g.files)].map((layers) => ({ files: layers }));
  return { groups, findings, notices };
}
