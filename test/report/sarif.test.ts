/**
 * SARIF 2.1.0 (`--format sarif`, the action's sarif-file for code scanning): golden file, valid
 * against the SARIF 2.1.0 JSON schema, and what the schema cannot say (ruleIndex points at the
 * rule, regions start at a line as code scanning requires, URIs name the files).
 *
 * The schema is the copy that @microsoft/jest-sarif ships (sarif-2.1.0-rtm.5, JSON Schema
 * draft-04). The OASIS errata schema differs from it in constraints added after rtm.5: a region
 * must have startLine, charOffset or byteOffset (checked below), and a few enums gained a
 * `"type": "string"`.
 *
 * Update the golden file with `UPDATE_GOLDEN=1 npm test -- test/report` (see golden.ts).
 */
import { beforeAll, describe, expect, test } from "@jest/globals";
import type { ValidateFunction } from "ajv";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { renderSarif, ruleHelpMarkdown } from "../../src/report/sarif.js";
import { readRules } from "../../src/core/rules.js";
import { DIST } from "../helpers.js";
import { FINDINGS, reportContext, RULES, SUPPRESSED } from "./fixture.js";
import { renderGfm, unexpectedTags, visibleText } from "./gfm.js";
import { expectGolden } from "./golden.js";

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine?: number; startColumn?: number; endLine?: number; endColumn?: number };
    };
  }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; justification: string }>;
}

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string }> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }>;
}

const SCHEMA_FILE = createRequire(import.meta.url).resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

let validate: ValidateFunction;

beforeAll(() => {
  // Both packages are CommonJS whose module object is also the default export.
  // unicodeRegExp: false, as JSON Schema draft-04 patterns are ECMA 262 without the u flag: rtm.5's
  // pattern for `language` has a stray `]` that only the u flag rejects (the errata fixed it).
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv, ["uri", "uri-reference", "date-time"]);
  validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as object);
});

function schemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`);
}

function sarif(): SarifLog {
  return JSON.parse(renderSarif(reportContext())) as SarifLog;
}

describe("SARIF report", () => {
  test("matches its golden file", () => {
    expectGolden("report.sarif", renderSarif(reportContext()));
  });

  test("is valid against the SARIF 2.1.0 schema", () => {
    expect(schemaErrors(sarif())).toEqual([]);
  });

  test("the schema check rejects what is not SARIF (it is not vacuous)", () => {
    const log = sarif();
    const result = log.runs[0]!.results[0]!;
    result.level = "fatal";
    result.locations[0]!.physicalLocation.artifactLocation.uri = "clusters/R&D sysplex/zowe.yaml";
    expect(schemaErrors(log)).toEqual([
      "/runs/0/results/0/level must be equal to one of the allowed values",
      "/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri " + 'must match format "uri-reference"',
    ]);
  });

  test("a descriptor per rule of the catalogue, each result's ruleIndex pointing at its rule", () => {
    const [run] = sarif().runs;
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id).sort());
    for (const r of run!.results) expect(run!.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  test("every finding, suppressed ones with their suppression, at its file and region", () => {
    const { results } = sarif().runs[0]!;
    const expected = [...FINDINGS, ...SUPPRESSED];
    expect(results).toHaveLength(expected.length);
    results.forEach((r, i) => {
      const f = expected[i]!;
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      expect(decodeURI(artifactLocation.uri)).toBe(f.file);
      expect(artifactLocation.uriBaseId).toBe("%SRCROOT%");
      // Code scanning (and the OASIS errata schema) need a region to start at a line.
      expect(region).toEqual({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
      expect(r.level).toBe({ error: "error", warning: "warning", info: "note" }[f.severity]);
      expect(r.message.text).toBe(f.instance ? `${f.message} (instance ${f.instance})` : f.message);
      expect(r.suppressions).toEqual(f.suppressed ? [f.suppressed] : undefined);
    });
    const fingerprints = results.map((r) => r.partialFingerprints["zoweHaPolicyFinding/v1"]);
    expect(new Set(fingerprints).size).toBe(results.length);
  });

  test("rule help in Markdown: code spans as written, placeholders such as <id> kept as text", () => {
    const html = renderGfm(ruleHelpMarkdown(RULES[0]!));
    expect(unexpectedTags(html)).toEqual([]);
    expect(html).toContain("<code>haInstances.&lt;id&gt;.hostname</code>");
    expect(visibleText(html)).toContain("(HAINST=<id>)");
    for (const rule of readRules(join(DIST, "rules.json"))) {
      const help = renderGfm(ruleHelpMarkdown(rule));
      expect([rule.id, unexpectedTags(help)]).toEqual([rule.id, []]);
      const code = [...help.matchAll(/<code>(.*?)<\/code>/g)].map((m) => m[1]!);
      expect(code.filter((c) => /&amp;(lt|gt|amp);/.test(c))).toEqual([]);
    }
  });

  test("a path with #, ? or : is one relative path, not a fragment, query or scheme", () => {
    const [first] = FINDINGS;
    const files = ["prod:east/zowe.yaml", "k8s/gateway #2?.yaml", "a/100%/b c.yaml", "clusters/R&D sysplex/zowe.yaml"];
    const log = JSON.parse(
      renderSarif(reportContext({ findings: files.map((file) => ({ ...first!, file })), suppressed: [] })),
    ) as SarifLog;
    expect(schemaErrors(log)).toEqual([]);
    const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    const root = "file:///work/repo/";
    expect(uris.map((uri) => decodeURIComponent(new URL(uri, root).pathname))).toEqual(
      files.map((file) => `/work/repo/${file}`),
    );
  });
});
