/**
 * What GitHub shows for a Markdown text: rendered with micromark's GFM extensions, which follow
 * GitHub's own parser (cmark-gfm) on tables, code spans and pipes in them. Raw HTML is kept, not
 * dropped as GitHub's sanitizer would, so that a test sees any tag a report lets through.
 */
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** The tags a report may produce; any other is text of a finding that leaked out as HTML. */
const REPORT_TAGS = new Set(["h2", "h3", "p", "ul", "li", "strong", "em", "code", "a", "sub", "pre"]);
const TABLE_TAGS = ["table", "thead", "tbody", "tr", "th", "td"];

export function unexpectedTags(html: string): string[] {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
  return [...new Set(tags.filter((t) => !REPORT_TAGS.has(t) && !TABLE_TAGS.includes(t)))];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/** The text a reader sees: tags removed, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Each table row's cells, as HTML, of every table. */
export function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]!),
  );
}

/** The HTML inside each <li>. */
export function listItems(html: string): string[] {
  return [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
}
