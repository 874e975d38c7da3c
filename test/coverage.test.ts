/**
 * docs/coverage.md maps Zowe's HA page and the rule catalog (both in ../shared) to rules: every
 * statement and catalog entry must be there, and every rule it names must exist.
 */
import { expect, test } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledPolicy, ROOT } from "./helpers.js";

const SHARED = join(ROOT, "..", "shared");
const coverage = readFileSync(join(ROOT, "docs", "coverage.md"), "utf8");

/** The page's statements: sentences of its paragraphs and bullets, link targets dropped. */
function statements(page: string): string[] {
  return page
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^:::.*$/gm, "")
    .replace(/^#+ .*$/gm, "")
    .split("\n")
    .map((line) => line.replace(/^\s*-\s*/, "").trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=\.)\s+(?=[A-Z])/));
}

test("the shared HA documentation is beside the repository", () => {
  expect(existsSync(join(SHARED, "seed", "configuring-high-availability.md"))).toBe(true);
  expect(existsSync(join(SHARED, "docs", "zowe-ha-catalog.md"))).toBe(true);
});

test("every statement of the Zowe HA page is listed", () => {
  const page = readFileSync(join(SHARED, "seed", "configuring-high-availability.md"), "utf8");
  const all = statements(page);
  expect(all.length).toBeGreaterThanOrEqual(15);
  for (const s of all)
    expect({ statement: s, listed: coverage.includes(`"${s}"`) }).toEqual({ statement: s, listed: true });
});

test("every catalog entry has a row with a rule or a reason", () => {
  const catalog = readFileSync(join(SHARED, "docs", "zowe-ha-catalog.md"), "utf8");
  const ids = [...catalog.matchAll(/\*\*(ZWE-HA-[0-9K]+) — /g)].map((m) => m[1]);
  expect(ids.length).toBeGreaterThan(40);
  for (const id of ids) {
    const row = coverage.split("\n").find((line) => line.startsWith(`| ${id} |`));
    expect({ id, row: Boolean(row) }).toEqual({ id, row: true });
    const cells = (row ?? "").split(" | ");
    expect({ id, enforcedOrExplained: /\[ZWE-HA-/.test(cells[2] ?? "") || (cells[3] ?? "").trim().length > 2 }).toEqual(
      { id, enforcedOrExplained: true },
    );
  }
});

test("every rule the coverage names exists and has a page", async () => {
  const { catalogue } = await bundledPolicy();
  const named = new Set(
    [...coverage.matchAll(/\[(ZWE-HA-[0-9K]+)\]\(rules\/(ZWE-HA-[0-9K]+)\.md\)/g)].map((m) =>
      m[1] === m[2] ? m[1] : `${m[1]}≠${m[2]}`,
    ),
  );
  expect(named.size).toBeGreaterThan(40);
  for (const id of named) {
    expect({ id, rule: Boolean(catalogue.get(id ?? "")) }).toEqual({ id, rule: true });
    expect(existsSync(join(ROOT, "docs", "rules", `${id}.md`))).toBe(true);
  }
});
