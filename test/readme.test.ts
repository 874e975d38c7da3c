/**
 * Every command the README and docs/action.md show is run, as written, so that they cannot drift
 * from the tool again: the commands are read from the Markdown (shell blocks, `$ ` lines of
 * output blocks, inline code, workflow `run:` steps), never copied into this test.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import packageJson from "../package.json" with { type: "json" };
import { bundledCli, ROOT, writeTree } from "./helpers.js";
import { acmeRule, opa, under } from "./policies-helpers.js";
import { testWithTool } from "./tools.js";

/** A command as the Markdown shows it, and where. */
interface Shown {
  where: string;
  command: string;
  /** The lines shown after a `$ ` command in an output block. */
  output?: string[];
}

const DOCUMENTS = ["README.md", "docs/action.md"];
const COMMAND = /^(npx )?zowe-ha-policy(?= [a-z-]+(?: |$))/;

/** The commands a Markdown file shows. */
function commandsIn(name: string): Shown[] {
  const lines = readFileSync(join(ROOT, name), "utf8").split("\n");
  const shown: Shown[] = [];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const where = `${name}:${i + 1}`;
    const opening = /^```(\w*)\s*$/.exec(line);
    if (opening && fence === undefined) {
      fence = opening[1];
      return;
    }
    if (/^```\s*$/.test(line)) {
      fence = undefined;
      return;
    }
    if (fence === "sh") {
      const command = line.replace(/\s+#.*$/, "").trim();
      if (command && !command.startsWith("#")) shown.push({ where, command });
    } else if (fence === "") {
      if (line.startsWith("$ ")) {
        const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
        shown.push({ where, command: line.slice(2).trim(), output: lines.slice(i + 1, end) });
      }
    } else if (fence === "yaml") {
      const run = /^\s*(?:-\s+)?run:\s+(.*)$/.exec(line);
      if (run?.[1] && /zowe-ha-policy/.test(run[1])) shown.push({ where, command: run[1].trim() });
    } else if (fence === undefined) {
      for (const [, code] of line.matchAll(/`([^`]+)`/g))
        if (code && COMMAND.test(code)) shown.push({ where, command: code.trim() });
    }
  });
  return shown;
}

const SHOWN = DOCUMENTS.flatMap(commandsIn);

/** What placeholders in the docs stand for when the command is run. */
const PLACEHOLDERS: Record<string, string> = { "<ID>": "ZWE-HA-010" };

function argsOf(step: string): string[] {
  const args = step
    .replace(COMMAND, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((a) => PLACEHOLDERS[a] ?? a);
  const unknown = args.find((a) => /^<.*>$/.test(a));
  if (unknown) throw new Error(`no value for the placeholder ${unknown}: add it to PLACEHOLDERS`);
  return args;
}

/** The format each `-o FILE` of the command writes: the `-f` just before it, else the extension's. */
function outputsOf(args: string[]): Array<{ file: string; format: string }> {
  const byExtension: Record<string, string> = {
    ".sarif": "sarif",
    ".json": "json",
    ".xml": "junit",
    ".md": "markdown",
    ".txt": "text",
  };
  const outputs: Array<{ file: string; format: string }> = [];
  let format: string | undefined;
  args.forEach((arg, i) => {
    const value = args[i + 1] ?? "";
    if (arg === "-f" || arg === "--format") format = value;
    if (arg === "-o" || arg === "--output") {
      const extension = Object.keys(byExtension).find((e) => value.endsWith(e)) ?? "";
      outputs.push({ file: value, format: format ?? byExtension[extension] ?? "?" });
      format = undefined;
    }
  });
  return outputs;
}

/** What a report of each format starts with. */
const LOOKS_LIKE: Record<string, (text: string) => boolean> = {
  sarif: (t) => JSON.parse(t).version === "2.1.0",
  json: (t) => JSON.parse(t).tool?.name === "zowe-ha-policy",
  junit: (t) => /^<\?xml [^>]*>\n<testsuites /.test(t),
  markdown: (t) => /^## /m.test(t),
  text: (t) => /^✖|^✔|^\S+\.ya?ml$/m.test(t),
};

let work: string;
/** "Your own repository": a git repository with a non-compliant zowe.yaml. */
let ownRepository: string;
/** A PATH with node, npm, npx and sh on it, and nothing else: no Go, no opa. */
let nodeOnly: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-readme-"));
  ownRepository = join(work, "repository");
  mkdirSync(join(ownRepository, ".git"), { recursive: true });
  mkdirSync(join(ownRepository, "zowe"));
  copyFileSync(join(ROOT, "examples/sysplex-noncompliant/zowe.yaml"), join(ownRepository, "zowe/zowe.yaml"));
  nodeOnly = join(work, "bin");
  mkdirSync(nodeOnly);
  symlinkSync(process.execPath, join(nodeOnly, "node"));
  for (const tool of ["npm", "npx", "sh"]) {
    const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
    if (found) symlinkSync(found, join(nodeOnly, tool));
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("the docs show the commands this test runs", () => {
  const commands = SHOWN.map((s) => s.command);
  expect(commands).toContain("npm ci && npx zowe-ha-policy check examples/");
  expect(commands).toContain("npm ci && npm test");
  expect(commands.filter((c) => COMMAND.test(c)).length).toBeGreaterThan(8);
});

/** A zowe-ha-policy step, run as the docs show it: no message on stderr, exit 0 or 1, each -o file in its format. */
function expectRuns(step: string, cwd: string, env?: Record<string, string | undefined>): void {
  const args = argsOf(step);
  const r = bundledCli(args, { cwd, ...(env ? { env } : {}) });
  expect({ step, stderr: r.stderr }).toEqual({ step, stderr: "" });
  expect({ step, exitsWith0or1: r.code === 0 || r.code === 1 }).toEqual({ step, exitsWith0or1: true });
  // check's -o files are reports; build-policies' is a bundle, which the opa test below looks at.
  for (const { file, format } of args[0] === "check" ? outputsOf(args) : []) {
    const text = readFileSync(join(cwd, file), "utf8");
    expect({ step, file, format, looksRight: LOOKS_LIKE[format]?.(text) ?? false }).toEqual({
      step,
      file,
      format,
      looksRight: true,
    });
  }
}

describe.each(SHOWN.filter((s) => !/(build|test)-policies/.test(s.command)).map((s): [string, Shown] => [s.where, s]))(
  "%s",
  (_where, shown) => {
    test(shown.command, () => {
      const steps = shown.command.split(" && ");
      for (const [i, step] of steps.entries()) {
        if (step === "npm ci") continue; // installing is what the test run stands on
        if (step === "npm test") {
          // The command CI runs first, so that what the README promises is what CI checks.
          expect(readFileSync(join(ROOT, ".ci", "run"), "utf8")).toContain(
            `step "README test command: ${shown.command}"`,
          );
          continue;
        }
        const script = /^npm run (\S+)$/.exec(step);
        if (script) {
          expect(Object.keys(packageJson.scripts)).toContain(script[1]);
          continue;
        }
        expect(step).toMatch(COMMAND);
        const onExamples = argsOf(step).some((a) => a.startsWith("examples"));
        if (onExamples && steps[i - 1] === "npm ci") {
          // Right after npm ci, with Node alone: the real npx, no Go on PATH.
          const r = spawnSync("sh", ["-c", step], {
            cwd: ROOT,
            encoding: "utf8",
            env: { PATH: nodeOnly, HOME: process.env.HOME, NO_COLOR: "1" },
          });
          expect({ step, stderr: r.stderr }).toEqual({ step, stderr: "" });
          expect({ step, status: r.status }).toEqual({ step, status: 1 });
          expect(r.stdout).toMatch(/^✖ \d+ problems .*\. Settings: the defaults \(no \.zowe-ha-policy\.yaml\)\.$/m);
        } else {
          expectRuns(step, onExamples ? ROOT : ownRepository);
        }
      }
    });
  },
);

testWithTool(opa, "the custom-policy workflow's steps run (with opa)", () => {
  const steps = SHOWN.filter((s) => /(build|test)-policies/.test(s.command) && COMMAND.test(s.command));
  expect(steps.length).toBeGreaterThan(0);
  const organisation = writeTree(mkdtempSync(join(work, "org-")), under("policies", acmeRule()));
  const env = { ...process.env, PATH: `${opa.bin()}:${process.env.PATH ?? ""}` };
  for (const { command } of steps) expectRuns(command, organisation, env);
  expect(existsSync(join(organisation, "acme-zowe-ha.tar.gz"))).toBe(true);
});

describe("the output the README shows is the output", () => {
  test("each shown line is printed, in order, and the last line is the last line", () => {
    const blocks = SHOWN.filter((s) => s.output);
    expect(blocks.length).toBeGreaterThan(0);
    for (const { command, output } of blocks) {
      const actual = bundledCli(argsOf(command)).stdout.trimEnd().split("\n");
      const shownLines = output!.filter((l) => l.trim() !== "..." && l.trim() !== "");
      let at = 0;
      for (const line of shownLines) {
        const found = actual.indexOf(line, at);
        expect({ command, line, printed: found >= 0 }).toEqual({ command, line, printed: true });
        at = found + 1;
      }
      expect(actual.at(-1)).toBe(shownLines.at(-1));
      expect(actual[0]).toBe(shownLines[0]);
    }
  });

  test("the last line the README quotes for all of examples/", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8").replace(/\n/g, " ");
    const quoted = /On all of `examples\/`.*? it reads\s+`([^`]+)`/.exec(readme)?.[1];
    expect(quoted).toBeDefined();
    expect(bundledCli(["check", "examples/"]).stdout.trimEnd().split("\n").at(-1)).toBe(quoted);
  });
});
