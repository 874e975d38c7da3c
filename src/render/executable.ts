/** Finding a render tool (helm, kustomize) the way a shell does: the first folder of PATH that has it. */
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter, join } from "node:path";

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The first folder of PATH holding an executable file of one of the names (tried in order in each folder). */
export async function findOnPath(names: readonly string[], pathVariable: string): Promise<string | undefined> {
  for (const dir of pathVariable.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const command = join(dir, name);
      if (await executable(command)) return command;
    }
  }
  return undefined;
}
