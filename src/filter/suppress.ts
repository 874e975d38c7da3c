/**
 * The filter step: which findings are reported, and which are suppressed (kept, marked, not
 * counted) by an inline comment, an exception of the configuration or the baseline.
 */
import { resolve } from "node:path";
import type { Config } from "../config/config.js";
import type { Finding, Region } from "../core/findings.js";
import { readSource, type ReadLimits } from "../load/read.js";
import { DIAGNOSTICS, type RuleMeta } from "../core/rules.js";
import { baselineFingerprint, type Baseline, type BaselineEntry } from "./baseline.js";
import { exceptionMatcher, expired, isoDay } from "./exceptions.js";
import { covers, parseInlineSuppressions, type InlineSuppression } from "./inline.js";

export interface SuppressOptions {
  config: Config;
  cwd: string;
  now: Date;
  baseline?: { baseline: Baseline; file: string };
  /** The comments of files already read (by the path findings show): those are not read again. */
  comments?: ReadonlyMap<string, InlineSuppression[]>;
}

export interface Suppressed {
  findings: Finding[];
  suppressed: Finding[];
  /** Baseline entries no finding matches any more. */
  fixedSinceBaseline: BaselineEntry[];
}

function diagnostic(
  rule: RuleMeta,
  file: string,
  region: Region,
  message: string,
  path: Finding["path"] = [],
): Finding {
  return { ruleId: rule.id, severity: rule.severity, message, file, ...region, path };
}

/** Inline comments of the files that have findings (read again unless known). */
function inlineSuppressions(
  findings: readonly Finding[],
  cwd: string,
  limits: ReadLimits,
  known?: ReadonlyMap<string, InlineSuppression[]>,
): Map<string, InlineSuppression[]> {
  const byFile = new Map<string, InlineSuppression[]>();
  for (const file of new Set(findings.map((f) => f.file))) {
    const comments = known?.get(file);
    if (comments) {
      byFile.set(file, comments);
      continue;
    }
    // Within the same limits as the check: a file refused there (too large, binary) has no comments to honour.
    const read = readSource(resolve(cwd, file), limits);
    byFile.set(file, "text" in read ? parseInlineSuppressions(read.text) : []);
  }
  return byFile;
}

export async function suppress(all: readonly Finding[], options: SuppressOptions): Promise<Suppressed> {
  const { config, cwd } = options;
  const active: Finding[] = [];
  const suppressed: Finding[] = [];

  const inline = inlineSuppressions(all, cwd, config.limits, options.comments);
  for (const [file, comments] of inline) {
    for (const c of comments.filter((s) => s.reason === "")) {
      active.push(
        diagnostic(
          DIAGNOSTICS.suppressionWithoutReason,
          file,
          c.region,
          `suppression of ${c.rules.join(", ") || "(no rule)"} gives no reason: add one after "--"`,
        ),
      );
    }
  }

  const today = isoDay(options.now);
  const live = config.exceptions.filter((e) => !expired(e, today));
  const used = new Set<number>();
  const matches = exceptionMatcher(config, cwd);
  const baselineLeft = new Map<string, BaselineEntry[]>();
  for (const entry of options.baseline?.baseline.entries ?? [])
    baselineLeft.set(entry.fingerprint, [...(baselineLeft.get(entry.fingerprint) ?? []), entry]);

  for (const finding of all) {
    const comment = inline.get(finding.file)?.find((c) => covers(c, finding.ruleId, finding.line));
    if (comment) {
      suppressed.push({
        ...finding,
        suppressed: { kind: "inSource", justification: comment.reason || "(no reason given)" },
      });
      continue;
    }
    const exception = live.find((e) => matches(finding, e));
    if (exception) {
      used.add(exception.index);
      suppressed.push({
        ...finding,
        suppressed: {
          kind: "external",
          justification: `${exception.reason} (exception in ${config.file}, expires ${exception.expires})`,
        },
      });
      continue;
    }
    const known = options.baseline ? baselineLeft.get(baselineFingerprint(finding)) : undefined;
    if (known && known.length > 0 && options.baseline) {
      known.pop();
      suppressed.push({
        ...finding,
        suppressed: { kind: "external", justification: `in the baseline ${options.baseline.file}` },
      });
      continue;
    }
    active.push(finding);
  }

  for (const e of config.exceptions) {
    const where = config.file ?? "configuration";
    if (expired(e, today)) {
      active.push(
        diagnostic(
          DIAGNOSTICS.exceptionExpired,
          where,
          config.locate(["exceptions", e.index, "expires"]),
          `the exception for ${e.rule} expired on ${e.expires}; its findings are reported again`,
          ["exceptions", e.index, "expires"],
        ),
      );
    } else if (!used.has(e.index)) {
      active.push(
        diagnostic(
          DIAGNOSTICS.exceptionStale,
          where,
          config.locate(["exceptions", e.index]),
          `the exception for ${e.rule} (${e.files.join(", ")}${e.instance ? `, instance ${e.instance}` : ""}) matches no finding: remove it or correct it`,
          ["exceptions", e.index],
        ),
      );
    }
  }
  return { findings: active, suppressed, fixedSinceBaseline: [...baselineLeft.values()].flat() };
}
