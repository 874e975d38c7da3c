#!/usr/bin/env node
// The benchmark: zowe-ha-policy against conftest, kube-score, Checkov and opa eval, side by side
// on the same generated corpora, each run a cold process.
//
//   npm run bench:tools                # sizes 1000,10000,20000 (Kubernetes) + Zowe configs
//   npm run bench:tools -- --quick     # sizes 100,1000, 3 runs, Checkov only at 100: < 2 minutes
//   node bench/run.mjs [--sizes 1000,10000] [--runs 5] [--runs-large 2] [--large 10000]
//                      [--tools ours,ours-eval,opa,conftest,kube-score,checkov]
//                      [--zowe-sizes 100,1000] [--checkov-max 10000] [--slow 60]
//                      [--layout mixed] [--seed zowe] [--build] [--no-write] [--quick]
//
// Tools (cwd = the corpus folder, output to a file that is then counted):
//   ours        node dist/cli.js check .                                   (text report)
//   ours-eval   node bench/eval-wasm.mjs model.json: our wasm engine alone on the dumped model
//   opa         opa eval --metrics -d <policies/*.rego> -i model.json data.zowe_ha.main.findings
//               (OPA's Go evaluator on the same model and policy; the model is dumped by
//               bench/model.mjs before, untimed)
//   conftest    conftest test --combine -p bench/conftest/policy .         (equivalent Rego)
//   kube-score  kube-score score -o ci <every file>
//   checkov     checkov -d . --framework kubernetes --quiet --compact --skip-download
//
// Wall time is the median of the runs; a size at or above --large runs --runs-large times, and a
// tool whose run takes longer than --slow seconds is not repeated at that size. Peak RSS is the
// largest of the runs (process tree, see lib/measure.mjs). Writes bench/results/<date>.md/.json
// (<date>-quick.* for --quick).
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, freemem, tmpdir, totalmem } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { ensureCorpus } from "./generate.mjs";
import { BUILD, ROOT, distWarnings, tscBuild } from "./lib/build.mjs";
import { yamlFiles } from "./lib/files.mjs";
import { measure, median, waitForIdle } from "./lib/measure.mjs";
import { dumpModel } from "./model.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = join(ROOT, ".tools", "bin");
const VENV = join(HERE, ".venv");
const CHECKOV = join(VENV, "bin", "checkov");

function parseArgs(argv) {
  const o = {
    sizes: [1000, 10000, 20000],
    runs: 5,
    runsLarge: 2,
    large: 10000,
    tools: ["ours", "ours-eval", "opa", "conftest", "kube-score", "checkov"],
    zoweSizes: [100, 1000],
    checkovMax: 10000,
    slowS: 60,
    layout: "mixed",
    seed: "zowe",
    build: false,
    write: true,
    quick: false,
    examples: true,
    waitIdle: 10,
  };
  const given = new Set();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    given.add(a);
    if (a === "--quick") o.quick = true;
    else if (a === "--sizes") o.sizes = v().split(",").map(Number);
    else if (a === "--runs") o.runs = Number(v());
    else if (a === "--runs-large") o.runsLarge = Number(v());
    else if (a === "--large") o.large = Number(v());
    else if (a === "--tools") o.tools = v().split(",");
    else if (a === "--zowe-sizes") o.zoweSizes = v() === "none" ? [] : argv[i].split(",").map(Number);
    else if (a === "--checkov-max") o.checkovMax = Number(v());
    else if (a === "--slow") o.slowS = Number(v());
    else if (a === "--layout") o.layout = v();
    else if (a === "--seed") o.seed = v();
    else if (a === "--build") o.build = true;
    else if (a === "--no-write") o.write = false;
    else if (a === "--no-examples") o.examples = false;
    else if (a === "--wait-idle") o.waitIdle = Number(v());
    else if (a === "-h" || a === "--help") {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), "utf8")
          .split("\n")
          .slice(1, 30)
          .join("\n"),
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  if (o.quick) {
    if (!given.has("--sizes")) o.sizes = [100, 1000];
    if (!given.has("--runs")) o.runs = 3;
    if (!given.has("--zowe-sizes")) o.zoweSizes = [100];
    if (!given.has("--checkov-max")) o.checkovMax = 100;
    if (!given.has("--slow")) o.slowS = 10;
    if (!given.has("--wait-idle")) o.waitIdle = 0;
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// Setup

function log(message) {
  process.stderr.write(`${message}\n`);
}

function sh(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options }).trim();
}

/** Builds (once) the pinned Go tools through tools/run, which rebuilds them when tools/go.mod changes. */
function goTool(name) {
  try {
    const versionArgs = { conftest: ["--version"], "kube-score": ["version"], opa: ["version"] }[name];
    const out = sh(join(ROOT, "tools", "run"), [name, ...versionArgs], { cwd: ROOT, timeout: 15 * 60 * 1000 });
    return { bin: join(BIN, name), version: out.split("\n").slice(0, 2).join("; ") };
  } catch (error) {
    return {
      error: `tools/run ${name} failed: ${(error.stderr || error.message).toString().split("\n").slice(-3).join(" ")}`,
    };
  }
}

/** Checkov in bench/.venv, installed from PyPI (bench/requirements.txt) unless quick mode forbids. */
function checkov(install) {
  if (!existsSync(CHECKOV)) {
    if (!install)
      return {
        error:
          "not installed in bench/.venv (quick mode does not install it; run the full bench once, or: python3 -m venv bench/.venv && bench/.venv/bin/pip install -r bench/requirements.txt)",
      };
    log("bench: installing Checkov into bench/.venv (pip, from PyPI) ...");
    try {
      sh("python3", ["-m", "venv", VENV]);
      sh(join(VENV, "bin", "pip"), ["install", "--quiet", "-r", join(HERE, "requirements.txt")], {
        timeout: 15 * 60 * 1000,
      });
    } catch (error) {
      return {
        error: `pip install of checkov failed (PyPI unreachable or refused?): ${(error.stderr || error.message).toString().split("\n").slice(-3).join(" ")}`,
      };
    }
  }
  try {
    return { bin: CHECKOV, version: sh(CHECKOV, ["--version"], { timeout: 120000 }) };
  } catch (error) {
    return { error: `checkov does not run: ${error.message}` };
  }
}

/** The .rego files dist/policy.wasm is built from (no tests), copied so that concurrent edits do not change a run. */
function snapshotPolicies() {
  const out = join(BUILD, "policy-snapshot");
  rmSync(out, { recursive: true, force: true });
  cpSync(join(ROOT, "policies"), out, {
    recursive: true,
    filter: (src) => statSync(src).isDirectory() || (src.endsWith(".rego") && !src.endsWith("_test.rego")),
  });
  return out;
}

function machine() {
  const c = cpus();
  return {
    cpu: c[0]?.model ?? "unknown",
    cores: c.length,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeGiB: +(freemem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Tools

/** Each tool: the command for a corpus, and how to count its findings from its output. */
function toolTable(env) {
  return {
    ours: {
      label: "zowe-ha-policy check",
      argv: () => [process.execPath, join(ROOT, "dist", "cli.js"), "check", "."],
      findings: (out) => {
        const m = /(\d+) problems?/.exec(out);
        return m ? Number(m[1]) : /no problems/i.test(out) ? 0 : undefined;
      },
      ok: (code) => code === 0 || code === 1,
    },
    "ours-eval": {
      label: "our wasm engine on the model (bench/eval-wasm.mjs)",
      needsModel: true,
      argv: (c) => [process.execPath, join(HERE, "eval-wasm.mjs"), c.model],
      findings: (out) => JSON.parse(out.trim().split("\n").at(-1)).violations,
      extra: (out) => {
        const j = JSON.parse(out.trim().split("\n").at(-1));
        return { evalMs: j.evaluateMs, compileMs: j.compileMs };
      },
      ok: (code) => code === 0,
    },
    opa: {
      label: "opa eval (Go) of our policy on our model",
      needsModel: true,
      argv: (c) => [env.opa.bin, "eval", "--metrics", "-d", env.policies, "-i", c.model, "data.zowe_ha.main.findings"],
      findings: (out) => JSON.parse(out).result?.[0]?.expressions?.[0]?.value?.length ?? 0,
      extra: (out) => {
        const m = JSON.parse(out).metrics ?? {};
        return {
          evalMs: (m.timer_rego_query_eval_ns ?? 0) / 1e6,
          compileMs: ((m.timer_rego_module_parse_ns ?? 0) + (m.timer_rego_module_compile_ns ?? 0)) / 1e6,
          inputMs: (m.timer_rego_load_files_ns ?? 0) / 1e6,
        };
      },
      ok: (code) => code === 0,
    },
    conftest: {
      label: "conftest test --combine (bench/conftest/policy)",
      argv: () => [env.conftest.bin, "test", "--combine", "--no-color", "-p", join(HERE, "conftest", "policy"), "."],
      findings: (out) => {
        const m = /(\d+) tests?, (\d+) passed, (\d+) warnings?, (\d+) failures?/.exec(out);
        return m ? Number(m[4]) + Number(m[3]) : undefined;
      },
      ok: (code) => code === 0 || code === 1,
    },
    "kube-score": {
      label: "kube-score score -o ci",
      argv: (c) => [env["kube-score"].bin, "score", "-o", "ci", ...c.files],
      findings: (out) => out.split("\n").filter((l) => l.startsWith("[CRITICAL]") || l.startsWith("[WARNING]")).length,
      ok: (code) => code === 0 || code === 1,
    },
    checkov: {
      label: "checkov -d . --framework kubernetes",
      argv: () => [
        env.checkov.bin,
        "-d",
        ".",
        "--framework",
        "kubernetes",
        "--quiet",
        "--compact",
        "--skip-download",
        "-o",
        "cli",
      ],
      findings: (out) => {
        const m = /Failed checks: (\d+)/.exec(out);
        return m ? Number(m[1]) : 0;
      },
      ok: (code) => code === 0 || code === 1,
    },
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Reads every file of the corpus (and the dumped model) so that each tool starts with them in the
 * page cache: Checkov's 2.8 GB at 10,000 documents evicted the corpus, and whichever tool ran next
 * waited on the disk (a run of ours took 2.54 s wall for 2.10 s of CPU).
 */
function warmPageCache(corpus) {
  for (const e of readdirSync(corpus.dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) readFileSync(join(e.parentPath, e.name));
  if (corpus.model) readFileSync(corpus.model);
}

async function runTool(tool, name, corpus, scratch, env) {
  warmPageCache(corpus);
  const stdoutFile = join(scratch, `${name}.out`);
  const stderrFile = join(scratch, `${name}.err`);
  const m = await measure(tool.argv(corpus), {
    cwd: corpus.dir,
    stdoutFile,
    stderrFile,
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  const out = readFileSync(stdoutFile, "utf8");
  const result = {
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    loadBefore: m.loadBefore,
    idleBefore: corpus.idleBefore,
    peakRssBytes: m.peakRssBytes,
    exitCode: m.exitCode,
    signal: m.signal ?? null,
  };
  if (m.timedOut || !tool.ok(m.exitCode)) {
    result.error = `exit ${m.exitCode}${m.signal ? ` signal ${m.signal}` : ""}${m.timedOut ? " (timed out)" : ""}: ${readFileSync(stderrFile, "utf8").trim().split("\n").slice(-3).join(" ").slice(0, 400)}`;
    return result;
  }
  try {
    result.findings = tool.findings(out);
    if (tool.extra) Object.assign(result, tool.extra(out));
  } catch (error) {
    result.error = `cannot read the output: ${error.message}`;
  }
  return result;
}

/** Runs every tool on one corpus, round-robin, and returns one row per tool. */
async function benchCorpus(o, env, tools, corpus, sizeLabel) {
  const runs = corpus.documents >= o.large ? o.runsLarge : o.runs;
  const scratch = mkdtempSync(join(tmpdir(), "zhp-bench-"));
  const rows = new Map(tools.map((t) => [t, { tool: t, samples: [], skipped: undefined }]));
  const table = toolTable(env);
  try {
    for (let r = 0; r < runs; r++) {
      for (const name of tools) {
        const row = rows.get(name);
        if (row.skipped || row.error) continue;
        if (r > 0 && row.samples.some((s) => s.wallMs > o.slowS * 1000)) continue;
        if (o.waitIdle > 0) corpus.idleBefore = await waitForIdle(o.waitIdle);
        const res = await runTool(table[name], name, corpus, scratch, {});
        if (res.error) {
          row.error = res.error;
          log(`  ${sizeLabel} ${name}: ERROR ${res.error}`);
          continue;
        }
        row.samples.push(res);
        log(
          `  ${sizeLabel} ${name} run ${r + 1}/${runs}: ${(res.wallMs / 1000).toFixed(2)} s (cpu ${(res.cpuMs / 1000).toFixed(2)} s, load ${res.loadBefore.toFixed(1)}), ${(res.peakRssBytes / 2 ** 20).toFixed(0)} MB, ${res.findings} findings`,
        );
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return [...rows.values()].map((row) => {
    const s = row.samples;
    if (s.length === 0) return { tool: row.tool, error: row.error ?? "no run" };
    const wall = median(s.map((x) => x.wallMs));
    const out = {
      tool: row.tool,
      runs: s.length,
      medianWallMs: wall,
      minWallMs: Math.min(...s.map((x) => x.wallMs)),
      maxWallMs: Math.max(...s.map((x) => x.wallMs)),
      medianCpuMs: median(s.map((x) => x.cpuMs ?? NaN)),
      medianLoad: median(s.map((x) => x.loadBefore)),
      samples: s.map((x) => ({
        wallMs: x.wallMs,
        cpuMs: x.cpuMs,
        peakRssMB: x.peakRssBytes / 2 ** 20,
        loadBefore: x.loadBefore,
        idleBefore: x.idleBefore,
      })),
      peakRssMB: Math.max(...s.map((x) => x.peakRssBytes)) / 2 ** 20,
      msPerDoc: wall / corpus.documents,
      findings: s.at(-1).findings,
      exitCode: s.at(-1).exitCode,
    };
    if (s[0].evalMs !== undefined) out.medianEvalMs = median(s.map((x) => x.evalMs));
    if (s[0].compileMs !== undefined) out.medianCompileMs = median(s.map((x) => x.compileMs));
    if (row.error) out.error = row.error;
    return out;
  });
}

function toolsFor(o, env, kind, size) {
  return o.tools.filter((t) => {
    if (env[t === "ours-eval" ? "ours" : t]?.error) return false;
    if (kind === "zowe" && ["conftest", "kube-score", "checkov"].includes(t)) return false; // Kubernetes-only tools
    if (t === "checkov" && size > o.checkovMax) return false;
    return true;
  });
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (o.build) {
    log("bench: npm run build ...");
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
  const warnings = distWarnings();
  for (const w of warnings) log(`warning: ${w}`);
  const env = { ours: { version: JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version } };
  const needsModel = o.tools.includes("opa") || o.tools.includes("ours-eval");
  if (needsModel) tscBuild();
  if (o.tools.includes("opa")) {
    env.opa = goTool("opa");
    env.policies = snapshotPolicies();
  }
  if (o.tools.includes("conftest")) env.conftest = goTool("conftest");
  if (o.tools.includes("kube-score")) env["kube-score"] = goTool("kube-score");
  if (o.tools.includes("checkov")) env.checkov = checkov(!o.quick);
  for (const [t, e] of Object.entries(env)) if (e?.error) log(`bench: ${t} unavailable: ${e.error}`);

  const results = [];
  const plan = [
    ...o.sizes.map((size) => ({ kind: "k8s", size })),
    ...o.zoweSizes.map((size) => ({ kind: "zowe", size })),
  ];
  for (const { kind, size } of plan) {
    const { dir, manifest } = ensureCorpus({ size, kind, layout: o.layout, seed: o.seed });
    const tools = toolsFor(o, env, kind, size);
    const corpus = {
      dir,
      documents: manifest.documents,
      files: tools.includes("kube-score") ? yamlFiles(dir).map((p) => relative(dir, p)) : [],
    };
    const label = `${kind} ${size}`;
    let modelInfo;
    if (tools.some((t) => toolTable(env)[t].needsModel)) {
      const t = performance.now();
      const { input, stats, findings } = await dumpModel(dir);
      corpus.model = join(BUILD, "models", `${kind}-${o.layout}-${size}-${o.seed}.json`);
      mkdirSync(dirname(corpus.model), { recursive: true });
      const json = JSON.stringify(input);
      writeFileSync(corpus.model, json);
      modelInfo = { bytes: json.length, ...stats, findings };
      log(
        `  ${label}: model dumped (${(json.length / 2 ** 20).toFixed(1)} MiB, ${((performance.now() - t) / 1000).toFixed(1)} s, untimed)`,
      );
    }
    log(
      `bench: ${label} documents (${manifest.files} files, ${(manifest.bytes / 2 ** 20).toFixed(1)} MiB): ${tools.join(", ")}`,
    );
    const rows = await benchCorpus(o, env, tools, corpus, label);
    results.push({
      kind,
      size,
      corpus: manifest,
      model: modelInfo,
      rows,
      notRun: o.tools
        .filter((t) => !tools.includes(t))
        .map((t) => ({
          tool: t,
          why:
            env[t === "ours-eval" ? "ours" : t]?.error ??
            (t === "checkov" && size > o.checkovMax
              ? `above --checkov-max ${o.checkovMax}`
              : "not a Kubernetes-only corpus tool"),
        })),
    });
  }

  let examples;
  if (o.examples && o.tools.includes("ours")) {
    const samples = [];
    for (let i = 0; i < Math.max(o.runs, 5); i++)
      samples.push(await measure([process.execPath, join(ROOT, "dist", "cli.js"), "check", "examples"], { cwd: ROOT }));
    examples = {
      medianWallMs: median(samples.map((s) => s.wallMs)),
      peakRssMB: Math.max(...samples.map((s) => s.peakRssBytes)) / 2 ** 20,
      runs: samples.length,
    };
    log(`bench: check examples/ (cold start): ${examples.medianWallMs.toFixed(0)} ms median of ${samples.length}`);
  }

  const report = {
    date: new Date().toISOString(),
    options: o,
    machine: machine(),
    versions: Object.fromEntries(
      Object.entries(env)
        .filter(([k]) => k !== "policies")
        .map(([k, v]) => [k, v?.version ?? v?.error]),
    ),
    warnings,
    durationS: (Date.now() - started) / 1000,
    examples,
    results,
  };
  const md = renderMarkdown(report);
  console.log(md);
  if (o.write) {
    const dir = join(HERE, "results");
    mkdirSync(dir, { recursive: true });
    const base = join(dir, `${report.date.slice(0, 10)}${o.quick ? "-quick" : ""}`);
    writeFileSync(`${base}.md`, md);
    writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    log(`bench: wrote ${relative(ROOT, base)}.md and .json in ${report.durationS.toFixed(0)} s`);
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const s2 = (ms) => (ms >= 10000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2));
const LABEL = {
  ours: "zowe-ha-policy check",
  "ours-eval": "our wasm engine, model only",
  opa: "opa eval, model only",
  conftest: "conftest --combine",
  "kube-score": "kube-score",
  checkov: "checkov",
};

function renderMarkdown(r) {
  const L = [];
  L.push(`# Benchmark ${r.date.slice(0, 10)}${r.options.quick ? " (quick)" : ""}`, "");
  L.push(
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; ${r.machine.platform}; Node ${r.machine.node}. Took ${r.durationS.toFixed(0)} s.`,
    "",
  );
  L.push(
    `Versions: ${Object.entries(r.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join("; ")}.`,
    "",
  );
  if (r.warnings.length) L.push(`**Warnings:** ${r.warnings.join("; ")}.`, "");
  L.push(
    `Each run is a cold process on a corpus from \`bench/generate.mjs\` (seed ${r.options.seed}, layout ${r.options.layout}); wall time is the median of the runs, peak RSS the largest (process tree), ms/doc = median wall / documents. "model only" rows time a process that evaluates the dumped model (no YAML): compare them with each other; their "eval" column is the evaluation alone (ours: instantiate + evaluate + result check; opa: timer_rego_query_eval).`,
    "",
  );
  for (const kind of ["k8s", "zowe"]) {
    const res = r.results.filter((x) => x.kind === kind);
    if (res.length === 0) continue;
    L.push(
      kind === "k8s"
        ? "## Kubernetes corpora"
        : "## Zowe configuration corpora (zowe.yaml with 2–8 haInstances; Kubernetes-only tools do not apply)",
      "",
    );
    // Matrix: tools × sizes.
    const tools = [...new Set(res.flatMap((x) => x.rows.map((row) => row.tool)))];
    L.push(
      `| tool | ${res.map((x) => `${x.size} docs: wall s · RSS MB · ms/doc`).join(" | ")} |`,
      `|---|${res.map(() => "---:").join("|")}|`,
    );
    for (const t of tools) {
      const cells = res.map((x) => {
        const row = x.rows.find((y) => y.tool === t);
        if (!row) return "—";
        if (row.medianWallMs === undefined) return `error`;
        return `${s2(row.medianWallMs)} · ${row.peakRssMB.toFixed(0)} · ${row.msPerDoc.toFixed(2)}`;
      });
      L.push(`| ${LABEL[t] ?? t} | ${cells.join(" | ")} |`);
    }
    L.push("");
    L.push(
      "| docs | files | MiB | tool | runs | median wall s | min–max s | CPU s | load | peak RSS MB | ms/doc | × ours | eval ms | findings | growth vs previous size |",
      "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    let prev;
    for (const x of res) {
      const ours = x.rows.find((y) => y.tool === "ours");
      for (const row of x.rows) {
        if (row.medianWallMs === undefined) {
          L.push(
            `| ${x.size} | ${x.corpus.files} | ${(x.corpus.bytes / 2 ** 20).toFixed(1)} | ${LABEL[row.tool] ?? row.tool} | 0 | — | — | — | — | — | — | — | — | — | error: ${row.error} |`,
          );
          continue;
        }
        const p = prev?.rows.find((y) => y.tool === row.tool);
        const growth = p?.medianWallMs
          ? `${(row.medianWallMs / p.medianWallMs).toFixed(1)}× for ${(x.size / prev.size).toFixed(0)}× docs`
          : "";
        const rel =
          ours?.medianWallMs && row.tool !== "ours"
            ? `${(row.medianWallMs / ours.medianWallMs).toFixed(2)}`
            : row.tool === "ours"
              ? "1"
              : "";
        L.push(
          `| ${x.size} | ${x.corpus.files} | ${(x.corpus.bytes / 2 ** 20).toFixed(1)} | ${LABEL[row.tool] ?? row.tool} | ${row.runs} | ${s2(row.medianWallMs)} | ${s2(row.minWallMs)}–${s2(row.maxWallMs)} | ${Number.isFinite(row.medianCpuMs) ? s2(row.medianCpuMs) : ""} | ${row.medianLoad.toFixed(1)} | ${row.peakRssMB.toFixed(0)} | ${row.msPerDoc.toFixed(3)} | ${rel} | ${row.medianEvalMs !== undefined ? row.medianEvalMs.toFixed(0) : ""} | ${row.findings ?? ""} | ${growth} |`,
        );
      }
      for (const n of x.notRun)
        L.push(`| ${x.size} | | | ${LABEL[n.tool] ?? n.tool} | 0 | | | | | | | | | | not run: ${n.why} |`);
      prev = x;
    }
    L.push("");
  }
  if (r.examples)
    L.push(
      `\`check examples/\` cold start (repository root, its .zowe-ha-policy.yaml): median ${r.examples.medianWallMs.toFixed(0)} ms of ${r.examples.runs}, peak RSS ${r.examples.peakRssMB.toFixed(0)} MB.`,
      "",
    );
  L.push(
    "Findings are each tool's own count (ours: problems; conftest: failures; kube-score: CRITICAL+WARNING lines; Checkov: failed checks; opa/ours-eval: violations) — the tools check different things; conftest runs 4 of our Kubernetes checks (bench/conftest/policy/ha.rego), we run all our rules (Kubernetes and the Zowe rules on every zowe.yaml embedded in a ConfigMap).",
    "",
  );
  return L.join("\n");
}

await main();
