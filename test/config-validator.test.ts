/**
 * The bundles validate the configuration with code ajv generated at build time
 * (scripts/config-validator.mjs), the sources with the validator compiled at run time
 * (src/config/validator.ts): both must accept and reject alike, with the same errors.
 */
import { afterAll, expect, test } from "@jest/globals";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ValidateFunction } from "ajv";
import { configValidatorModule } from "../scripts/config-validator.mjs";
import { configValidator } from "../src/config/validator.js";
import { ROOT } from "./helpers.js";

// Inside the repository, so that the generated module's imports of ajv's helpers resolve.
mkdirSync(join(ROOT, "build"), { recursive: true });
const dir = mkdtempSync(join(ROOT, "build", "validator-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONFIGS: unknown[] = [
  {},
  {
    zoweVersion: 3,
    include: ["**/*.yaml"],
    exclude: ["vendor/"],
    rules: { "ZWE-HA-001": "off", "K8S-HA-002": "error" },
    zowe: { configs: [["lpars.yaml", "zowe.yaml"]] },
    kubernetes: { scope: "all", ha: true },
    exceptions: [{ rule: "ZWE-HA-003", files: ["a.yaml"], instance: "lpar1", reason: "known", expires: "2030-01-31" }],
    policies: ["org/policies"],
    limits: { maxFileBytes: 2048, maxDepth: 50, maxAliasCount: 10 },
  },
  [],
  "text",
  { zoweVersion: 4, includes: ["*.yaml"] },
  { rules: { "ZWE-HA-001": "critical", "bad id": "off" } },
  { zowe: { configs: ["a.yaml", [], [""]], other: 1 } },
  { kubernetes: { scope: "everything", ha: "yes", more: true } },
  { exceptions: [{ rule: "", files: [], expires: "2030-1-1", extra: 1 }, "x"] },
  { include: [1, ""], exclude: "x", policies: [""] },
  { limits: { maxFileBytes: 1.5, maxDepth: 2000, maxAliasCount: -1, other: 1 } },
  { limits: { maxDepth: 4 } },
];

test("the generated validator accepts and rejects as the compiled one, with the same errors", async () => {
  const file = join(dir, "validator.mjs");
  writeFileSync(file, configValidatorModule());
  const generated = ((await import(pathToFileURL(file).href)) as { configValidator: () => ValidateFunction })
    .configValidator;
  const compiled = configValidator();
  for (const config of CONFIGS) {
    const expected = { valid: compiled(config), errors: compiled.errors ?? null };
    const actual = { valid: generated()(config), errors: generated().errors ?? null };
    expect({ config, ...actual }).toEqual({ config, ...expected });
  }
  expect(CONFIGS.filter((c) => !compiled(c))).toHaveLength(CONFIGS.length - 2);
});
