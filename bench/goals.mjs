#!/usr/bin/env node
// Issue 17's table, every row with its goal, side by side in one run:
//
//   npm run bench                            # all rows (about 10 minutes on 2 cores)
//   node bench/goals.mjs [--runs 5] [--rows k8s,examples,instances,clash,rss] [--timeout 300]
//                        [--node PATH] [--cli PATH] [--no-write]
//
// --cli times another build's entry point (default dist/cli.js), e.g. an earlier commit's:
//   git archive <commit> dist package.json | tar -x -C /tmp/before
//   node bench/goals.mjs --cli /tmp/before/dist/cli.js --no-write
//
// Rows (every run a cold process; the commands of a row run in turn, round after round, and
// each ratio is taken within a round and reported as the median of the rounds, so that the
// machine's speed drifting during the run moves both sides of a ratio alike):
//   k8s        10,000 Kubernetes documents (bench/generate.mjs --size 10000): `check .` against
//              conftest --combine (bench/conftest/policy), kube-score and the js-yaml parse floor
//              (bench/floor.mjs: find, read and parse the same files, nothing else)
//   examples   `check examples/` from the repository root against `node -e 0`
//   instances  400 haInstances on 10 LPARs and 4,000 on 100 (40 per LPAR, generate.mjs --kind
//              instances): the growth for 10 times the input, and the larger against a cold
//              `check examples/` (which runs in the same rounds)
//   clash      1,000 instances on 100 LPARs, every instance on the default ports: findings
//   rss        peak RSS of `check .` on 20,000 Kubernetes documents
//
// Writes bench/results/goals-<date>.md and .json. The tools run by bench/run.mjs (conftest,
// kube-score) are built through tools/run on first use.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { ensureCorpus } from "./generate.mjs";
import { ROOT, distWarnings } from "./lib/build.mjs";
import { yamlFiles } from "./lib/files.mjs";
import { measure, median } from "./lib/measure.mjs";

const HERE = join(ROOT, "bench");
const ROWS = ["k8s", "examples", "instances", "clash", "rss"];

function parseArgs(argv) {
  const o = {
    runs: 5,
    rows: ROWS,
    timeoutS: 300,
    node: process.execPath,
    cli: join(ROOT, "dist", "cli.js"),
    write: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === "--runs") o.runs = Number(v());
    else if (a === "--rows") o.rows = v().split(",");
    else if (a === "--timeout") o.timeoutS = Number(v());
    else if (a === "--node") o.node = v();
    else if (a === "--cli") o.cli = resolve(v());
    else if (a === "--no-write") o.write = false;
    else if (a === "-h" || a === "--help") {
      const lines = readFileSync(new URL(import.meta.url), "utf8")
        .split("\n")
        .slice(1);
      console.log(
        lines
          .slice(
            0,
            lines.findIndex((l) => !l.startsWith("//")),
          )
          .join("\n"),
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  for (const r of o.rows) if (!ROWS.includes(r)) throw new Error(`unknown row ${r} (rows: ${ROWS.join(", ")})`);
  return o;
}

const log = (m) => process.stderr.write(`${m}\n`);

function goTool(name, versionArgs) {
  const out = execFileSync(join(ROOT, "tools", "run"), [name, ...versionArgs], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 15 * 60 * 1000,
  });
  return { bin: join(ROOT, ".tools", "bin", name), version: out.trim().split("\n").slice(0, 2).join("; ") };
}

/** Problems counted from our text report's closing line. */
const ourFindings = (out) => {
  const m = /(\d+) problems?/.exec(out);
  return m ? Number(m[1]) : /no problems/i.test(out) ? 0 : undefined;
};

/**
 * Runs the commands in turn, round after round. Returns, per command, its samples; a command that
 * fails (or times out) is dropped from later rounds.
 */
async function rounds(label, commands, runs, timeoutS) {
  const scratch = mkdtempSync(join(tmpdir(), "zhp-goals-"));
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const errors = {};
  try {
    for (let r = 0; r < runs; r++) {
      for (const [name, c] of Object.entries(commands)) {
        if (errors[name]) continue;
        const out = join(scratch, `${name}.out`);
        const err = join(scratch, `${name}.err`);
        const m = await measure(c.argv, {
          cwd: c.cwd,
          stdoutFile: out,
          stderrFile: err,
          timeoutMs: timeoutS * 1000,
          env: { ...process.env, NO_COLOR: "1" },
        });
        const ok = !m.timedOut && (c.ok ?? ((code) => code === 0))(m.exitCode);
        if (!ok) {
          errors[name] = m.timedOut
            ? `timed out after ${timeoutS} s`
            : `exit ${m.exitCode}: ${readFileSync(err, "utf8").trim().split("\n").slice(-2).join(" ").slice(0, 300)}`;
          log(`  ${label} ${name}: ${errors[name]}`);
          continue;
        }
        const sample = {
          round: r,
          wallMs: m.wallMs,
          cpuMs: m.cpuMs,
          peakRssMB: m.peakRssBytes / 2 ** 20,
          load: m.loadBefore,
        };
        if (c.findings) sample.findings = c.findings(readFileSync(out, "utf8"));
        samples[name].push(sample);
        log(
          `  ${label} ${name} round ${r + 1}/${runs}: ${(m.wallMs / 1000).toFixed(2)} s, ${sample.peakRssMB.toFixed(0)} MB${sample.findings !== undefined ? `, ${sample.findings} findings` : ""} (load ${m.loadBefore.toFixed(1)})`,
        );
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { samples, errors };
}

/**
 * Median over the rounds of a/b, each round's a over the same round's b (wall time), and the
 * median CPU ratio: on a machine busy with other work the CPU seconds move less than the wall.
 */
function pairedRatio(a = [], b = []) {
  const byRound = new Map(b.map((s) => [s.round, s]));
  const pairs = a.filter((s) => byRound.has(s.round)).map((s) => [s, byRound.get(s.round)]);
  if (pairs.length === 0) return undefined;
  const ratios = pairs.map(([x, y]) => x.wallMs / y.wallMs);
  return {
    median: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    n: ratios.length,
    cpu: median(pairs.map(([x, y]) => x.cpuMs / y.cpuMs)),
  };
}

function summary(samples) {
  if (!samples?.length) return undefined;
  return {
    runs: samples.length,
    medianWallMs: median(samples.map((s) => s.wallMs)),
    minWallMs: Math.min(...samples.map((s) => s.wallMs)),
    maxWallMs: Math.max(...samples.map((s) => s.wallMs)),
    medianCpuMs: median(samples.map((s) => s.cpuMs)),
    peakRssMB: Math.max(...samples.map((s) => s.peakRssMB)),
    findings: samples.at(-1).findings,
  };
}

const ours = (o, cwd, args = ["."]) => ({
  argv: [o.node, o.cli, "check", ...args],
  cwd,
  findings: ourFindings,
  ok: (code) => code === 0 || code === 1,
});

async function k8sRow(o, env) {
  const { dir, manifest } = ensureCorpus({ size: 10000, kind: "k8s", layout: "mixed", seed: "zowe" });
  const files = yamlFiles(dir).map((p) => relative(dir, p));
  const commands = {
    ours: ours(o, dir),
    conftest: {
      argv: [env.conftest.bin, "test", "--combine", "--no-color", "-p", join(HERE, "conftest", "policy"), "."],
      cwd: dir,
      findings: (out) => {
        const m = /(\d+) tests?, (\d+) passed, (\d+) warnings?, (\d+) failures?/.exec(out);
        return m ? Number(m[4]) + Number(m[3]) : undefined;
      },
      ok: (code) => code === 0 || code === 1,
    },
    "kube-score": {
      argv: [env["kube-score"].bin, "score", "-o", "ci", ...files],
      cwd: dir,
      findings: (out) => out.split("\n").filter((l) => /^\[(CRITICAL|WARNING)\]/.test(l)).length,
      ok: (code) => code === 0 || code === 1,
    },
    floor: { argv: [o.node, join(HERE, "floor.mjs"), "."], cwd: dir, findings: (out) => JSON.parse(out).documents },
  };
  const { samples, errors } = await rounds("k8s 10000", commands, o.runs, o.timeoutS);
  return {
    corpus: { documents: manifest.documents, files: manifest.files, MiB: +(manifest.bytes / 2 ** 20).toFixed(1) },
    tools: Object.fromEntries(Object.keys(commands).map((k) => [k, summary(samples[k]) ?? { error: errors[k] }])),
    ratios: {
      conftestOverOurs: pairedRatio(samples.conftest, samples.ours),
      kubeScoreOverOurs: pairedRatio(samples["kube-score"], samples.ours),
      oursOverFloor: pairedRatio(samples.ours, samples.floor),
    },
  };
}

async function examplesRow(o) {
  const commands = {
    ours: ours(o, ROOT, ["examples"]),
    bare: { argv: [o.node, "-e", "0"], cwd: ROOT },
  };
  const { samples, errors } = await rounds("examples", commands, Math.max(15, o.runs * 3), o.timeoutS);
  return {
    tools: { ours: summary(samples.ours) ?? { error: errors.ours }, bare: summary(samples.bare) },
    ratios: { oursOverBare: pairedRatio(samples.ours, samples.bare) },
  };
}

async function instancesRow(o) {
  const small = ensureCorpus({ kind: "instances", instances: 400, lpars: 10 });
  const large = ensureCorpus({ kind: "instances", instances: 4000, lpars: 100 });
  const commands = {
    "400 on 10": ours(o, small.dir),
    "4000 on 100": ours(o, large.dir),
    examples: ours(o, ROOT, ["examples"]),
  };
  const { samples, errors } = await rounds("instances", commands, Math.min(o.runs, 3), o.timeoutS);
  return {
    tools: Object.fromEntries(Object.keys(commands).map((k) => [k, summary(samples[k]) ?? { error: errors[k] }])),
    ratios: {
      growth: pairedRatio(samples["4000 on 100"], samples["400 on 10"]),
      largeOverExamples: pairedRatio(samples["4000 on 100"], samples.examples),
    },
  };
}

async function clashRow(o) {
  const { dir } = ensureCorpus({ kind: "instances", instances: 1000, lpars: 100, clashingPorts: true });
  const { samples, errors } = await rounds("clash", { ours: ours(o, dir) }, 1, o.timeoutS);
  return { tools: { ours: summary(samples.ours) ?? { error: errors.ours } } };
}

async function rssRow(o) {
  const { dir, manifest } = ensureCorpus({ size: 20000, kind: "k8s", layout: "mixed", seed: "zowe" });
  const { samples, errors } = await rounds("rss 20000", { ours: ours(o, dir) }, Math.min(o.runs, 3), o.timeoutS);
  return {
    corpus: { documents: manifest.documents, files: manifest.files, MiB: +(manifest.bytes / 2 ** 20).toFixed(1) },
    tools: { ours: summary(samples.ours) ?? { error: errors.ours } },
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const s = (ms) =>
  ms === undefined ? "—" : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
const x = (r) =>
  r
    ? `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)}, ${r.n} rounds; CPU ${r.cpu.toFixed(2)}×)`
    : "—";
const holds = (ok) => (ok === undefined ? "not measured" : ok ? "**yes**" : "**no**");
const wall = (t) => (t?.medianWallMs !== undefined ? s(t.medianWallMs) : t?.error ? `error: ${t.error}` : "—");

/** The issue's table: one line per row, its goal and whether it holds. */
function goalLines(r) {
  const L = [];
  const k = r.rows.k8s;
  if (k) {
    const c = k.ratios.conftestOverOurs;
    const ks = k.ratios.kubeScoreOverOurs;
    const f = k.ratios.oursOverFloor;
    L.push(
      `| 10,000 Kubernetes documents | ${wall(k.tools.ours)} | conftest \`--combine\`, same HA checks: ${wall(k.tools.conftest)} | ${x(c)} faster | ≥ 5× | ${holds(c && c.median >= 5)} |`,
      `| same | | kube-score: ${wall(k.tools["kube-score"])} | ${x(ks)} faster | > 1× | ${holds(ks && ks.median > 1)} |`,
      `| same | | js-yaml parse alone: ${wall(k.tools.floor)} | ${x(f)} the floor | ≤ 2× | ${holds(f && f.median <= 2)} |`,
    );
  }
  const e = r.rows.examples;
  if (e) {
    const b = e.ratios.oursOverBare;
    L.push(
      `| \`check examples/\`, cold | ${wall(e.tools.ours)} | \`node -e 0\`: ${wall(e.tools.bare)} | ${x(b)} bare Node | ≤ 2.5× | ${holds(b && b.median <= 2.5)} |`,
    );
  }
  const i = r.rows.instances;
  if (i) {
    const g = i.ratios.growth;
    const le = i.ratios.largeOverExamples;
    L.push(
      `| 400 \`haInstances\` on 10 LPARs | ${wall(i.tools["400 on 10"])} | | | | |`,
      `| 4,000 \`haInstances\` on 100 LPARs (40 per LPAR) | ${wall(i.tools["4000 on 100"])} | 400 on 10 LPARs; a cold \`check examples/\`: ${wall(i.tools.examples)} | ${x(g)} for 10× input; ${x(le)} \`check examples/\` | ≤ 12×, and ≤ 20× a cold \`check examples/\` | ${holds(g && le ? g.median <= 12 && le.median <= 20 : undefined)} |`,
    );
  }
  const c = r.rows.clash;
  if (c) {
    const n = c.tools.ours.findings;
    L.push(
      `| 1,000 instances on 100 LPARs, clashing ports | ${n ?? wall(c.tools.ours)} findings (${wall(c.tools.ours)}) | | | ≤ 5,000 | ${holds(n === undefined ? undefined : n <= 5000)} |`,
    );
  }
  const m = r.rows.rss;
  if (m) {
    const peak = m.tools.ours.peakRssMB;
    L.push(
      `| Peak RSS, 20,000 Kubernetes documents | ${peak === undefined ? wall(m.tools.ours) : `${peak.toFixed(0)} MB`} (${wall(m.tools.ours)}) | | | < 300 MB | ${holds(peak === undefined ? undefined : peak < 300)} |`,
    );
  }
  return L;
}

function detailLines(r) {
  const L = [
    "| row | command | runs | median wall | min–max | CPU | peak RSS | findings |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const [row, v] of Object.entries(r.rows))
    for (const [tool, t] of Object.entries(v.tools))
      L.push(
        t.error
          ? `| ${row} | ${tool} | 0 | error: ${t.error} | | | | |`
          : `| ${row} | ${tool} | ${t.runs} | ${s(t.medianWallMs)} | ${s(t.minWallMs)}–${s(t.maxWallMs)} | ${s(t.medianCpuMs)} | ${t.peakRssMB.toFixed(0)} MB | ${t.findings ?? ""} |`,
      );
  return L;
}

function render(r) {
  return [
    `# Issue 17's table, ${r.date.slice(0, 10)}`,
    "",
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; Node ${r.node}; ${relative(ROOT, r.options.cli)}. Load average at the start ${r.loadBefore.toFixed(1)}, at the end ${r.loadAfter.toFixed(1)}. Took ${r.durationS.toFixed(0)} s. ${r.versions}`,
    "",
    r.warnings.length ? `**Warnings:** ${r.warnings.join("; ")}.\n` : "",
    "Every run is a cold process. The commands of a row run in turn, round after round; a ratio is taken within each round and the table gives the median over the rounds (with the lowest and highest), and the median ratio of CPU seconds (user + system); wall times are medians. The goals are about wall time.",
    "",
    "| run | ours | reference | ratio | goal | holds |",
    "| --- | ---: | ---: | ---: | ---: | :---: |",
    ...goalLines(r),
    "",
    "## Every command",
    "",
    ...detailLines(r),
    "",
    "Findings are each tool's own count (ours: problems; conftest: failures; kube-score: CRITICAL and WARNING lines; floor: documents parsed). conftest runs 4 of our Kubernetes checks (bench/conftest/policy/ha.rego); we run every rule.",
    "",
  ].join("\n");
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const warnings = distWarnings();
  for (const w of warnings) log(`warning: ${w}`);
  const env = {};
  if (o.rows.includes("k8s")) {
    env.conftest = goTool("conftest", ["--version"]);
    env["kube-score"] = goTool("kube-score", ["version"]);
  }
  const loadBefore = loadavg()[0];
  const rows = {};
  const run = {
    k8s: () => k8sRow(o, env),
    examples: () => examplesRow(o),
    instances: () => instancesRow(o),
    clash: () => clashRow(o),
    rss: () => rssRow(o),
  };
  for (const row of o.rows) {
    log(`bench: ${row} ...`);
    rows[row] = await run[row]();
  }
  const c = cpus();
  const report = {
    date: new Date().toISOString(),
    options: o,
    node: execFileSync(o.node, ["--version"], { encoding: "utf8" }).trim(),
    machine: {
      cpu: c[0]?.model ?? "unknown",
      cores: c.length,
      memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
    },
    versions: Object.entries(env)
      .map(([k, v]) => `${k}: ${v.version}.`)
      .join(" "),
    warnings,
    loadBefore,
    loadAfter: loadavg()[0],
    durationS: (Date.now() - started) / 1000,
    rows,
  };
  const md = render(report);
  console.log(md);
  if (o.write) {
    const dir = join(HERE, "results");
    mkdirSync(dir, { recursive: true });
    const base = join(dir, `goals-${report.date.slice(0, 10)}`);
    writeFileSync(`${base}.md`, md);
    writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    log(`bench: wrote ${relative(ROOT, base)}.md and .json`);
  }
}

await main();
