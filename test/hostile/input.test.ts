/**
 * Hostile and broken input files: each gets a clear finding at its file and line, in bounded
 * time and memory, and the rest of the repository is still checked.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding } from "../../src/core/findings.js";
import { cli, writeTree } from "../helpers.js";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-hostile-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A good file that must be checked whatever happens to its neighbours: ZWE-HA-001 at line 3. */
const CONTROL =
  "zowe:\n  workspaceDirectory: /global/ws\nhaInstances:\n  lpar1: {hostname: lpar1.example.com, sysname: LPAR1}\n";

async function checkWith(files: Record<string, string | Buffer>, ...args: string[]) {
  const dir = writeTree(mkdtempSync(join(work, "repo-")), { "control.yaml": CONTROL, ...files });
  const started = performance.now();
  const r = await cli(["check", ".", "-f", "json", "--fail-on", "none", ...args], dir);
  const ms = performance.now() - started;
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout) as { findings: Finding[]; notices: string[] };
  // The neighbour is always checked.
  expect(report.findings).toContainEqual(
    expect.objectContaining({ ruleId: "ZWE-HA-001", file: "control.yaml", line: 3 }),
  );
  return { findings: report.findings, notices: report.notices, ms, dir };
}

function only(findings: Finding[], file: string): Finding[] {
  return findings.filter((f) => f.file === file);
}

describe("YAML bombs and limits", () => {
  test("an alias bomb (billion laughs) is refused quickly", async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const { findings, ms } = await checkWith({ "bomb.yaml": `zowe:\n  x: 1\n${lines.join("\n")}\n` });
    expect(only(findings, "bomb.yaml")).toEqual([
      expect.objectContaining({ ruleId: "yaml-syntax", line: 1, message: expect.stringMatching(/alias/i) }),
    ]);
    expect(ms).toBeLessThan(5000);
  });

  test("long lists and many instances within the limits are checked in bounded time (rules index, never compare all pairs)", async () => {
    // Before the rules grouped in one pass: 20,000 domains took 8.3 s, 1,000 instances 11.8 s.
    const domains = Array.from({ length: 20_000 }, (_, n) => `    - host${n % 19_000}.example.com\n`).join("");
    const instances = Array.from(
      { length: 1_000 },
      (_, n) => `  lpar${n}:\n    hostname: lpar${n % 100}.example.com\n    sysname: SYS${n % 100}\n`,
    ).join("");
    const { findings, ms } = await checkWith({
      "domains.yaml": `zowe:\n  externalDomains:\n${domains}`,
      "instances.yaml": `zowe:\n  externalDomains: [zowe.example.com]\nhaInstances:\n${instances}`,
    });
    // Every repeated domain is reported at its repetition, against its first entry.
    const repeated = only(findings, "domains.yaml").filter((f) => f.message.includes("again"));
    expect(repeated).toHaveLength(1_000);
    expect(repeated[0]).toEqual(
      expect.objectContaining({
        line: 19_003,
        message: expect.stringContaining("host0.example.com again (first as entry 0)"),
      }),
    );
    expect(only(findings, "instances.yaml").length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(10000);
  }, 60_000);

  test("many instances on each LPAR with clashing ports: one finding per clashing port, in bounded time", async () => {
    // 100 instances on each of 15 LPARs, all on the default ports. Before clashes were grouped,
    // ZWE-HA-038 reported every pair (4,950 per port and host) and 1,000 instances took 23 s.
    const lpars = 15;
    const instances = Array.from(
      { length: 1_500 },
      (_, n) => `  i${n}:\n    hostname: lpar${n % lpars}.example.com\n    sysname: SYS${n % lpars}\n`,
    ).join("");
    const hosts = Array.from({ length: lpars }, (_, n) => `lpar${n}.example.com[7600]`).join(",");
    const { findings, ms } = await checkWith({
      "clash.yaml": `zowe:\n  workspaceDirectory: /global/ws\n  externalDomains: [zowe.example.com]\ncomponents:\n  caching-service:\n    storage:\n      infinispan:\n        initialHosts: "${hosts}"\nhaInstances:\n${instances}`,
    });
    const byRule = (id: string) => only(findings, "clash.yaml").filter((f) => f.ruleId === id);
    // Per host: the 7 ports of the components Zowe v3 enables, the 2 JGroups ports, 1 Discovery URL.
    expect(byRule("ZWE-HA-050")).toHaveLength(lpars * 7);
    expect(byRule("ZWE-HA-038")).toHaveLength(lpars * 2);
    expect(byRule("ZWE-HA-043")).toHaveLength(lpars);
    expect(byRule("ZWE-HA-050")[0]?.message).toMatch(/and also by \S+ of instances i\d+, i\d+, i\d+ and 96 more:/);
    // 1.3 s of CPU in the CLI: the bound leaves room for a busy machine, not for pairing.
    expect(ms).toBeLessThan(30000);
  }, 60_000);

  test("deep nesting is refused at the document", async () => {
    const deep = `zowe:\n  x: ${"[".repeat(150)}1${"]".repeat(150)}\n`;
    const { findings } = await checkWith({ "deep.yaml": deep });
    expect(only(findings, "deep.yaml")).toEqual([
      expect.objectContaining({
        ruleId: "input-limit",
        line: 1,
        message: expect.stringContaining("nests deeper than 100 levels"),
      }),
    ]);
  });

  test("extreme nesting does not exhaust the stack or memory", async () => {
    const { findings, ms } = await checkWith({ "deeper.yaml": `a: ${"[".repeat(20000)}${"]".repeat(20000)}\n` });
    expect(only(findings, "deeper.yaml").map((f) => f.ruleId)).toEqual([
      expect.stringMatching(/^(yaml-syntax|input-limit)$/),
    ]);
    expect(ms).toBeLessThan(10000);
  });

  test("a file over the size limit is not read (the limit is configurable)", async () => {
    const big = `zowe:\n  filler: "${"x".repeat(2 * 1024 * 1024)}"\n`;
    const { findings } = await checkWith({
      "big.yaml": big,
      ".zowe-ha-policy.yaml": "limits:\n  maxFileBytes: 1048576\n",
    });
    expect(only(findings, "big.yaml")).toEqual([
      expect.objectContaining({
        ruleId: "input-limit",
        message: expect.stringContaining("more than the limit of 1048576 (limits.maxFileBytes)"),
      }),
    ]);
  });

  test("a 50 MB file over the default limit of 4 MiB is refused in bounded time and memory", async () => {
    const chunk = "  - {name: a, value: b}\n";
    const big = Buffer.from(`zowe:\n  list:\n${chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length))}`);
    const before = process.memoryUsage().rss;
    const { findings, ms } = await checkWith({ "huge.yaml": big });
    expect(only(findings, "huge.yaml")).toEqual([expect.objectContaining({ ruleId: "input-limit" })]);
    expect(ms).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe("not text", () => {
  test("binary data in a .yaml file", async () => {
    const { findings } = await checkWith({
      "image.yaml": Buffer.from([0x7a, 0x6f, 0x77, 0x65, 0x3a, 0x0a, 0x00, 0x01, 0xff, 0x89, 0x50, 0x4e, 0x47]),
    });
    expect(only(findings, "image.yaml")).toEqual([
      expect.objectContaining({ ruleId: "input-limit", line: 2, message: expect.stringContaining("binary data") }),
    ]);
  });

  test("invalid UTF-8 is reported at its line", async () => {
    const { findings } = await checkWith({
      "latin1.yaml": Buffer.concat([Buffer.from("zowe:\n  x: 1\n  name: caf"), Buffer.from([0xe9]), Buffer.from("\n")]),
    });
    expect(only(findings, "latin1.yaml")).toEqual([
      expect.objectContaining({ ruleId: "input-limit", line: 3, message: expect.stringContaining("not valid UTF-8") }),
    ]);
  });

  test("a byte order mark does not shift columns", async () => {
    const { findings } = await checkWith({ "bom.yaml": `\uFEFF${CONTROL}` });
    expect(only(findings, "bom.yaml")).toContainEqual(
      expect.objectContaining({ ruleId: "ZWE-HA-001", line: 3, column: 1 }),
    );
  });

  test("CRLF line endings give the same lines and columns", async () => {
    const { findings } = await checkWith({ "crlf.yaml": CONTROL.replace(/\n/g, "\r\n") });
    expect(only(findings, "crlf.yaml")).toContainEqual(
      expect.objectContaining({ ruleId: "ZWE-HA-001", line: 3, column: 1 }),
    );
  });
});

describe("YAML semantics", () => {
  test("duplicate keys are a syntax finding at the second key", async () => {
    const { findings } = await checkWith({ "dup.yaml": "zowe:\n  externalPort: 7554\n  externalPort: 443\n" });
    expect(only(findings, "dup.yaml")).toEqual([expect.objectContaining({ ruleId: "yaml-syntax", line: 3 })]);
  });

  test("YAML 1.1 and 1.2 scalars: what Zowe reads is said", async () => {
    const { findings } = await checkWith({
      "scalars.yaml": "zowe:\n  a: on\n  b: yes\n  c: 0777\n  d: 1e3\n  e: '0777'\n  f: 7554\n",
    });
    const notes = only(findings, "scalars.yaml").filter((f) => f.ruleId === "yaml-ambiguous-scalar");
    expect(notes.map((f) => [f.line, f.message])).toEqual([
      [
        2,
        'Zowe reads on as the string "on", but YAML 1.1 tools read the boolean true; quote it or write the value unambiguously',
      ],
      [
        3,
        'Zowe reads yes as the string "yes", but YAML 1.1 tools read the boolean true; quote it or write the value unambiguously',
      ],
      [
        4,
        "Zowe reads 0777 as the number 777, but YAML 1.1 tools read the octal number 511; quote it or write the value unambiguously",
      ],
      [
        5,
        'Zowe reads 1e3 as the string "1e3", but YAML 1.2 tools read the number 1000; quote it or write the value unambiguously',
      ],
    ]);
  });

  test("language tags are never executed: a warning, and the value is read as text", async () => {
    const { findings } = await checkWith({
      "tags.yaml": "zowe:\n  x: !!python/object/apply:os.system ['rm -rf /']\n  y: !custom value\n",
    });
    expect(
      only(findings, "tags.yaml")
        .filter((f) => f.ruleId === "yaml-unsupported-tag")
        .map((f) => f.line),
    ).toEqual([2, 3]);
  });

  test("very long lines", async () => {
    const { findings } = await checkWith({
      "long.yaml": `zowe:\n  comment: "${"z".repeat(1_000_000)}"\n  externalDomains: []\n`,
    });
    expect(only(findings, "long.yaml").every((f) => f.line >= 1 && f.line <= 3)).toBe(true);
  });
});

describe("file system", () => {
  test("a symbolic link out of the root and a loop are not followed, each reported once", async () => {
    const outside = mkdtempSync(join(work, "outside-"));
    writeFileSync(join(outside, "secret.yaml"), CONTROL);
    const dir = mkdtempSync(join(work, "links-"));
    writeFileSync(join(dir, "control.yaml"), CONTROL);
    mkdirSync(join(dir, "sub"));
    symlinkSync(outside, join(dir, "escape"));
    symlinkSync(join(outside, "secret.yaml"), join(dir, "sub", "secret.yaml"));
    symlinkSync(dir, join(dir, "sub", "loop"));
    const r = await cli(["check", ".", "-f", "json", "--fail-on", "none"], dir);
    const report = JSON.parse(r.stdout) as { findings: Finding[]; notices: string[] };
    expect(report.findings.some((f) => f.file.includes("secret"))).toBe(false);
    expect(report.notices.filter((n) => n.includes("outside"))).toEqual([
      "escape: symbolic link to a path outside ., not followed",
      "sub/secret.yaml: symbolic link to a path outside ., not followed",
    ]);
    expect(report.notices.filter((n) => n.includes("loop"))).toEqual([
      "sub/loop: symbolic link to a folder already checked (a loop), not followed",
    ]);
    expect(report.findings.filter((f) => f.ruleId === "ZWE-HA-001").map((f) => f.file)).toEqual(["control.yaml"]);
  });

  test("names with spaces and non-ASCII characters; paths are relative with /", async () => {
    const { findings } = await checkWith({ "Zürich LPARs/zowe config.yaml": CONTROL });
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: "ZWE-HA-001", file: "Zürich LPARs/zowe config.yaml", line: 3 }),
    );
  });
});
