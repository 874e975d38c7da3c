/**
 * Deployment units: which Kubernetes objects are applied together to one cluster, so that rules
 * relate an HPA to its target, a PDB to its pods or a ConfigMap to its StatefulSet only within
 * one unit. A repository often holds several clusters (clusters/prod and clusters/dev, or a
 * compliant and a non-compliant example) whose objects share names; treated as one, each would
 * judge the other's objects.
 *
 * An object rendered by Kustomize or Helm belongs to its render (one kustomization, one Helm
 * release). Other objects are grouped by folder:
 * - a folder listed by `kubernetes.units` (globs) in the configuration is one unit with all the
 *   files below it (the deepest listed folder wins);
 * - otherwise a folder's own files and its subfolders are one unit, except subfolders that hold
 *   an object of the same identity (API group, kind, namespace and name) as another subfolder or
 *   as the folder's own files: one cluster cannot hold two such objects, so those subfolders are
 *   other clusters (clusters/prod and clusters/dev) or variants (a vendor's version of a sample
 *   Service, applied with the rest of its folder) and each is a unit of its own; one cluster split
 *   by component (gateway/, discovery/, config/) stays one unit.
 * Two objects of one identity in one folder are one unit's duplicate, which a rule reports.
 */
import { dirname, sep } from "node:path";
import { isObject, type JsonObject } from "../core/json.js";

export interface UnitMember {
  /** The object's identity, or undefined when it has none (no name): it never repeats one. */
  identity: string | undefined;
  /** Absolute path of the folder of the file it is written in. */
  folder: string;
  /** The unit of an object produced by a render, which no folder rule changes. */
  rendered?: string;
}

export interface UnitOptions {
  /** The folder a `kubernetes.units` glob selects for this folder (absolute), if any. */
  listedUnit: (folder: string) => string | undefined;
  /** A folder as shown to the user. */
  show: (folder: string) => string;
}

/** "apps/Deployment/zowe/gateway": what makes two objects the same object in one cluster. */
export function identityOf(object: JsonObject): string | undefined {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const { name } = metadata;
  if (typeof name !== "string" || name === "" || typeof object.kind !== "string") return undefined;
  const apiVersion = typeof object.apiVersion === "string" ? object.apiVersion : "";
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  const namespace =
    typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : "default";
  return `${group}/${object.kind}/${namespace}/${name}`;
}

interface Folder {
  path: string;
  children: Folder[];
  members: number[];
}

/** Objects of a subtree that may still join their parent folder's unit. */
interface Open {
  members: number[];
  identities: Set<string>;
  /** The folders whose objects it holds. */
  folders: string[];
}

export interface Units {
  /** The unit of each member, by name (a folder as shown, or the render's name). */
  units: string[];
  /**
   * Objects a unit is applied together with but does not hold: a subfolder that redefines some
   * objects of its folder (a vendor's variant of a sample Service) is a unit of its own, applied
   * with the rest of its folder's unit, whose other objects it refers to.
   */
  context: Array<{ unit: string; members: number[] }>;
}

export function assignUnits(members: readonly UnitMember[], options: UnitOptions): Units {
  const units: string[] = new Array<string>(members.length);
  const byFolder = new Map<string, number[]>();
  members.forEach((member, index) => {
    if (member.rendered !== undefined) {
      units[index] = member.rendered;
      return;
    }
    const listed = options.listedUnit(member.folder);
    if (listed !== undefined) {
      units[index] = options.show(listed);
      return;
    }
    let list = byFolder.get(member.folder);
    if (!list) byFolder.set(member.folder, (list = []));
    list.push(index);
  });
  if (byFolder.size === 0) return { units, context: [] };

  /** The unit each folder's own objects ended in, and the units closed below a folder. */
  const unitOfFolder = new Map<string, string>();
  const closed: Array<{ name: string; part: Open; parent?: string }> = [];
  const close = (folder: string, part: Open, parent?: string) => {
    const name = options.show(folder);
    for (const index of part.members) units[index] = name;
    for (const f of part.folders) unitOfFolder.set(f, name);
    closed.push({ name, part, ...(parent !== undefined ? { parent } : {}) });
  };
  // Bottom-up. A folder's own files and the open parts of its subfolders join into one part,
  // except subfolders that repeat an identity of another part: those are other clusters (two
  // subfolders that repeat each other's objects) or variants of their folder (a subfolder that
  // redefines some of its folder's own objects), and each becomes a unit of its own.
  const visit = (folder: Folder): Open | undefined => {
    const own: Open = { members: folder.members, identities: identitiesOf(folder.members), folders: [folder.path] };
    const parts: Array<{ path: string; part: Open }> = [];
    for (const child of folder.children) {
      const part = visit(child);
      if (part) parts.push({ path: child.path, part });
    }
    const owners = new Map<string, number>();
    const apart = new Set<number>();
    parts.forEach(({ part }, k) => {
      for (const identity of part.identities) {
        const owner = own.identities.has(identity) ? -1 : owners.get(identity);
        if (owner === undefined) owners.set(identity, k);
        else if (owner !== k) apart.add(owner).add(k);
      }
    });
    const joined = own;
    parts.forEach(({ path, part }, k) => {
      if (apart.has(k)) return close(path, part, folder.path);
      joined.members = [...joined.members, ...part.members];
      for (const identity of part.identities) joined.identities.add(identity);
      joined.folders.push(...part.folders);
    });
    return joined.members.length > 0 ? joined : undefined;
  };
  const identitiesOf = (indexes: readonly number[]) => {
    const identities = new Set<string>();
    for (const index of indexes) {
      const identity = members[index]?.identity;
      if (identity !== undefined) identities.add(identity);
    }
    return identities;
  };
  const root = folderTree(byFolder);
  const rest = visit(root);
  if (rest) close(root.path, rest);

  const byName = new Map(closed.map((c) => [c.name, c.part]));
  const context: Units["context"] = [];
  for (const { name, part, parent } of closed) {
    let folder = parent;
    while (folder !== undefined && !unitOfFolder.has(folder))
      folder = folder === root.path ? undefined : dirname(folder);
    const base = folder !== undefined ? byName.get(unitOfFolder.get(folder) as string) : undefined;
    if (!base || base === part) continue;
    const extra = base.members.filter((m) => {
      const identity = members[m]?.identity;
      return identity === undefined || !part.identities.has(identity);
    });
    if (extra.length > 0) context.push({ unit: name, members: extra });
  }
  return { units, context };
}

/** The folders holding members and their ancestors up to the deepest folder above all of them. */
function folderTree(byFolder: ReadonlyMap<string, number[]>): Folder {
  const paths = [...byFolder.keys()];
  let top = paths[0] as string;
  for (const path of paths) while (!within(path, top)) top = dirname(top);
  const folders = new Map<string, Folder>();
  const folderAt = (path: string): Folder => {
    let folder = folders.get(path);
    if (folder) return folder;
    folder = { path, children: [], members: byFolder.get(path) ?? [] };
    folders.set(path, folder);
    if (path !== top) folderAt(dirname(path)).children.push(folder);
    return folder;
  };
  for (const path of paths) folderAt(path);
  return folderAt(top);
}

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}
