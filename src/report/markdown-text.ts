/**
 * Text in Markdown: messages, titles and remediations, whose backtick spans are code spans, and
 * literal text such as file paths. What GitHub shows must be what was written.
 */

/**
 * The parts of a text that Markdown reads as code spans and the plain text between them. As in
 * CommonMark, a run of backticks opens a span that the next run of the same length closes; a run
 * that nothing closes is plain text.
 */
function codeSpans(text: string): Array<{ code: boolean; text: string }> {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  // Each run's closer, the next run of the same length, found in one pass from the end.
  const closer = new Map<number, { index: number; end: number }>();
  const nextOfLength = new Map<number, { index: number; end: number }>();
  for (const [index, run] of [...runs.entries()].reverse()) {
    const next = nextOfLength.get(run.end - run.at);
    if (next) closer.set(index, next);
    nextOfLength.set(run.end - run.at, { index, end: run.end });
  }
  const parts: Array<{ code: boolean; text: string }> = [];
  let plainFrom = 0;
  let inside = -1;
  for (const [index, open] of runs.entries()) {
    const close = closer.get(index);
    if (index <= inside || !close) continue;
    if (open.at > plainFrom) parts.push({ code: false, text: text.slice(plainFrom, open.at) });
    parts.push({ code: true, text: text.slice(open.at, close.end) });
    plainFrom = close.end;
    inside = close.index;
  }
  if (plainFrom < text.length) parts.push({ code: false, text: text.slice(plainFrom) });
  return parts;
}

/**
 * Markdown from text whose backtick spans are meant as code. The code spans stay as they are:
 * they show their characters as written (an entity such as &lt; would show literally). The rest
 * has &, < and > escaped so that HTML in it stays text, and backslashes, which would escape the
 * character after them (`C:\<dir>` would show `&lt;dir&gt;`). In a table cell, `|` is escaped
 * everywhere: GitHub's tables read `\|` as a pipe inside code spans too.
 */
function escapeOutsideCodeSpans(text: string, inTable: boolean): string {
  const pipes = (t: string) => (inTable ? t.replace(/\|/g, "\\|") : t);
  return codeSpans(text)
    .map((part) =>
      part.code
        ? pipes(part.text)
        : pipes(part.text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")),
    )
    .join("");
}

/** A message, title or remediation as Markdown on one line (see escapeOutsideCodeSpans). */
function markdownText(text: string, inTable: boolean): string {
  return escapeOutsideCodeSpans(text.replace(/\r\n|\r|\n/g, " "), inTable);
}

/** Text for a table cell (see markdownText). */
export function cell(text: string): string {
  return markdownText(text, true);
}

/** Text for a paragraph, list item or heading (see markdownText). */
export function inline(text: string): string {
  return markdownText(text, false);
}

/**
 * A rule's description or remediation as Markdown with its line breaks (see
 * escapeOutsideCodeSpans), paragraph by paragraph: a code span cannot cross a blank line.
 */
export function prose(text: string): string {
  return text
    .split(/(\r?\n[ \t]*\r?\n)/)
    .map((chunk, i) => (i % 2 === 1 ? chunk : escapeOutsideCodeSpans(chunk, false)))
    .join("");
}

/** Literal text, such as a file path, as one code span: its backticks, `<` and `&` shown as written. */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, " ");
  if (oneLine === "") return "";
  const longest = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  // Markdown strips one space from each end when both are there: the padding keeps a backtick at
  // either end apart from the fence, and the text's own edge spaces.
  const pad = /^[ `]|[ `]$/.test(oneLine) && /[^ ]/.test(oneLine) ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}
