/** docs/rules/ is generated from the rule METADATA and samples; a stale page fails the build. */
import { expect, test } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleDocs } from "../src/docs/rule-doc.js";
import { bundledPolicy, cli, ROOT } from "./helpers.js";

const DOCS = join(ROOT, "docs", "rules");

test("docs/rules/ matches the rules (run 'npm run build' to regenerate)", async () => {
  const { catalogue } = await bundledPolicy();
  const pages = ruleDocs(catalogue.rules);
  expect(
    readdirSync(DOCS)
      .filter((f) => f.endsWith(".md"))
      .sort(),
  ).toEqual([...pages.keys()].sort());
  for (const [name, text] of pages)
    expect({ name, text: readFileSync(join(DOCS, name), "utf8") }).toEqual({ name, text });
});

test("every policy rule's page has why, how to fix, a before/after pair and a source", async () => {
  const { catalogue } = await bundledPolicy();
  for (const rule of catalogue.rules.filter((r) => r.package)) {
    const page = ruleDocsPage(rule.id, ruleDocs(catalogue.rules));
    expect(page).toMatch(/^## Why$/m);
    expect(page).toMatch(/^## How to fix$/m);
    expect(page).toMatch(/^### Before: reported$/m);
    expect(page).toContain(`# ← ${rule.id} is reported here`);
    expect(page).toMatch(/^## Sources\n\n- \[.+\]\(https?:\/\/.+\)$/m);
  }
});

function ruleDocsPage(id: string, pages: Map<string, string>): string {
  const page = pages.get(`${id}.md`);
  if (!page) throw new Error(`no page for ${id}`);
  return page;
}

test("explain prints the rule's page", async () => {
  const r = await cli(["explain", "zwe-ha-010"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(readFileSync(join(DOCS, "ZWE-HA-010.md"), "utf8"));
  const missing = await cli(["explain", "ZWE-HA-999"]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/no rule "ZWE-HA-999"/);
});
