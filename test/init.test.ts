/** `init`: a commented starter configuration and a workflow, never overwriting without --force. */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { run } from "../src/cli/run.js";
import { loadConfig } from "../src/config/config.js";
import { STARTER_KEYS } from "../src/init/starter-config.js";
import { githubRepository } from "../src/init/workflow.js";
import schema from "../schema/zowe-ha-policy.schema.json" with { type: "json" };
import { bundledPolicy, cli, DIST } from "./helpers.js";

const CONFIG = ".zowe-ha-policy.yaml";
const WORKFLOW = ".github/workflows/zowe-ha-policy.yml";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-init-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function folder(): string {
  return mkdtempSync(join(work, "repo-"));
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

describe("init", () => {
  test("writes the configuration and the workflow and says so", async () => {
    const dir = folder();
    const r = await cli(["init"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `wrote ${CONFIG}\nwrote ${WORKFLOW}\nReview the configuration's examples, then commit both files.\n`,
    );

    const config = read(dir, CONFIG);
    expect(config).toContain(
      "# yaml-language-server: $schema=https://unpkg.com/zowe-ha-policy@0.0.0-test/schema/zowe-ha-policy.schema.json",
    );
    expect(parse(config)).toEqual({ zoweVersion: 3 });
    // The written file is a valid configuration: check runs on it.
    writeFileSync(join(dir, "zowe.yaml"), "zowe:\n  workspaceDirectory: /global/ws\n");
    expect((await cli(["check"], dir)).code).toBe(1);

    const workflow = parse(read(dir, WORKFLOW));
    expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(workflow.on).toEqual({ pull_request: null, push: { branches: ["main"] } });
    const steps = workflow.jobs["zowe-ha-policy"].steps;
    expect(steps).toEqual([
      { uses: "actions/checkout@v6" },
      { uses: "OWNER/zowe-ha-policy@v1", with: { config: CONFIG } },
    ]);
    expect(read(dir, WORKFLOW)).toContain(
      "# TODO: OWNER is a placeholder: replace it with the GitHub owner of the zowe-ha-policy action.",
    );
  });

  test("never overwrites an existing file without --force, and says which it skipped", async () => {
    const dir = folder();
    writeFileSync(join(dir, CONFIG), "rules: {}\n");
    const r = await cli(["init"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `wrote ${WORKFLOW}\nskipped ${CONFIG}: it exists (--force overwrites it)\nReview the configuration's examples, then commit both files.\n`,
    );
    expect(read(dir, CONFIG)).toBe("rules: {}\n");
    writeFileSync(join(dir, WORKFLOW), "# mine\n");
    expect((await cli(["init"], dir)).stdout).toBe(
      `skipped ${CONFIG}: it exists (--force overwrites it)\nskipped ${WORKFLOW}: it exists (--force overwrites it)\n`,
    );
    expect(read(dir, WORKFLOW)).toBe("# mine\n");
  });

  test("--force overwrites", async () => {
    const dir = folder();
    writeFileSync(join(dir, CONFIG), "rules: {}\n");
    const r = await cli(["init", "--force"], dir);
    expect(r.stdout).toMatch(new RegExp(`^wrote ${CONFIG.replace(".", "\\.")}\nwrote `));
    expect(read(dir, CONFIG)).toContain("zoweVersion: 3");
  });

  test("in a subfolder of a git repository: writes at the root, for the branch the clone's origin names", async () => {
    const root = folder();
    mkdirSync(join(root, ".git", "refs", "remotes", "origin"), { recursive: true });
    writeFileSync(join(root, ".git", "HEAD"), "ref: refs/heads/feature-x\n");
    writeFileSync(join(root, ".git", "refs", "remotes", "origin", "HEAD"), "ref: refs/remotes/origin/trunk\n");
    mkdirSync(join(root, "deploy", "zowe"), { recursive: true });
    const r = await cli(["init"], join(root, "deploy", "zowe"));
    expect(r.stdout).toMatch(
      /^wrote \.\.\/\.\.\/\.zowe-ha-policy\.yaml\nwrote \.\.\/\.\.\/\.github\/workflows\/zowe-ha-policy\.yml\n/,
    );
    expect(parse(read(root, WORKFLOW)).on.push.branches).toEqual(["trunk"]);
  });

  test("uses the action of the repository package.json names", async () => {
    const dir = folder();
    let stdout = "";
    await run(["init"], {
      cwd: dir,
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      env: {},
      assets: DIST,
      version: "1.2.3",
      actionRepository: "zowe/zowe-ha-policy",
    });
    expect(stdout).toContain("wrote");
    const workflow = read(dir, WORKFLOW);
    expect(workflow).toContain("      - uses: zowe/zowe-ha-policy@v1\n");
    expect(workflow).not.toContain("OWNER");
    expect(read(dir, CONFIG)).toContain("zowe-ha-policy@1.2.3/schema/");
  });

  test("takes no arguments", async () => {
    const r = await cli(["init", "somewhere"], folder());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/init takes no arguments/);
  });
});

interface SchemaNode {
  description?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The property names below the top level of a JSON Schema (in objects and in array items). */
function nestedKeys(node: SchemaNode, depth = 0): string[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([k, v]) => [
    ...(depth > 0 ? [k] : []),
    ...nestedKeys(v, depth + 1),
  ]);
  return [...own, ...(node.items ? nestedKeys(node.items, depth + 1) : [])];
}

describe("the starter configuration", () => {
  test("explains every key of the schema, nested keys in the examples", () => {
    expect(STARTER_KEYS.map((k) => k.key).sort()).toEqual(Object.keys(schema.properties).sort());
    const examples = STARTER_KEYS.map((k) => k.example).join("\n");
    for (const key of nestedKeys(schema))
      expect({ key, found: new RegExp(`(^|[\\s-])${key}:`, "m").test(examples) }).toEqual({ key, found: true });
  });

  test("its examples, all uncommented, are a valid configuration naming real rules", async () => {
    const dir = folder();
    writeFileSync(join(dir, CONFIG), STARTER_KEYS.map((k) => k.example).join("\n"));
    const config = await loadConfig(undefined, dir);
    const { catalogue } = await bundledPolicy();
    for (const id of [...Object.keys(config.rules), ...config.exceptions.map((e) => e.rule)])
      expect(catalogue.get(id)).toBeDefined();
  });
});

test.each([
  ["github:zowe/zowe-ha-policy", "zowe/zowe-ha-policy"],
  ["zowe/zowe-ha-policy", "zowe/zowe-ha-policy"],
  [{ type: "git", url: "git+https://github.com/zowe/zowe-ha-policy.git" }, "zowe/zowe-ha-policy"],
  ["git@github.com:zowe/zowe-ha-policy.git", "zowe/zowe-ha-policy"],
  ["https://gitlab.com/zowe/zowe-ha-policy", undefined],
  [undefined, undefined],
])("the action's repository from package.json's repository %j", (repository, expected) => {
  expect(githubRepository(repository)).toBe(expected);
});
