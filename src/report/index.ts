/** The report formats by name: how each renders, and the file extension that names it. */
import type { ReportContext } from "./context.js";
import { renderGithub } from "./github.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";

interface ReportFormat {
  render: (ctx: ReportContext, options: { color: boolean }) => string;
  /** An --output file with this extension is written in this format when no --format says. */
  extension?: string;
}

const REPORT_FORMATS = {
  text: { render: (ctx, { color }) => renderText(ctx, { color }), extension: ".txt" },
  json: { render: renderJson, extension: ".json" },
  sarif: { render: renderSarif, extension: ".sarif" },
  junit: { render: renderJunit, extension: ".xml" },
  markdown: { render: (ctx) => renderMarkdown(ctx), extension: ".md" },
  github: { render: renderGithub },
} satisfies Record<string, ReportFormat>;

export type Format = keyof typeof REPORT_FORMATS;

export const FORMATS = Object.keys(REPORT_FORMATS) as Format[];

export function isFormat(value: string): value is Format {
  return Object.hasOwn(REPORT_FORMATS, value);
}

/** The formats an output file's extension names, as [extension, format]. */
export const FORMAT_EXTENSIONS: ReadonlyArray<readonly [string, Format]> = FORMATS.flatMap((format) => {
  const { extension } = REPORT_FORMATS[format] as ReportFormat;
  return extension ? [[extension, format] as const] : [];
});

export function render(format: Format, ctx: ReportContext, color = false): string {
  return (REPORT_FORMATS[format] as ReportFormat).render(ctx, { color });
}
