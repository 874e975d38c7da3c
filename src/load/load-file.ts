/**
 * One file read and parsed for checking, or the finding that says why it was not: the load stage
 * reads the repository's files with it, and the render stage the files a render is built from.
 */
import type { Finding, Region } from "../core/findings.js";
import { parseInlineSuppressions, type InlineSuppression } from "../filter/inline.js";
import { DIAGNOSTICS, type RuleMeta } from "../core/rules.js";
import { readSource } from "./read.js";
import { SourceFile, type ParseLimits, type SyntaxProblem } from "./yaml.js";
import type { ReadLimits } from "./read.js";

export interface LoadedFile {
  source: SourceFile;
  text: string;
  /** Its suppression comments, read with it so that the filter need not read it again. */
  comments: InlineSuppression[];
  /** Its syntax problems as findings (the documents that parse are still checked). */
  problems: Finding[];
}

const FIRST_LINE: Region = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function fileFinding(rule: RuleMeta, file: string, message: string, region: Region = FIRST_LINE): Finding {
  return { ruleId: rule.id, severity: rule.severity, message, file, ...region, path: [] };
}

const PROBLEM_RULES = {
  syntax: DIAGNOSTICS.yamlSyntax,
  depth: DIAGNOSTICS.inputLimit,
  tag: DIAGNOSTICS.yamlTag,
  yaml11: DIAGNOSTICS.ambiguousScalar,
} as const;

/** A syntax problem of a file (or of a text embedded in it) as a finding; context starts the message. */
export function problemFinding(file: string, problem: SyntaxProblem, context = ""): Finding {
  // A region of an embedded text may name the file it is in (src/load/yaml.ts Embedding).
  const { file: shown = file, ...region } = problem.region as Region & { file?: string };
  return fileFinding(PROBLEM_RULES[problem.kind], shown, context + problem.message, region);
}

/** Helm and Go templates are not YAML until rendered; a parse failure there is expected. */
function looksLikeTemplate(text: string): boolean {
  return /\{\{[-\s]/.test(text);
}

/** Reads and parses a file; `shown` is its path as reports show it. */
export function loadFile(
  absolute: string,
  shown: string,
  limits: ReadLimits & ParseLimits,
): LoadedFile | { problem: Finding } {
  const read = readSource(absolute, limits);
  if ("unreadable" in read) return { problem: fileFinding(DIAGNOSTICS.unreadable, shown, read.unreadable) };
  if ("refused" in read) return { problem: fileFinding(DIAGNOSTICS.inputLimit, shown, read.refused, read.region) };
  const { text } = read;
  const source = new SourceFile(shown, text, limits);
  if (source.problems.some((p) => p.kind === "syntax") && looksLikeTemplate(text)) {
    return {
      problem: fileFinding(
        DIAGNOSTICS.template,
        shown,
        "template syntax: not checked (check the rendered manifests instead)",
      ),
    };
  }
  return {
    source,
    text,
    comments: parseInlineSuppressions(text),
    problems: source.problems.map((p) => problemFinding(shown, p)),
  };
}
