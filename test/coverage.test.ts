/**
 * docs/coverage.md maps what Zowe's HA page says and the entries of the rule catalog (both
 * tracked there, in the project's own words) to the rules: every tracked statement and entry has
 * a row naming existing rules or a reason, and every bundled rule appears somewhere.
 */
import { expect, test } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledPolicy, ROOT } from "./helpers.js";

const coverage = readFileSync(join(ROOT, "docs", "coverage.md"), "utf8");
const tracked = /^Tracked: the page's (\d+) statements and its admonition, and the catalog's (\d+) entries\.$/m.exec(
  coverage,
);

/** The rows of the first table under the heading, as cells. */
function table(heading: string): string[][] {
  const section = coverage.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  if (!section) throw new Error(`docs/coverage.md has no section "## ${heading}"`);
  return section
    .split("\n")
    .filter((line) => line.startsWith("| "))
    .slice(2) // the header and the separator
    .map((line) =>
      line
        .slice(2, -2)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
}

const RULE_LINK = /\[(ZWE-HA-[0-9K]+)\]\(rules\/(ZWE-HA-[0-9K]+)\.md\)/g;

/** A row either names a rule (or another mechanism) that enforces it, or says why files cannot. */
function enforcedOrExplained([, , enforced = "", reason = ""]: string[]): boolean {
  return (
    /\[ZWE-HA-[0-9K]+\]\(rules\//.test(enforced) || (enforced !== "—" && enforced.length > 2) || reason.length > 10
  );
}

test("the file says what it tracks", () => {
  expect(tracked).not.toBeNull();
});

test("every statement of the Zowe page has a row, numbered 1 to N, enforced or explained", () => {
  const rows = table("The Zowe page, statement by statement");
  const count = Number(tracked?.[1]);
  expect(count).toBeGreaterThanOrEqual(19);
  expect(rows.map((r) => r[0])).toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
  for (const row of rows) {
    expect({ row: row[0], statement: (row[1] ?? "").length > 10 }).toEqual({ row: row[0], statement: true });
    expect({ row: row[0], enforcedOrExplained: enforcedOrExplained(row) }).toEqual({
      row: row[0],
      enforcedOrExplained: true,
    });
  }
  expect(coverage).toMatch(/^Admonition: .+; nothing to check\.$/m);
});

test("every catalog entry has one row, with a rule or a reason", () => {
  const rows = table("The rule catalog");
  const ids = rows.map((r) => r[0]);
  expect(ids.length).toBe(Number(tracked?.[2]));
  expect(new Set(ids).size).toBe(ids.length);
  for (const row of rows) {
    expect(row[0]).toMatch(/^ZWE-HA-[0-9K]+$/);
    expect({ id: row[0], entry: (row[1] ?? "").length > 5 }).toEqual({ id: row[0], entry: true });
    expect({ id: row[0], enforcedOrExplained: enforcedOrExplained(row) }).toEqual({
      id: row[0],
      enforcedOrExplained: true,
    });
  }
});

test("statements are in the project's words: no quoted sentences", () => {
  for (const row of [...table("The Zowe page, statement by statement"), ...table("The rule catalog")])
    expect({ row: row[0], quoted: /^["“]/.test(row[1] ?? "") }).toEqual({ row: row[0], quoted: false });
});

test("every rule the coverage names exists and has a page; every bundled rule is named", async () => {
  const { catalogue } = await bundledPolicy();
  const named = new Set([...coverage.matchAll(RULE_LINK)].map((m) => (m[1] === m[2] ? m[1]! : `${m[1]}≠${m[2]}`)));
  expect(named.size).toBeGreaterThan(40);
  for (const id of named) {
    expect({ id, rule: Boolean(catalogue.get(id)) }).toEqual({ id, rule: true });
    expect({ id, page: existsSync(join(ROOT, "docs", "rules", `${id}.md`)) }).toEqual({ id, page: true });
  }
  for (const rule of catalogue.rules.filter((r) => r.package !== ""))
    expect({ id: rule.id, named: named.has(rule.id) }).toEqual({ id: rule.id, named: true });
});
