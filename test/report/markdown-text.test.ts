/**
 * Markdown text (src/report/markdown-text.ts): what GitHub shows, rendered as GitHub renders it
 * (test/report/gfm.ts), is what was written.
 */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { join } from "node:path";
import { cell, codeSpan, inline, prose } from "../../src/report/markdown-text.js";
import { readRules } from "../../src/core/rules.js";
import { DIST } from "../helpers.js";
import { renderGfm, tableRows, unexpectedTags, visibleText } from "./gfm.js";

describe("Markdown text", () => {
  test.each([
    ["a <b> & c", "a &lt;b&gt; &amp; c", "a &lt;b&gt; &amp; c"],
    ["set `a.<id>` | `b|c`", "set `a.<id>` | `b|c`", "set `a.<id>` \\| `b\\|c`"],
    ["``a`<b>``", "``a`<b>``", "``a`<b>``"],
    ["it's ` <b>", "it's ` &lt;b&gt;", "it's ` &lt;b&gt;"],
    ["```x`` <b>", "```x`` &lt;b&gt;", "```x`` &lt;b&gt;"],
    ["two\nlines\r\nend", "two lines end", "two lines end"],
    ["C:\\<dir>\\|x `a\\b`", "C:\\\\&lt;dir&gt;\\\\|x `a\\b`", "C:\\\\&lt;dir&gt;\\\\\\|x `a\\b`"],
  ])("%j: inline %j, in a table %j", (text, asInline, asCell) => {
    expect(inline(text)).toBe(asInline);
    expect(cell(text)).toBe(asCell);
  });

  const literal = fc.string({
    unit: fc.constantFrom(..."ab <>&|`'\"%:,.-*"),
    minLength: 1,
    maxLength: 12,
  });

  test("codeSpan shows any text as written", () => {
    fc.assert(
      fc.property(literal, (text) => {
        const html = renderGfm(`### x ${codeSpan(text)} y`);
        expect(html).toMatch(/^<h3>x <code>.*<\/code> y<\/h3>$/);
        expect(visibleText(html)).toBe(`x ${text} y`);
      }),
    );
  });

  test("a table cell shows any text without code spans as written, in its one cell", () => {
    const plain = fc.string({ unit: fc.constantFrom(..."ab <>&|'\"\\%:,.-#=/"), maxLength: 16 });
    fc.assert(
      fc.property(plain, (text) => {
        const rows = tableRows(renderGfm(`| a | b |\n| --- | --- |\n| ${cell(text)} | z |\n`));
        expect(rows[1]!.map(visibleText)).toEqual([text.trim(), "z"]);
      }),
    );
  });

  test("every bundled rule's title and remediation: code spans as written, no HTML", () => {
    for (const rule of readRules(join(DIST, "rules.json"))) {
      for (const text of [rule.title, rule.remediation]) {
        const html = renderGfm(inline(text));
        expect(unexpectedTags(html)).toEqual([]);
        const code = [...html.matchAll(/<code>(.*?)<\/code>/g)].map((m) => visibleText(m[1]!));
        for (const c of code) expect(text.replace(/\s+/g, " ")).toContain(c);
      }
    }
  });

  test("prose keeps its line breaks and paragraphs; a code span does not cross a blank line", () => {
    expect(prose("Set `a.<id>`\nto <b>.\n\nThen ` <c>\n\nand `d` <e>")).toBe(
      "Set `a.<id>`\nto &lt;b&gt;.\n\nThen ` &lt;c&gt;\n\nand `d` &lt;e&gt;",
    );
  });
});
