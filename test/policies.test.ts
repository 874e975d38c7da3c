/**
 * Custom policies (`policies:` in .zowe-ha-policy.yaml): an organisation's rule delivered as a
 * Rego folder, a bundle and a .wasm reports exactly like a bundled rule; every way a custom
 * policy can be wrong is an error naming it (exit 2), never a silent pass. Real opa, real wasm.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wasmOfOpaBundle } from "../src/engine/bundle-archive.js";
import { cli, ROOT } from "./helpers.js";
import { describeWithTool } from "./tools.js";
import type { Finding } from "../src/core/findings.js";
import { acmeRule, FIXTURE, metadata, opa, pathWithOpa, pathWithoutOpa, under, writeTree } from "./policies-helpers.js";

let work: string;
let withOpa: { PATH: string };
let withoutOpa: { PATH: string };
/** acmeRule() built once into a bundle and into a .wasm with its .rules.json. */
let built: { bundle: string; wasm: string };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-policies-"));
  withoutOpa = { PATH: pathWithoutOpa(work) };
});

/** With opa: acmeRule() built into a bundle and into a .wasm with its .rules.json. */
async function buildWithOpa(): Promise<void> {
  withOpa = { PATH: pathWithOpa() };
  const org = writeTree(join(work, "org"), acmeRule());
  built = { bundle: join(work, "out", "acme.tar.gz"), wasm: join(work, "out", "acme.wasm") };
  for (const output of Object.values(built)) {
    const r = await cli(["build-policies", org, "-o", output], work, withOpa);
    if (r.code !== 0) throw new Error(r.stderr);
  }
}
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A repository with the fixture, the given files and a configuration listing `policies`. */
function repo(policies: string[], files: Record<string, string> = {}, config = ""): string {
  const list = policies.map((p) => `  - ${p}\n`).join("");
  return writeTree(mkdtempSync(join(work, "repo-")), {
    "zowe.yaml": FIXTURE,
    ".zowe-ha-policy.yaml": `policies:\n${list}${config}`,
    ...files,
  });
}

/** A repository with the built bundle or wasm copied to vendor/. */
function repoWithBuilt(kind: "bundle" | "wasm", config = ""): string {
  const dir = repo([kind === "bundle" ? "vendor/acme.tar.gz" : "vendor/acme.wasm"], { "vendor/.keep": "" }, config);
  if (kind === "bundle") copyFileSync(built.bundle, join(dir, "vendor", "acme.tar.gz"));
  else {
    copyFileSync(built.wasm, join(dir, "vendor", "acme.wasm"));
    copyFileSync(built.wasm.replace(/\.wasm$/, ".rules.json"), join(dir, "vendor", "acme.rules.json"));
  }
  return dir;
}

async function findings(dir: string, env = withOpa, ...args: string[]): Promise<Finding[]> {
  const r = await cli(["check", "-f", "json", ...args], dir, env);
  if (r.code === 2) throw new Error(r.stderr);
  return JSON.parse(r.stdout).findings;
}

async function failure(dir: string, env = withOpa): Promise<string> {
  const r = await cli(["check"], dir, env);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr;
}

describeWithTool(opa, "with opa", () => {
  beforeAll(buildWithOpa);

  describe("a custom rule reports at its line, like a bundled rule", () => {
    const deliveries = [
      {
        delivery: "a folder of Rego",
        make: () => repo(["policies/acme"], under("policies/acme", acmeRule())),
        path: "opa",
      },
      { delivery: "a bundle from build-policies", make: () => repoWithBuilt("bundle"), path: "no opa" },
      { delivery: "a .wasm with its .rules.json", make: () => repoWithBuilt("wasm"), path: "no opa" },
    ];

    test.each(deliveries)("$delivery ($path on PATH)", async ({ make, path }) => {
      const all = await findings(make(), path === "opa" ? withOpa : withoutOpa);
      expect(all.filter((f) => f.ruleId === "ACME-001")).toEqual([
        expect.objectContaining({
          severity: "warning",
          file: "zowe.yaml",
          line: 3,
          column: 3,
          message: "the workspace is not under /global/acme",
        }),
      ]);
      // The bundled rules still run on the same model.
      expect(all.some((f) => f.ruleId === "ZWE-HA-001" && f.file === "zowe.yaml")).toBe(true);
      // The policy folder's samples (one fails on purpose) are not checked as configuration.
      expect(all.filter((f) => f.file.startsWith("policies/"))).toEqual([]);
    });

    test("SARIF has the custom rule's descriptor; rules, explain and docs include it", async () => {
      const dir = repoWithBuilt("bundle");
      const sarif = JSON.parse((await cli(["check", "-f", "sarif"], dir, withoutOpa)).stdout);
      const descriptor = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "ACME-001");
      expect(descriptor).toMatchObject({
        shortDescription: { text: "Workspace is under /global/acme" },
        helpUri: "https://intranet.acme.example/zowe",
        defaultConfiguration: { level: "warning" },
      });
      expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === "ACME-001")).toBe(true);

      const rules = JSON.parse((await cli(["rules", "-f", "json"], dir, withoutOpa)).stdout).rules;
      expect(rules.find((r: { id: string }) => r.id === "ACME-001")).toMatchObject({
        package: "acme/workspace_path",
        source: "vendor/acme.tar.gz",
      });
      expect((await cli(["rules"], dir, withoutOpa)).stdout).toMatch(
        /^ACME-001 +warning +Workspace is under \/global\/acme$/m,
      );

      const explained = await cli(["explain", "acme-001"], dir, withoutOpa);
      expect(explained.stdout).toMatch(/^# ACME-001: Workspace is under \/global\/acme/);
      expect(explained.stdout).toContain(
        "| Policy | custom policy `vendor/acme.tar.gz`, package `acme/workspace_path` |",
      );
      expect(explained.stdout).toContain("workspaceDirectory: /tmp/ws  # ← ACME-001 is reported here");

      expect((await cli(["docs", "rule-docs"], dir, withoutOpa)).code).toBe(0);
      expect(readFileSync(join(dir, "rule-docs", "README.md"), "utf8")).toContain(
        "| [ACME-001](ACME-001.md) | warning |  | Workspace is under /global/acme |",
      );
      expect(existsSync(join(dir, "rule-docs", "ACME-001.md"))).toBe(true);
    });

    test("rules: and exceptions: apply to custom rules", async () => {
      expect(
        (await findings(repoWithBuilt("wasm", "rules:\n  ACME-001: error\n"), withoutOpa)).find(
          (f) => f.ruleId === "ACME-001",
        )?.severity,
      ).toBe("error");
      expect(
        (await findings(repoWithBuilt("wasm", "rules:\n  ACME-001: 'off'\n"), withoutOpa)).some(
          (f) => f.ruleId === "ACME-001",
        ),
      ).toBe(false);
      const excepted = repoWithBuilt(
        "bundle",
        "exceptions:\n  - {rule: ACME-001, files: [zowe.yaml], reason: migrating to /global/acme, expires: '2999-12-31'}\n",
      );
      const report = JSON.parse((await cli(["check", "-f", "json"], excepted, withoutOpa)).stdout);
      expect(report.findings.some((f: Finding) => f.ruleId === "ACME-001")).toBe(false);
      expect(report.suppressed).toEqual(
        expect.arrayContaining([expect.objectContaining({ ruleId: "ACME-001", line: 3 })]),
      );
    });
  });

  describe("id clashes are errors naming both sources", () => {
    test("with a bundled rule", async () => {
      const dir = repo(["clash"], under("clash", acmeRule("ZWE-HA-001")));
      expect(await failure(dir)).toMatch(
        /policy error: rule id ZWE-HA-001 is defined twice: by bundled policy and by custom policy clash; give the custom rule another id/,
      );
    });

    test("between two custom policies", async () => {
      const dir = repoWithBuilt("bundle");
      writeTree(dir, under("mine", acmeRule("ACME-001", "other_rule")));
      writeTree(dir, { ".zowe-ha-policy.yaml": "policies:\n  - vendor/acme.tar.gz\n  - mine\n" });
      expect(await failure(dir)).toMatch(
        /rule id ACME-001 is defined twice: by custom policy vendor\/acme\.tar\.gz and by custom policy mine/,
      );
    });

    test("a rule package that is also a bundled one", async () => {
      const rule = acmeRule("ACME-009");
      const text = rule["rules/acme/workspace_path/workspace_path.rego"]!.replace(
        "zowe_ha.rules.acme.workspace_path",
        "zowe_ha.rules.zowe.ha_instances_defined",
      );
      const dir = repo(["mine"], { "mine/rule.rego": text });
      expect(await failure(dir)).toMatch(
        /rule package zowe\/ha_instances_defined \(ACME-009\) of custom policy mine is also a package of bundled policy/,
      );
    });
  });

  describe("a broken custom policy is an error naming it (exit 2), never a silent pass", () => {
    const broken: Array<[string, Record<string, string>, RegExp]> = [
      [
        "METADATA without id and severity",
        {
          "p/r.rego":
            metadata("ACME-1")
              .replace(/# {3}id: .*\n/, "")
              .replace(/# {3}severity: .*\n/, "") + "package zowe_ha.rules.acme.r\n\nreport := set()\n",
        },
        /custom policy p: not a usable policy:\n {2}p\/r\.rego:\d+: METADATA custom\.id is missing\n {2}p\/r\.rego:\d+: custom\.severity must be one of error, warning, info/,
      ],
      [
        "a rule package without METADATA",
        { "p/r.rego": "package zowe_ha.rules.acme.r\n\nreport := set()\n" },
        /p\/r\.rego: package zowe_ha\.rules\.acme\.r has no package METADATA/,
      ],
      [
        "a rule package at the wrong depth",
        { "p/r.rego": `${metadata("ACME-1")}package zowe_ha.rules.acme\n\nreport := set()\n` },
        /package zowe_ha\.rules\.acme: a rule package is zowe_ha\.rules\.<group>\.<name>/,
      ],
      [
        "a rule id the configuration could not name",
        { "p/r.rego": `${metadata("ACME_1")}package zowe_ha.rules.acme.r\n\nreport := set()\n` },
        /custom\.id "ACME_1" must start with a letter and hold only letters, digits and "-"/,
      ],
      [
        "no rule at all",
        { "p/helpers.rego": "package acme.helpers\n\nx := 1\n" },
        /custom policy p: not a usable policy:\n {2}no rule package found/,
      ],
      [
        "a builtin that is not native to wasm",
        {
          "p/r.rego": `${metadata("ACME-1")}package zowe_ha.rules.acme.r\n\nreport contains {"zowe": 0, "path": [], "message": sprintf("%v", [1])} if true\n`,
        },
        /custom policy p: opa build failed:\n.*p\/r\.rego:\d+: rego_type_error: undefined function sprintf[\s\S]*only the builtins that run natively in wasm/,
      ],
      [
        "a Rego syntax error",
        { "p/r.rego": `${metadata("ACME-1")}package zowe_ha.rules.acme.r\n\nreport contains x if {\n` },
        /custom policy p: opa build failed:\n.*p\/r\.rego:\d+: rego_parse_error/,
      ],
      [
        "adding to the library's packages",
        { ...under("p", acmeRule()), "p/lib.rego": "package zowe_ha.lib.zowe\n\nextra := 1\n" },
        /p\/lib\.rego: package zowe_ha\.lib\.zowe belongs to zowe-ha-policy's library; put helpers in a package of your own/,
      ],
      [
        "a malformed violation",
        {
          "p/r.rego": `${metadata("ACME-1")}package zowe_ha.rules.acme.r\n\nreport contains {"message": "no subject"} if true\n`,
        },
        /policy error: custom policy p: rule acme\/r returned a malformed violation \(path must be an array of keys and indexes\)/,
      ],
    ];

    test.each(broken)("%s", async (_name, files, message) => {
      expect(await failure(repo(["p"], files))).toMatch(message);
    });

    /** A module built with plain opa build, without build-policies' checks, with the bundled rule's catalogue beside it. */
    function handBuilt(args: string[]): string {
      const dir = repo(["vendor/hand.wasm"]);
      const out = join(dir, "hand.tar.gz");
      execFileSync(opa.file!, ["build", "--target", "wasm", "--output", out, ...args], {
        cwd: dir,
        stdio: "ignore",
      });
      writeTree(dir, { "vendor/hand.rules.json": readFileSync(built.wasm.replace(/\.wasm$/, ".rules.json"), "utf8") });
      writeFileSync(join(dir, "vendor", "hand.wasm"), wasmOfOpaBundle(readFileSync(out)));
      return dir;
    }

    test("a .wasm without the entrypoint", async () => {
      const rego = writeTree(mkdtempSync(join(work, "rego-")), { "p.rego": "package acme\n\nallow := true\n" });
      const dir = handBuilt(["--entrypoint", "acme/allow", join(rego, "p.rego")]);
      expect(await failure(dir, withoutOpa)).toMatch(
        /policy error: custom policy vendor\/hand\.wasm: the module has no entrypoint zowe_ha\/main\/findings \(it has: acme\/allow\)/,
      );
    });

    test("a .wasm that calls a builtin not native to wasm", async () => {
      const rego = writeTree(mkdtempSync(join(work, "rego-")), {
        "r.rego": `${metadata("ACME-001")}package zowe_ha.rules.acme.workspace_path\n\nreport contains {"zowe": 0, "path": [], "message": sprintf("%v", [count(input.zowe)])} if true\n`,
      });
      const dir = handBuilt([
        "--entrypoint",
        "zowe_ha/main/findings",
        join(ROOT, "policies", "main.rego"),
        join(rego, "r.rego"),
      ]);
      expect(await failure(dir, withoutOpa)).toMatch(
        /policy error: custom policy vendor\/hand\.wasm: the module calls builtins that are not native to wasm: sprintf/,
      );
    });

    test("a .wasm that is not WebAssembly", async () => {
      const dir = handBuilt(["--entrypoint", "zowe_ha/main/findings", join(ROOT, "policies", "main.rego")]);
      writeFileSync(join(dir, "vendor", "hand.wasm"), "\0asm but not really");
      expect(await failure(dir, withoutOpa)).toMatch(
        /policy error: custom policy vendor\/hand\.wasm: not a valid WebAssembly module/,
      );
    });

    test("an evaluation error is an error naming the policy, never a silent pass", async () => {
      const rego = writeTree(mkdtempSync(join(work, "rego-")), {
        "main.rego":
          'package zowe_ha.main\n\nx := count(input.zowe)\n\nx := count(input.kubernetes) + 100\n\nfindings contains {"rule": "acme/r", "zowe": 0, "path": [], "message": "m"} if x > 0\n',
      });
      const dir = handBuilt(["--entrypoint", "zowe_ha/main/findings", join(rego, "main.rego")]);
      expect(await failure(dir, withoutOpa)).toMatch(
        /policy error: custom policy vendor\/hand\.wasm: evaluation failed: .*var assignment conflict/,
      );
    });

    test("a .wasm without its .rules.json, and a .rules.json that is not a catalogue", async () => {
      const dir = repoWithBuilt("wasm");
      writeFileSync(join(dir, "vendor", "acme.rules.json"), '{"rules": 3}');
      expect(await failure(dir, withoutOpa)).toMatch(
        /policy error: custom policy vendor\/acme\.wasm: rules\.json: "rules" must be an array/,
      );
      rmSync(join(dir, "vendor", "acme.rules.json"));
      expect(await failure(dir, withoutOpa)).toMatch(
        /custom policy vendor\/acme\.wasm: its rule catalogue vendor\/acme\.rules\.json is missing/,
      );
    });
  });

  describe("the policies key, with a built bundle", () => {
    test("paths are relative to the configuration file", async () => {
      const dir = repoWithBuilt("bundle");
      writeTree(dir, { "ci/zowe-ha-policy.yaml": "policies:\n  - ../vendor/acme.tar.gz\n" });
      rmSync(join(dir, ".zowe-ha-policy.yaml"));
      expect(
        (await findings(dir, withoutOpa, "--config", "ci/zowe-ha-policy.yaml")).some(
          (f) => f.ruleId === "ACME-001" && f.line === 3,
        ),
      ).toBe(true);
    });
  });
});

describe("without opa", () => {
  test("opa is not on PATH for a folder of Rego", async () => {
    const dir = repo(["org-rules"], under("org-rules", acmeRule()));
    const stderr = await failure(dir, withoutOpa);
    expect(stderr).toMatch(
      /policy error: custom policy org-rules: a folder of Rego is compiled with opa, and opa was not found on PATH/,
    );
    expect(stderr).toContain("open-policy-agent/setup-opa");
    expect(stderr).toContain("'zowe-ha-policy build-policies org-rules'");
  });
});

describe("the policies key", () => {
  test.each([
    ["policies: org\n", /\.zowe-ha-policy\.yaml:1:1: policies: must be array/],
    ["policies:\n  - ''\n", /:2:5: policies\.0: must NOT have fewer than 1 characters/],
    ["policies:\n  - nope\n", /\.zowe-ha-policy\.yaml:2:5: policies\.0: no such file or folder: nope/],
    [
      "policies:\n  - zowe.yaml\n",
      /:2:5: policies\.0: zowe\.yaml is not a folder of \.rego files, a \.tar\.gz bundle or a \.wasm file/,
    ],
  ])("%j", async (config, message) => {
    const dir = writeTree(mkdtempSync(join(work, "repo-")), { "zowe.yaml": FIXTURE, ".zowe-ha-policy.yaml": config });
    expect(await failure(dir, withoutOpa)).toMatch(message);
  });
});
