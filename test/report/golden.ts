/**
 * Golden files: a renderer's whole output compared with a file under test/report/golden/.
 *
 * A normal run only reads them: a missing or different golden fails the test with the difference.
 * To accept a change of output, write them explicitly and review the diff before committing:
 *
 *   UPDATE_GOLDEN=1 npm test -- test/report
 */
import { expect } from "@jest/globals";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), "golden");
const UPDATING = process.env.UPDATE_GOLDEN === "1";

export function goldenPath(name: string): string {
  return join(GOLDEN_DIR, name);
}

/** Compares output with golden/<name>; with UPDATE_GOLDEN=1, (re)writes that file instead. */
export function expectGolden(name: string, output: string): void {
  const file = goldenPath(name);
  if (UPDATING) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, output);
    return;
  }
  if (!existsSync(file))
    throw new Error(
      `No golden file ${relative(process.cwd(), file)}: create it with UPDATE_GOLDEN=1 npm test -- test/report, then review it`,
    );
  // toBe on strings shows the lines that differ.
  expect(output).toBe(readFileSync(file, "utf8"));
}
