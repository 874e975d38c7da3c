/** The report formats by name. */
import type { ReportContext } from "./context.js";
import { renderGithub } from "./github.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";

export const FORMATS = ["text", "json", "sarif", "junit", "markdown", "github"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function render(format: Format, ctx: ReportContext, color = false): string {
  switch (format) {
    case "text":
      return renderText(ctx, { color });
    case "json":
      return renderJson(ctx);
    case "sarif":
      return renderSarif(ctx);
    case "junit":
      return renderJunit(ctx);
    case "markdown":
      return renderMarkdown(ctx);
    case "github":
      return renderGithub(ctx);
  }
}
