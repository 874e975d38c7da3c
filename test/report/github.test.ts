/**
 * GitHub workflow-command annotations (`--format github`, and the action's annotations): golden
 * file, and each command read back the way the Actions runner parses it.
 *
 * Update the golden file with `UPDATE_GOLDEN=1 npm test -- test/report` (see golden.ts).
 */
import { describe, expect, test } from "@jest/globals";
import { renderGithub } from "../../src/report/github.js";
import { FINDINGS, reportContext } from "./fixture.js";
import { expectGolden } from "./golden.js";

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** As the runner does (ActionCommand.TryParseV2): `::name k=v,k=v::data`, then its unescaping. */
function parseCommand(line: string): Command {
  const m = /^::(\w+) (.*?)::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  const unescapeProperty = (s: string) =>
    unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%0D/g, "\r").replace(/%0A/g, "\n"));
  const properties: Record<string, string> = {};
  for (const pair of m[2]!.split(",")) {
    const at = pair.indexOf("=");
    properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
  }
  return { command: m[1]!, properties, message: unescapeData(m[3]!) };
}

describe("GitHub annotations", () => {
  test("match their golden file", () => {
    expectGolden("annotations.txt", renderGithub(reportContext()));
  });

  test("one command per line, each read back to the finding's file, place, rule and message", () => {
    const lines = renderGithub(reportContext()).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(FINDINGS.length);
    const parsed = lines.map(parseCommand);
    expect(parsed.map((c) => c.command)).toEqual(["error", "warning", "error", "notice"]);
    parsed.forEach((c, i) => {
      const f = FINDINGS[i]!;
      expect(c.message).toBe(f.message);
      expect(c.properties).toMatchObject({
        file: f.file,
        line: String(f.line),
        endLine: String(f.endLine),
        title: f.ruleId,
      });
    });
  });

  test("columns only on a single-line region (GitHub ignores them on others)", () => {
    const [hostname, , , replicas] = renderGithub(reportContext()).trimEnd().split("\n").map(parseCommand);
    expect(hostname!.properties).toMatchObject({ col: "15", endColumn: "37" });
    expect(replicas!.properties).not.toHaveProperty("col");
    expect(replicas!.properties).not.toHaveProperty("endColumn");
  });

  test("the message's newline, % and :: cannot end the command or be read as an escape", () => {
    const line = renderGithub(reportContext()).split("\n")[1]!;
    expect(line).not.toContain("\n");
    expect(line).toContain("100%25 copy");
    expect(parseCommand(line).message).toContain("100% copy: not shared,\nso");
  });
});
