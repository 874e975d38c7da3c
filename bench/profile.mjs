#!/usr/bin/env node
// Stage profile of `zowe-ha-policy check` in a cold process, from V8's sampling profiler:
//
//   node bench/profile.mjs [--sizes 1000,10000] [--kind k8s] [--layout mixed] [--seed zowe]
//                          [--interval 1000] [--rss 20000] [--top 30] [--no-write]
//
// For each size it runs `node --cpu-prof dist/cli.js check .` in the generated corpus and
// summarises the profile three ways: by pipeline stage, by function, by source file. Samples of
// the bundle are attributed to their source files with the source map of an identical bundle
// built into bench/.build/bundle (bench/rollup.bench.mjs); if dist/cli.js differs from it (src/
// changed since the last npm run build) the source-mapped bundle is profiled instead.
//
// Stages: a sample belongs to the innermost pipeline function on its stack (discover, read,
// SourceFile = YAML parse, builder = model, evaluate = serialisation, the wasm module, locate,
// report...); YAML parse samples are split by the yaml module they are in (lexer, CST parser,
// composer, toJS). GC, idle (waiting for I/O) and (program) are V8's own categories.
// Writes bench/results/profile-<date>.md and .json; the .cpuprofile files stay in
// bench/.build/profiles (open them in Chrome DevTools or speedscope).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { ensureCorpus } from "./generate.mjs";
import { BUILD, ROOT, distWarnings, sourceMappedBundle, tscBuild } from "./lib/build.mjs";
import { dumpModel } from "./model.mjs";
import { measure } from "./lib/measure.mjs";
import { SourceMap } from "./lib/sourcemap.mjs";

const STAGES = [
  "startup (modules, config, catalogue)",
  "discovery",
  "read",
  "YAML: lexer",
  "YAML: CST parser",
  "YAML: compose (AST + positions)",
  "YAML: toJS",
  "YAML: other (SourceFile, LineCounter)",
  "YAML: js-yaml (values, no positions)",
  "model building",
  "serialise input (JSON.stringify + encode)",
  "wasm compile + instantiate",
  "wasm: load input (copy + JSON parse in wasm)",
  "wasm: evaluate",
  "wasm: dump result + JSON.parse",
  "locate: positioned re-parse (yaml, documents with findings)",
  "locate",
  "filter (suppress, baseline)",
  "reporting",
  "scan loop (other)",
  "GC",
  "idle (waiting for I/O)",
  "(program)",
  "other",
];

// ---------------------------------------------------------------------------------------------
// Frame classification

const WASM_IO = new Set(["wasm: load input (copy + JSON parse in wasm)", "wasm: dump result + JSON.parse"]);
const SPECIAL = new Map([
  ["(garbage collector)", "GC"],
  ["(idle)", "idle (waiting for I/O)"],
  ["(program)", "(program)"],
]);

function yamlCategory(file, fn) {
  if (file.includes("node_modules/js-yaml/")) return "YAML: js-yaml (values, no positions)";
  if (!file.includes("node_modules/yaml/")) return undefined;
  if (/^(toJS|toJSON|addPairToJSMap|mergeToJSMap|addMergeToJSMap|stringifyKey|createNode)$/.test(fn))
    return "YAML: toJS";
  if (file.includes("/parse/lexer")) return "YAML: lexer";
  if (file.includes("/parse/line-counter")) return "YAML: other (SourceFile, LineCounter)";
  if (file.includes("/parse/")) return "YAML: CST parser";
  return "YAML: compose (AST + positions)";
}

/** The stage a frame starts, or undefined when it inherits its caller's. */
function anchor(file, fn, url) {
  if (url.startsWith("wasm://")) return undefined; // decided by its callers (load/eval/dump)
  if (file.startsWith("src/")) {
    if (file.startsWith("src/discover/")) return "discovery";
    if (file === "src/load/read.ts") return "read";
    if (file === "src/load/yaml.ts") {
      if (/^withPositions$/.test(fn)) return "locate: positioned re-parse (yaml, documents with findings)";
      if (/^(locate|walk|nodeRegion|pairRegion|pointRegion|region|resolveAlias)$/.test(fn)) return "locate";
      if (/^(embedded|blockEmbedding|endOfLine)$/.test(fn)) return "model building";
      return "YAML: other (SourceFile, LineCounter)";
    }
    if (file === "src/model/model.ts" && /^(locate|layerPath)$/.test(fn)) return "locate";
    // The line reader serves findings, and once per ConfigMap the block a zowe.yaml is embedded in.
    if (file === "src/load/block-locator.ts") return fn === "literalBlock" ? "model building" : "locate";
    if (["src/load/", "src/model/", "src/zowe/", "src/render/"].some((folder) => file.startsWith(folder)))
      return "model building";
    if (file.startsWith("src/locate/")) return "locate";
    if (file === "src/engine/partition.ts") return "serialise input (JSON.stringify + encode)";
    if (file.startsWith("src/engine/")) {
      if (/instantiate|^load|compile|requiredHostBuiltins|Policy$/i.test(fn)) return "wasm compile + instantiate";
      if (/toViolation|isPathSegment|validIndex/.test(fn)) return "wasm: dump result + JSON.parse";
      if (/evaluate/i.test(fn)) return "serialise input (JSON.stringify + encode)";
      return "startup (modules, config, catalogue)";
    }
    if (file === "src/pipeline/scan.ts")
      return /evaluate/i.test(fn) ? "serialise input (JSON.stringify + encode)" : "scan loop (other)";
    if (file.startsWith("src/filter/")) return "filter (suppress, baseline)";
    if (file.startsWith("src/report/") || file === "src/core/findings.ts") return "reporting";
    return "startup (modules, config, catalogue)";
  }
  if (file.includes("@open-policy-agent/opa-wasm")) {
    if (/_loadJSON/.test(fn)) return "wasm: load input (copy + JSON parse in wasm)";
    if (/_dumpJSON/.test(fn)) return "wasm: dump result + JSON.parse";
    if (/evaluate/.test(fn)) return "wasm: evaluate";
    return "wasm compile + instantiate";
  }
  if (file.includes("node_modules/ajv") || file.includes("node_modules/fast-") || file.includes("json-schema"))
    return "startup (modules, config, catalogue)";
  if (url.startsWith("node:internal/fs/promises") || url === "") {
    if (/^(readdir|lstat|realpath)$/.test(fn)) return "discovery";
    if (/^(readFile|readFileHandle|readFileAsync|open|openFileHandle|read|close|fstat|stat)$/.test(fn)) return "read";
  }
  if (
    url.startsWith("node:internal/modules") ||
    url.startsWith("node:internal/bootstrap") ||
    url.startsWith("node:internal/main")
  )
    return "startup (modules, config, catalogue)";
  return undefined;
}

function frameInfo(callFrame, maps) {
  const url = callFrame.url ?? "";
  const fn = (callFrame.functionName || "(anonymous)").replace(/\$\d+$/, "");
  let file = url === "" ? "(native)" : url;
  let line = callFrame.lineNumber;
  const map = maps?.get(url);
  if (map) {
    const o = map.lookup(callFrame.lineNumber, callFrame.columnNumber);
    if (o) {
      file = o.source.replace(/^.*?node_modules\//, "node_modules/");
      line = o.line;
    } else file = "dist/cli.js";
  } else if (url.startsWith("file://")) {
    file = fileURLToPath(url).replace(`${ROOT}/`, "");
  } else if (url.startsWith("wasm://")) {
    file = "policy.wasm";
  }
  return { fn, file, line, url };
}

/** Summarises a .cpuprofile: stages, functions, files. */
export function summarise(profile, { maps }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ctx = new Map(); // id -> { stage, yaml, info }
  const order = [];
  const roots = profile.nodes.filter((n) => !parent.has(n.id));
  const stack = roots.map((r) => r.id);
  while (stack.length > 0) {
    const id = stack.pop();
    order.push(id);
    for (const c of byId.get(id).children ?? []) stack.push(c);
  }
  for (const id of order) {
    const n = byId.get(id);
    const info = frameInfo(n.callFrame, maps);
    const p = parent.has(id)
      ? ctx.get(parent.get(id))
      : { stage: undefined, yaml: undefined, rulePackage: undefined, regoFunction: undefined };
    let stage = p.stage;
    let yaml = p.yaml;
    const special = SPECIAL.get(info.fn);
    if (special) stage = special;
    const a =
      p.stage === "locate: positioned re-parse (yaml, documents with findings)" && !special
        ? undefined
        : anchor(info.file, info.fn, info.url);
    if (a) {
      stage = a;
      if (!a.startsWith("YAML")) yaml = undefined;
    }
    const y = yamlCategory(info.file, info.fn);
    if (y && yaml !== "YAML: toJS") yaml = y;
    // Wasm frames: opa_eval parses the input JSON itself (the SDK's fast path), then evaluates,
    // then dumps the result; an opa_json_parse*/opa_json_dump* frame decides for its callees.
    if (info.url.startsWith("wasm://")) {
      if (/^opa_(json|value)_parse/.test(info.fn)) stage = "wasm: load input (copy + JSON parse in wasm)";
      else if (/^opa_(json|value)_dump/.test(info.fn)) stage = "wasm: dump result + JSON.parse";
      else if (!WASM_IO.has(stage)) stage = "wasm: evaluate";
    }
    // The bundle's top level (module evaluation) is startup.
    if (!stage && info.file !== "(native)" && (info.fn === "(anonymous)" || info.fn === "(root)"))
      stage = info.fn === "(root)" ? undefined : "startup (modules, config, catalogue)";
    // Wasm functions compiled from Rego are named g0.data.<package path>.<rule>: the outermost
    // one under a rule package is the rule that costs; the innermost the helper doing the work.
    let rulePackage = p.rulePackage;
    let regoFunction = p.regoFunction;
    if (info.url.startsWith("wasm://") && info.fn.startsWith("g0.data.")) {
      regoFunction = info.fn.slice(3);
      const m = /^g0\.data\.zowe_ha\.rules\.([^.]+\.[^.]+)/.exec(info.fn);
      if (m && !rulePackage) rulePackage = m[1];
    }
    ctx.set(id, { stage, yaml, info, rulePackage, regoFunction });
  }
  const stageMs = Object.fromEntries(STAGES.map((s) => [s, 0]));
  const span = {};
  const fnMs = new Map();
  const fileMs = new Map();
  const packageMs = new Map();
  const regoMs = new Map();
  let t = profile.startTime;
  const samples = profile.samples;
  for (let i = 0; i < samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // this sample lasts until the next one
    t += profile.timeDeltas[i] ?? 0;
    const c = ctx.get(samples[i]);
    let stage = c.stage ?? "other";
    if (stage.startsWith("YAML") && c.yaml) stage = c.yaml;
    if (stage === "YAML: other (SourceFile, LineCounter)" && c.yaml) stage = c.yaml;
    stageMs[stage] = (stageMs[stage] ?? 0) + dt;
    const ms = (t - profile.startTime) / 1000;
    span[stage] ??= [ms, ms];
    span[stage][1] = ms;
    const key = `${c.info.fn}\t${c.info.file}:${c.info.line + 1}`;
    const f = fnMs.get(key) ?? { ms: 0, stage };
    f.ms += dt;
    fnMs.set(key, f);
    fileMs.set(c.info.file, (fileMs.get(c.info.file) ?? 0) + dt);
    if (stage === "wasm: evaluate") {
      const pkg =
        c.rulePackage ??
        (c.regoFunction?.startsWith("data.zowe_ha.lib") ? "(shared lib indexes)" : "(entrypoint, outside a rule)");
      packageMs.set(pkg, (packageMs.get(pkg) ?? 0) + dt);
      const fn = c.regoFunction ?? "(runtime, outside Rego functions)";
      regoMs.set(fn, (regoMs.get(fn) ?? 0) + dt);
    }
  }
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const functions = [...fnMs]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([k, v]) => {
      const [fn, where] = k.split("\t");
      return { function: fn, where, selfMs: v.ms, stage: v.stage };
    });
  const files = [...fileMs].sort((a, b) => b[1] - a[1]).map(([file, ms]) => ({ file, selfMs: ms }));
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms }));
  return {
    totalMs,
    stages: stageMs,
    spans: span,
    functions,
    files,
    wasmByRule: sorted(packageMs),
    wasmByRegoFunction: sorted(regoMs),
  };
}

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const o = {
    sizes: [1000, 10000],
    kind: "k8s",
    layout: "mixed",
    seed: "zowe",
    interval: 1000,
    rss: 20000,
    top: 30,
    write: true,
    wasm: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === "--sizes") o.sizes = v().split(",").map(Number);
    else if (a === "--kind") o.kind = v();
    else if (a === "--layout") o.layout = v();
    else if (a === "--seed") o.seed = v();
    else if (a === "--interval") o.interval = Number(v());
    else if (a === "--rss") o.rss = Number(v());
    else if (a === "--no-rss") o.rss = 0;
    else if (a === "--top") o.top = Number(v());
    else if (a === "--no-write") o.write = false;
    else if (a === "--no-wasm") o.wasm = false;
    else if (a === "--dir") o.dir = resolve(v());
    else if (a === "-h" || a === "--help") {
      console.log(
        "usage: node bench/profile.mjs [--sizes 1000,10000] [--kind k8s|zowe|mixed] [--layout mixed|multi|single] [--seed S] [--interval µs] [--rss N|--no-rss] [--top N] [--no-wasm] [--no-write] [--dir FOLDER (profile check on this folder, from the repository root)]",
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** The CLI's files: dist/cli.js and its chunks in cli/, relative to the folder. */
function cliFiles(dir) {
  return [
    "cli.js",
    ...readdirSync(join(dir, "cli"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => `cli/${f}`),
  ];
}

/** The CLI to profile and, per file URL of its code, the source map that describes it. */
function target() {
  const bundleDir = sourceMappedBundle();
  const files = cliFiles(bundleDir);
  const code = (dir, f) =>
    readFileSync(join(dir, f), "utf8")
      .replace(/\n\/\/# sourceMappingURL=.*\n?$/, "\n")
      .trimEnd();
  const same =
    files.length === cliFiles(join(ROOT, "dist")).length &&
    files.every((f) => {
      try {
        return code(bundleDir, f) === code(join(ROOT, "dist"), f);
      } catch {
        return false;
      }
    });
  // dist/ is stale or differs: profile the source-mapped bundle with dist's assets beside it.
  if (!same) for (const f of ["policy.wasm", "rules.json"]) copyFileSync(join(ROOT, "dist", f), join(bundleDir, f));
  const dir = same ? join(ROOT, "dist") : bundleDir;
  const maps = new Map(
    files.map((f) => [
      pathToFileURL(join(dir, f)).href,
      new SourceMap(JSON.parse(readFileSync(join(bundleDir, `${f}.map`), "utf8"))),
    ]),
  );
  return {
    cli: join(dir, "cli.js"),
    maps,
    note: same
      ? "dist/cli.js and its chunks (identical to the source-mapped bundle)"
      : "bench/.build/bundle/cli.js (dist/ differs from the sources: run npm run build)",
  };
}

export async function main(argv = process.argv.slice(2)) {
  const o = parseArgs(argv);
  for (const w of distWarnings()) console.error(`warning: ${w}`);
  const { cli, maps, note } = target();
  console.error(`profiling ${note}`);
  const profDir = join(BUILD, "profiles");
  mkdirSync(profDir, { recursive: true });
  const runs = [];
  if (o.dir) {
    o.sizes = [relative(ROOT, o.dir) || "."];
    o.wasm = false;
    o.rss = 0;
  }
  for (const size of o.sizes) {
    const { dir, manifest } = o.dir
      ? { dir: ROOT, manifest: { files: "?", bytes: 0, documents: "?" } }
      : ensureCorpus({ size, kind: o.kind, layout: o.layout, seed: o.seed });
    const tmp = join(profDir, `tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    const start = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        "--cpu-prof",
        "--cpu-prof-dir",
        tmp,
        "--cpu-prof-interval",
        String(o.interval),
        cli,
        "check",
        o.dir ? size : ".",
      ],
      { cwd: dir, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 },
    );
    const wallMs = performance.now() - start;
    if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (exit ${r.status}): ${r.stderr}`);
    const [file] = readdirSync(tmp);
    const saved = join(
      profDir,
      o.dir ? `dir-${String(size).replace(/[^\w.-]+/g, "_")}.cpuprofile` : `${o.kind}-${o.layout}-${size}.cpuprofile`,
    );
    copyFileSync(join(tmp, file), saved);
    rmSync(tmp, { recursive: true, force: true });
    const summary = summarise(JSON.parse(readFileSync(saved, "utf8")), { maps });
    runs.push({ size, corpus: manifest, wallMs, profile: saved.replace(`${ROOT}/`, ""), ...summary });
    console.error(`  ${size} documents: ${fmt(wallMs)} ms wall (profiled), ${fmt(summary.totalMs)} ms in the profile`);
  }
  // The policy alone on each size's model (bench/eval-wasm.mjs), sampled every 100 µs: per-rule
  // costs precise enough to compare across sizes.
  const wasmRuns = [];
  if (o.wasm) {
    tscBuild({ quiet: true });
    for (const size of o.sizes) {
      const { dir } = ensureCorpus({ size, kind: o.kind, layout: o.layout, seed: o.seed });
      const { input } = await dumpModel(dir);
      const model = join(profDir, `model-${o.kind}-${size}.json`);
      writeFileSync(model, JSON.stringify(input));
      const tmp = join(profDir, `tmp-${process.pid}`);
      rmSync(tmp, { recursive: true, force: true });
      const r = spawnSync(
        process.execPath,
        [
          "--cpu-prof",
          "--cpu-prof-dir",
          tmp,
          "--cpu-prof-interval",
          "100",
          join(ROOT, "bench", "eval-wasm.mjs"),
          model,
        ],
        { encoding: "utf8", maxBuffer: 1 << 26 },
      );
      if (r.status !== 0) throw new Error(`eval-wasm failed: ${r.stderr}`);
      const [file] = readdirSync(tmp);
      const saved = join(profDir, `wasm-${o.kind}-${size}.cpuprofile`);
      copyFileSync(join(tmp, file), saved);
      rmSync(tmp, { recursive: true, force: true });
      const timings = JSON.parse(r.stdout.trim().split("\n").at(-1));
      wasmRuns.push({
        size,
        timings,
        profile: saved.replace(`${ROOT}/`, ""),
        ...summarise(JSON.parse(readFileSync(saved, "utf8")), { maps: undefined }),
      });
      console.error(`  wasm only, ${size} documents: evaluate ${fmt(timings.evaluateMs)} ms`);
    }
  }
  let rss;
  if (o.rss > 0) {
    const { dir, manifest } = ensureCorpus({ size: o.rss, kind: o.kind, layout: o.layout, seed: o.seed });
    const stderrFile = join(profDir, `memwatch-${process.pid}.txt`);
    const m = await measure(
      [process.execPath, "--import", pathToFileURL(join(ROOT, "bench", "lib", "memwatch.mjs")).href, cli, "check", "."],
      { cwd: dir, stderrFile },
    );
    const line = readFileSync(stderrFile, "utf8")
      .split("\n")
      .find((l) => l.startsWith("MEMWATCH "));
    rmSync(stderrFile, { force: true });
    rss = {
      size: o.rss,
      documents: manifest.documents,
      bytes: manifest.bytes,
      wallMs: m.wallMs,
      peakRssMB: m.peakRssBytes / 2 ** 20,
      exitCode: m.exitCode,
      memoryUsagePeaksMB: line ? JSON.parse(line.slice(9)) : undefined,
    };
    console.error(
      `  peak RSS at ${o.rss} documents: ${rss.peakRssMB.toFixed(0)} MB (${fmt(m.wallMs)} ms, not profiled)`,
    );
  }
  const report = render(runs, rss, o, note, wasmRuns);
  console.log(report);
  if (o.write) {
    const dir = join(ROOT, "bench", "results");
    mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().slice(0, 10);
    const base = join(
      dir,
      `profile-${stamp}${o.dir ? `-${String(o.sizes[0]).replace(/[^\w.-]+/g, "_")}` : o.kind === "k8s" ? "" : `-${o.kind}`}`,
    );
    writeFileSync(`${base}.md`, report);
    const json = {
      date: new Date().toISOString(),
      node: process.version,
      options: o,
      target: note,
      runs: runs.map((r) => ({ ...r, functions: r.functions.slice(0, 200), files: r.files.slice(0, 100) })),
      wasmRuns: wasmRuns.map((r) => ({ ...r, functions: r.functions.slice(0, 100), files: undefined })),
      rss,
    };
    writeFileSync(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
    console.error(`wrote ${base.replace(`${ROOT}/`, "")}.md and .json`);
  }
}

/** Wasm evaluation time by rule package and by innermost Rego function, with growth across sizes. */
function wasmTables(lines, runs) {
  const last = runs.at(-1);
  const growth = runs.length >= 2;
  const head = (what) => [
    `| ${[what, ...runs.map((r) => `${r.size} docs ms`), ...(growth ? ["growth"] : [])].join(" | ")} |`,
    `|---|${runs.map(() => "---:").join("|")}${growth ? "|---:" : ""}|`,
  ];
  const table = (key, what) => {
    lines.push("", `## wasm evaluation by ${what}${growth ? ` (largest ${last.size} first)` : ""}`, "", ...head(what));
    for (const x of last[key].slice(0, 15)) {
      const vals = runs.map((r) => r[key].find((y) => y.name === x.name)?.ms ?? 0);
      lines.push(
        `| ${x.name} | ${vals.map(fmt).join(" | ")}${growth ? ` | ${vals[0] > 0.5 ? `${(vals.at(-1) / vals[0]).toFixed(1)}×` : "—"}` : ""} |`,
      );
    }
  };
  table("wasmByRule", "rule package (inclusive)");
  table("wasmByRegoFunction", "innermost Rego function (self + runtime calls)");
  lines.push("");
}

function render(runs, rss, o, note, wasmRuns) {
  const lines = [];
  lines.push(`# Stage profile of \`zowe-ha-policy check\` (${o.kind} corpus, layout ${o.layout}, seed ${o.seed})`, "");
  lines.push(
    `${new Date().toISOString()} · Node ${process.version} · ${note} · \`node --cpu-prof --cpu-prof-interval ${o.interval}\`, one cold process per size.`,
    "",
  );
  lines.push("Self time by stage (ms; a sample belongs to the innermost pipeline function on its stack):", "");
  const head = ["stage", ...runs.map((r) => `${r.size} docs`)];
  if (runs.length >= 2) head.push(`growth ${runs[0].size}→${runs.at(-1).size}`);
  lines.push(`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
  for (const s of STAGES) {
    const vals = runs.map((r) => r.stages[s] ?? 0);
    if (vals.every((v) => v < 0.5)) continue;
    const row = [s, ...vals.map((v, i) => `${fmt(v)} (${((100 * v) / runs[i].totalMs).toFixed(0)}%)`)];
    if (runs.length >= 2) row.push(vals[0] > 0.5 ? `${(vals.at(-1) / vals[0]).toFixed(1)}×` : "—");
    lines.push(`| ${row.join(" | ")} |`);
  }
  const totals = ["**total (profile)**", ...runs.map((r) => `**${fmt(r.totalMs)}**`)];
  if (runs.length >= 2) totals.push(`**${(runs.at(-1).totalMs / runs[0].totalMs).toFixed(1)}×**`);
  lines.push(`| ${totals.join(" | ")} |`);
  const walls = ["wall time (profiled process)", ...runs.map((r) => fmt(r.wallMs))];
  if (runs.length >= 2) walls.push(`${(runs.at(-1).wallMs / runs[0].wallMs).toFixed(1)}×`);
  lines.push(`| ${walls.join(" | ")} |`, "");
  lines.push(
    "Corpora: " +
      runs
        .map((r) => `${r.size} docs = ${r.corpus.files} files, ${(r.corpus.bytes / 2 ** 20).toFixed(1)} MiB`)
        .join("; ") +
      ".",
    "",
  );
  if (rss) {
    const p = rss.memoryUsagePeaksMB;
    const parts = p
      ? ` Peaks of process.memoryUsage() sampled between event-loop turns: JS heap used ${p.heapUsed} MB (heap total ${p.heapTotal}), external ${p.external} MB (includes the wasm memory, reserved: only touched pages are resident), array buffers ${p.arrayBuffers} MB.`
      : "";
    lines.push(
      `Peak RSS at ${rss.size} documents (${(rss.bytes / 2 ** 20).toFixed(1)} MiB of YAML), unprofiled: **${rss.peakRssMB.toFixed(0)} MB**, wall ${fmt(rss.wallMs)} ms.${parts}`,
      "",
    );
  }
  for (const r of runs) {
    lines.push(`## ${r.size} documents: top ${o.top} functions by self time`, "");
    lines.push("| self ms | % | function | source | stage |", "|---:|---:|---|---|---|");
    for (const f of r.functions.slice(0, o.top))
      lines.push(
        `| ${fmt(f.selfMs)} | ${((100 * f.selfMs) / r.totalMs).toFixed(1)} | \`${f.function}\` | ${f.where} | ${f.stage} |`,
      );
    lines.push("", `## ${r.size} documents: self time by source file (top 20)`, "");
    lines.push("| self ms | % | file |", "|---:|---:|---|");
    for (const f of r.files.slice(0, 20))
      lines.push(`| ${fmt(f.selfMs)} | ${((100 * f.selfMs) / r.totalMs).toFixed(1)} | ${f.file} |`);
    lines.push(
      "",
      `Stage time spans (first–last sample, ms from process start): ${Object.entries(r.spans)
        .filter(([s]) => !["GC", "idle (waiting for I/O)", "(program)"].includes(s))
        .sort((a, b) => a[1][0] - b[1][0])
        .map(([s, [a, b]]) => `${s} ${fmt(a)}–${fmt(b)}`)
        .join("; ")}.`,
      "",
    );
  }
  lines.push("# Wasm evaluation in the CLI runs above (1 ms sampling)");
  wasmTables(lines, runs);
  if (wasmRuns.length > 0) {
    lines.push("# The policy alone on the dumped model (bench/eval-wasm.mjs, 100 µs sampling)", "");
    const head = ["", ...wasmRuns.map((r) => `${r.size} docs ms`), ...(wasmRuns.length >= 2 ? ["growth"] : [])];
    lines.push(
      `| ${head.join(" | ")} |`,
      `|---|${wasmRuns.map(() => "---:").join("|")}${wasmRuns.length >= 2 ? "|---:" : ""}|`,
    );
    const row = (label, get) => {
      const v = wasmRuns.map(get);
      lines.push(
        `| ${label} | ${v.map(fmt).join(" | ")}${wasmRuns.length >= 2 ? ` | ${(v.at(-1) / v[0]).toFixed(1)}×` : ""} |`,
      );
    };
    row("compile + instantiate + checks (Policy.load)", (r) => r.timings.compileMs);
    row("evaluate: parts + instantiate + input parse + evaluate + result", (r) => r.timings.evaluateMs);
    for (const s of [
      "wasm: load input (copy + JSON parse in wasm)",
      "wasm: evaluate",
      "wasm: dump result + JSON.parse",
      "GC",
    ])
      row(`of which (profile) ${s}`, (r) => r.stages[s] ?? 0);
    wasmTables(lines, wasmRuns);
  }
  return lines.join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
