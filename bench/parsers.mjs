#!/usr/bin/env node
// Micro-benchmark of the read and parse alternatives on a corpus, each variant in its own cold
// process (so JIT warm-up and GC state are those of a CLI run):
//
//   node bench/parsers.mjs [--size 10000] [--kind k8s] [--runs 3] [--variants a,b,...] [--no-write]
//
// read-await-each     await readFile() per file, one after the other (what scan() does)
// read-parallel-16    readFile() with 16 in flight
// read-sync           readFileSync() per file
// yaml-lexer          yaml Lexer only (tokens)
// yaml-cst            yaml Parser (CST), no composition
// yaml-compose        parseAllDocuments (AST with ranges), no toJS
// yaml-full           parseAllDocuments + LineCounter + toJS: what SourceFile does
// yaml-tojs-only      parse() of each document without keeping the AST (yaml.parseAllDocuments
//                     then toJS, AST dropped at once): the retained-memory difference
// js-yaml-loadAll     js-yaml loadAll (no positions; the js-yaml in node_modules, a dev-only
//                     transitive dependency)
// json-parse          JSON.parse of the same documents serialised as JSON (a lower bound)
//
// Files are read before timing (except read-*); prints a markdown table with the median time
// and the heap retained after a full GC (what keeping the results for locate costs).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { ensureCorpus } from "./generate.mjs";
import { ROOT } from "./lib/build.mjs";
import { yamlFiles } from "./lib/files.mjs";
import { median } from "./lib/measure.mjs";

const VARIANTS = [
  "read-await-each",
  "read-parallel-16",
  "read-sync",
  "yaml-lexer",
  "yaml-cst",
  "yaml-compose",
  "yaml-full",
  "yaml-tojs-only",
  "js-yaml-loadAll",
  "json-parse",
];

async function child(variant, dir) {
  const require = createRequire(join(ROOT, "package.json"));
  const yaml = await import(pathOf(require, "yaml"));
  const paths = yamlFiles(dir);
  const texts = variant.startsWith("read-") ? [] : paths.map((p) => readFileSync(p, "utf8"));
  const jsonTexts = [];
  if (variant === "json-parse")
    for (const t of texts) jsonTexts.push(yaml.parseAllDocuments(t).map((d) => JSON.stringify(d.toJS())));
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let keep = [];
  const t = performance.now();
  switch (variant) {
    case "read-await-each":
      for (const p of paths) keep.push(await readFile(p, "utf8"));
      break;
    case "read-parallel-16": {
      keep = new Array(paths.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < paths.length) {
            const i = next++;
            keep[i] = await readFile(paths[i], "utf8");
          }
        }),
      );
      break;
    }
    case "read-sync":
      for (const p of paths) keep.push(readFileSync(p, "utf8"));
      break;
    case "yaml-lexer":
      for (const text of texts) {
        let n = 0;
        for (const token of new yaml.Lexer().lex(text)) n += token.length > 0 ? 1 : 0;
        keep.push(n);
      }
      break;
    case "yaml-cst":
      for (const text of texts) keep.push([...new yaml.Parser().parse(text)]);
      break;
    case "yaml-compose":
      for (const text of texts) keep.push(yaml.parseAllDocuments(text, { lineCounter: new yaml.LineCounter() }));
      break;
    case "yaml-full":
      for (const text of texts) {
        const lineCounter = new yaml.LineCounter();
        const docs = yaml.parseAllDocuments(text, { lineCounter, prettyErrors: false });
        keep.push({ lineCounter, docs, values: docs.map((d) => d.toJS({ maxAliasCount: 100 })) });
      }
      break;
    case "yaml-tojs-only":
      for (const text of texts) keep.push(yaml.parseAllDocuments(text).map((d) => d.toJS({ maxAliasCount: 100 })));
      break;
    case "js-yaml-loadAll": {
      const jsYaml = require(resolveFrom(require, "js-yaml"));
      for (const text of texts)
        keep.push(jsYaml.loadAll ? (jsYaml.loadAll.length >= 2 ? collect(jsYaml, text) : jsYaml.loadAll(text)) : []);
      break;
    }
    case "json-parse":
      for (const docs of jsonTexts) keep.push(docs.map((j) => JSON.parse(j)));
      break;
    default:
      throw new Error(`unknown variant ${variant}`);
  }
  const ms = performance.now() - t;
  texts.length = 0;
  jsonTexts.length = 0;
  globalThis.gc?.();
  const retainedMB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  console.log(JSON.stringify({ variant, ms, retainedMB, files: paths.length, kept: keep.length }));
}

function collect(jsYaml, text) {
  const out = [];
  jsYaml.loadAll(text, (d) => out.push(d));
  return out;
}

function resolveFrom(require, name) {
  return require.resolve(name);
}

function pathOf(require, name) {
  return `file://${require.resolve(name)}`;
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], args[2]);
  const o = { size: 10000, kind: "k8s", runs: 3, variants: VARIANTS, layout: "mixed", seed: "zowe", write: true };
  for (let i = 0; i < args.length; i++) {
    const v = () => args[++i];
    if (args[i] === "--size") o.size = Number(v());
    else if (args[i] === "--kind") o.kind = v();
    else if (args[i] === "--runs") o.runs = Number(v());
    else if (args[i] === "--variants") o.variants = v().split(",");
    else if (args[i] === "--no-write") o.write = false;
    else throw new Error(`unknown option ${args[i]}`);
  }
  const { dir, manifest } = ensureCorpus(o);
  const rows = [];
  for (const variant of o.variants) {
    const samples = [];
    for (let r = 0; r < o.runs; r++) {
      const p = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--child", variant, dir], {
        encoding: "utf8",
        maxBuffer: 1 << 26,
      });
      if (p.status !== 0) {
        samples.push({ error: p.stderr.split("\n").slice(0, 3).join(" ") });
        break;
      }
      samples.push(JSON.parse(p.stdout.trim().split("\n").at(-1)));
    }
    const ok = samples.filter((s) => !s.error);
    rows.push({
      variant,
      ms: ok.length ? median(ok.map((s) => s.ms)) : undefined,
      retainedMB: ok.length ? median(ok.map((s) => s.retainedMB)) : undefined,
      error: samples.find((s) => s.error)?.error,
    });
    process.stderr.write(`  ${variant}: ${rows.at(-1).ms?.toFixed(0) ?? rows.at(-1).error} ms\n`);
  }
  const lines = [`# Read and parse alternatives, ${new Date().toISOString().slice(0, 10)}`, ""];
  lines.push(
    `On ${relative(ROOT, dir)} (${manifest.documents} documents, ${manifest.files} files, ${(manifest.bytes / 2 ** 20).toFixed(1)} MiB), median of ${o.runs} cold processes, Node ${process.version}; heap retained = heap used after a full GC with the results kept, minus before.`,
    "",
  );
  lines.push("| variant | ms | ms/doc | heap retained MB |", "|---|---:|---:|---:|");
  for (const r of rows)
    lines.push(
      `| ${r.variant} | ${r.ms?.toFixed(0) ?? `error: ${r.error}`} | ${r.ms ? (r.ms / manifest.documents).toFixed(3) : ""} | ${r.retainedMB?.toFixed(0) ?? ""} |`,
    );
  const text = `${lines.join("\n")}\n`;
  console.log(text);
  if (o.write) {
    const out = join(ROOT, "bench", "results");
    mkdirSync(out, { recursive: true });
    const file = join(out, `parsers-${new Date().toISOString().slice(0, 10)}-${o.kind}-${o.size}.md`);
    writeFileSync(file, text);
    process.stderr.write(`wrote ${relative(ROOT, file)}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
