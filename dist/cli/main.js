import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { g as githubRepository } from './workflow.js';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, resolve, dirname } from 'node:path';
import { C as ConfigError, s as shownPath, l as loadConfig } from './config.js';
import { D as DEFAULT_BASELINE_FILE, B as BaselineError, c as createBaseline, n as nothingToCheck, r as readBaseline, s as scan, u as unusablePaths } from './scan.js';
import { P as PolicyError, C as CompileError, O as OpaUnavailableError, I as INSTALL_OPA, l as loadPolicies } from './sources.js';
import { a as atLeast, c as countBySeverity, b as compareSeverity, s as severityText, d as severitySummary, i as isSeverity } from './rules.js';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import './_config-validator.js';
import 'process';
import 'buffer';
import './merge.js';
import 'node:child_process';
import 'node:os';
import 'node:zlib';
import './warm-up.js';

/** What every reporter renders from: the scan result, the rule catalogue and the threshold. */
function failsBuild(finding, failOn) {
    return failOn !== "none" && atLeast(finding.severity, failOn);
}
function summarize(ctx) {
    const { findings, stats } = ctx.result;
    return {
        ...stats,
        findings: findings.length,
        bySeverity: countBySeverity(findings),
        suppressed: ctx.result.suppressed.length,
        fixedSinceBaseline: ctx.result.fixedSinceBaseline.length,
        failOn: ctx.failOn,
        failed: findings.some((f) => failsBuild(f, ctx.failOn)),
    };
}
/** Findings grouped by file, in report order. */
function byFile(findings) {
    const groups = new Map();
    for (const f of findings) {
        const list = groups.get(f.file) ?? [];
        list.push(f);
        groups.set(f.file, list);
    }
    return groups;
}
function plural(n, word, pluralWord = `${word}s`) {
    return `${n} ${n === 1 ? word : pluralWord}`;
}
/** "3 errors, 1 warning, 0 info" */
function severityLine(counts) {
    return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`;
}
function checkedLine(s) {
    const suppressed = s.suppressed > 0 ? `; ${s.suppressed} suppressed` : "";
    return `${plural(s.files, "file")} read: ${plural(s.zoweConfigs, "Zowe configuration")}, ${plural(s.kubernetesObjects, "Kubernetes object")}${suppressed}`;
}
/** Which configuration file the run used, for the report's last line. */
function settingsLine(ctx) {
    return ctx.configFile === undefined
        ? "Settings: the defaults (no .zowe-ha-policy.yaml)."
        : `Settings: ${ctx.configFile}.`;
}
/**
 * Nothing was checked: no Zowe configuration, no Kubernetes object, and nothing to say about the
 * files read (a finding, such as a layer of a configuration list judged nowhere, means there was).
 * Say so rather than report a clean result.
 */
function nothingChecked(s) {
    return s.zoweConfigs === 0 && s.kubernetesObjects === 0 && s.findings === 0 && s.suppressed === 0;
}

const COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationCommand(f) {
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`];
    // GitHub ignores columns on annotations that span several lines.
    if (f.line === f.endLine)
        props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
    props.push(`title=${escapeProperty(f.ruleId)}`);
    return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}`;
}
function renderGithub(ctx) {
    return ctx.result.findings.map((f) => `${annotationCommand(f)}\n`).join("");
}

/** The JSON report: the contract other tools consume (docs/design.md §3). */
function renderJson(ctx) {
    const report = {
        tool: { name: "zowe-ha-policy", version: ctx.toolVersion },
        // null: no configuration file, the defaults applied.
        configFile: ctx.configFile ?? null,
        findings: ctx.result.findings,
        suppressed: ctx.result.suppressed,
        fixedSinceBaseline: ctx.result.fixedSinceBaseline,
        summary: summarize(ctx),
        notices: ctx.result.notices,
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}

/** JUnit XML: a test suite per file, a failing test case per finding at or above --fail-on. */
/**
 * Characters XML 1.0 cannot carry at all: control characters but tab and line breaks, U+FFFE,
 * U+FFFF and surrogates that are not part of a pair (YAML's \u escapes can write any of them
 * into a value that a message quotes).
 */
/* eslint-disable no-control-regex */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
function xml(text) {
    // What XML cannot carry is dropped; the rest is escaped.
    return text
        .replace(NOT_XML, "")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;");
}
function renderJunit(ctx) {
    const suites = [];
    let tests = 0;
    let failures = 0;
    for (const [file, findings] of byFile(ctx.result.findings)) {
        const cases = findings.map((f) => {
            const name = xml(`${f.ruleId} ${f.file}:${f.line}:${f.column}`);
            const detail = xml(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}${f.instance ? ` (instance ${f.instance})` : ""}`);
            return failsBuild(f, ctx.failOn)
                ? `    <testcase name="${name}" classname="${xml(file)}">\n      <failure type="${f.severity}" message="${xml(f.message)}">${detail}</failure>\n    </testcase>`
                : `    <testcase name="${name}" classname="${xml(file)}">\n      <system-out>${detail}</system-out>\n    </testcase>`;
        });
        const failed = findings.filter((f) => failsBuild(f, ctx.failOn)).length;
        tests += findings.length;
        failures += failed;
        suites.push(`  <testsuite name="${xml(file)}" tests="${findings.length}" failures="${failed}" errors="0">\n${cases.join("\n")}\n  </testsuite>`);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="zowe-ha-policy" tests="${tests}" failures="${failures}" errors="0">\n${suites.join("\n")}${suites.length ? "\n" : ""}</testsuites>\n`;
}

/**
 * Text in Markdown: messages, titles and remediations, whose backtick spans are code spans, and
 * literal text such as file paths. What GitHub shows must be what was written.
 */
/**
 * The parts of a text that Markdown reads as code spans and the plain text between them. As in
 * CommonMark, a run of backticks opens a span that the next run of the same length closes; a run
 * that nothing closes is plain text.
 */
function codeSpans(text) {
    const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
    // Each run's closer, the next run of the same length, found in one pass from the end.
    const closer = new Map();
    const nextOfLength = new Map();
    for (const [index, run] of [...runs.entries()].reverse()) {
        const next = nextOfLength.get(run.end - run.at);
        if (next)
            closer.set(index, next);
        nextOfLength.set(run.end - run.at, { index, end: run.end });
    }
    const parts = [];
    let plainFrom = 0;
    let inside = -1;
    for (const [index, open] of runs.entries()) {
        const close = closer.get(index);
        if (index <= inside || !close)
            continue;
        if (open.at > plainFrom)
            parts.push({ code: false, text: text.slice(plainFrom, open.at) });
        parts.push({ code: true, text: text.slice(open.at, close.end) });
        plainFrom = close.end;
        inside = close.index;
    }
    if (plainFrom < text.length)
        parts.push({ code: false, text: text.slice(plainFrom) });
    return parts;
}
/**
 * Markdown from text whose backtick spans are meant as code. The code spans stay as they are:
 * they show their characters as written (an entity such as &lt; would show literally). The rest
 * has &, < and > escaped so that HTML in it stays text, and backslashes, which would escape the
 * character after them (`C:\<dir>` would show `&lt;dir&gt;`). In a table cell, `|` is escaped
 * everywhere: GitHub's tables read `\|` as a pipe inside code spans too.
 */
function escapeOutsideCodeSpans(text, inTable) {
    const pipes = (t) => (inTable ? t.replace(/\|/g, "\\|") : t);
    return codeSpans(text)
        .map((part) => part.code
        ? pipes(part.text)
        : pipes(part.text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")))
        .join("");
}
/** A message, title or remediation as Markdown on one line (see escapeOutsideCodeSpans). */
function markdownText(text, inTable) {
    return escapeOutsideCodeSpans(text.replace(/\r\n|\r|\n/g, " "), inTable);
}
/** Text for a table cell (see markdownText). */
function cell(text) {
    return markdownText(text, true);
}
/** Text for a paragraph, list item or heading (see markdownText). */
function inline(text) {
    return markdownText(text, false);
}
/**
 * A rule's description or remediation as Markdown with its line breaks (see
 * escapeOutsideCodeSpans), paragraph by paragraph: a code span cannot cross a blank line.
 */
function prose(text) {
    return text
        .split(/(\r?\n[ \t]*\r?\n)/)
        .map((chunk, i) => (i % 2 === 1 ? chunk : escapeOutsideCodeSpans(chunk, false)))
        .join("");
}
/** Literal text, such as a file path, as one code span: its backticks, `<` and `&` shown as written. */
function codeSpan(text) {
    const oneLine = text.replace(/\r\n|\r|\n/g, " ");
    if (oneLine === "")
        return "";
    const longest = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    // Markdown strips one space from each end when both are there: the padding keeps a backtick at
    // either end apart from the fence, and the text's own edge spaces.
    const pad = /^[ `]|[ `]$/.test(oneLine) && /[^ ]/.test(oneLine) ? " " : "";
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}

function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Names with numbers in them in the order people count: LPAR2 before LPAR10, lpar1_2 before lpar1_10. */
const naturalOrder = new Intl.Collator("en", { numeric: true }).compare;
/** The marks of one place, one per rule with its most severe finding. */
class MarkSet {
    byRule = new Map();
    add(mark) {
        const known = this.byRule.get(mark.ruleId);
        if (known === undefined || compareSeverity(mark.severity, known) < 0)
            this.byRule.set(mark.ruleId, mark.severity);
    }
    list() {
        return [...this.byRule].sort(([a], [b]) => compareText(a, b)).map(([ruleId, severity]) => ({ ruleId, severity }));
    }
}
function markSet(map, key) {
    let set = map.get(key);
    if (!set)
        map.set(key, (set = new MarkSet()));
    return set;
}
function listAt(map, key) {
    let list = map.get(key);
    if (!list)
        map.set(key, (list = []));
    return list;
}
/** A finding's identity in the report: orderFindings keeps one finding per file, position, rule and message. */
function identity(f) {
    return JSON.stringify([f.file, f.line, f.column, f.ruleId, f.message]);
}
/**
 * What a violation about a Zowe configuration is about, by the library's finding convention
 * (policies/lib/zowe.rego at and at_effective): an instance's own value is under
 * haInstances.<id>, or the violation names the instance with a path from the root.
 */
function zoweSubject(v) {
    const inSection = v.instance === undefined && v.path[0] === "haInstances" && typeof v.path[1] === "string";
    const instance = v.instance ?? (inSection ? v.path[1] : undefined);
    const rest = inSection ? v.path.slice(2) : v.path;
    const component = rest[0] === "components" && typeof rest[1] === "string" ? rest[1] : undefined;
    return { ...(instance !== undefined ? { instance } : {}), ...(component !== undefined ? { component } : {}) };
}
function sysplexTopology(s, file, marked) {
    const rowMarks = new Map();
    const cellMarks = new Map();
    const lparMarks = new Map();
    const apartMarks = new Map();
    for (const { violation, mark } of marked) {
        const { instance, component } = zoweSubject(violation);
        const lpar = instance === undefined ? undefined : s.instances.get(instance);
        if (instance !== undefined && s.apart.has(instance))
            markSet(apartMarks, instance).add(mark);
        else if (component !== undefined && instance === undefined)
            markSet(rowMarks, component).add(mark);
        else if (component !== undefined && lpar !== undefined) {
            let cells = cellMarks.get(component);
            if (!cells)
                cellMarks.set(component, (cells = new Map()));
            markSet(cells, lpar).add(mark);
        }
        else if (lpar !== undefined)
            markSet(lparMarks, lpar).add(mark);
    }
    const components = s.components
        .filter((c) => c.started || rowMarks.has(c.component) || cellMarks.has(c.component))
        .sort((a, b) => compareText(a.component, b.component))
        .map((c) => ({
        component: c.component,
        instances: new Map([...c.lpars].map(([lpar, ids]) => [lpar, [...ids].sort(naturalOrder)])),
        cellMarks: new Map([...(cellMarks.get(c.component) ?? [])].map(([lpar, set]) => [lpar, set.list()])),
        marks: rowMarks.get(c.component)?.list() ?? [],
        started: c.started,
        spof: c.spof,
    }));
    const apart = [...s.apart]
        .sort(([a], [b]) => naturalOrder(a, b))
        .map(([instance, reason]) => ({ instance, reason, marks: apartMarks.get(instance)?.list() ?? [] }));
    return {
        label: s.domain ? `${file} (${s.domain})` : file,
        lpars: [...new Set(s.instances.values())].sort(naturalOrder),
        lparMarks: new Map([...lparMarks].map(([lpar, set]) => [lpar, set.list()])),
        components,
        apart,
    };
}
function workloadTopology(w, marks) {
    // The indexes are the input's, which the reports do not show.
    const { object, related, ...shown } = w;
    return { ...shown, marks: marks.list() };
}
/**
 * The topology of a scan asked for it, marked with the findings it reports (in the action's
 * changed-files mode, those of the changed files); undefined for a scan that did not compute it.
 */
function topologyOf(result) {
    if (!result.topology)
        return undefined;
    const { facts, zoweFiles, located } = result.topology;
    const reported = new Map(result.findings.map((f) => [identity(f), f]));
    const byConfig = new Map();
    const byObject = new Map();
    for (const { violation, finding } of located) {
        const shown = reported.get(identity(finding));
        if (!shown)
            continue;
        const mark = { ruleId: shown.ruleId, severity: shown.severity };
        if (violation.zowe !== undefined)
            listAt(byConfig, violation.zowe).push({ violation, mark });
        if (violation.object !== undefined)
            listAt(byObject, violation.object).push(mark);
    }
    const sysplexes = facts.sysplexes.map((s) => sysplexTopology(s, zoweFiles[s.zowe] ?? `Zowe configuration ${s.zowe + 1}`, byConfig.get(s.zowe) ?? []));
    const workloads = facts.workloads
        .map((w) => {
        const marks = new MarkSet();
        for (const j of [w.object, ...w.related])
            for (const mark of byObject.get(j) ?? [])
                marks.add(mark);
        return workloadTopology(w, marks);
    })
        .sort((a, b) => compareText(a.unit, b.unit) || compareText(a.workload, b.workload));
    return { sysplexes, workloads };
}
/** The workloads of each deployment unit, in report order: one section each. */
function workloadsByUnit(t) {
    const units = new Map();
    for (const w of t.workloads)
        units.set(w.unit, [...(units.get(w.unit) ?? []), w]);
    return units;
}
/** A unit's section title: "Kubernetes" alone when the repository holds one unit (the checked folder). */
function kubernetesLabel(unit) {
    return unit === "" || unit === "." ? "Kubernetes" : `Kubernetes: ${unit}`;
}
function isEmptyTopology(t) {
    return t.sysplexes.length === 0 && t.workloads.length === 0;
}
// ---------------------------------------------------------------------------------------------
// Rendering
/** How many LPARs a component runs on, as its HA verdict says it. */
function placementText(c) {
    if (!c.started)
        return "not started";
    if (c.instances.size === 0)
        return "single point of failure (no named LPAR)";
    return c.spof ? `single point of failure (${c.instances.size} LPAR)` : `${c.instances.size} LPARs`;
}
const APART_TEXT = {
    "never-selected": "zwe never selects this key, so nothing runs on it",
    "no-lpar": "its system name is missing or a template, so its LPAR is unknown",
};
function replicasText(w) {
    if (w.replicas === undefined)
        return "?";
    return w.maxReplicas !== undefined ? `${w.replicas}–${w.maxReplicas} (autoscaled)` : String(w.replicas);
}

const ICON = { error: "🔴", warning: "🟡", info: "🔵" };
function bytes(lines) {
    return lines.reduce((n, line) => n + Buffer.byteLength(line, "utf8") + 1, 0);
}
/** "❌ **3 problems** (2 errors, 1 warning, 0 info). 2 files read: …" */
function statusLine(s) {
    if (nothingChecked(s))
        return `No Zowe configuration or Kubernetes manifest found (${plural(s.files, "file")} read): nothing was checked.`;
    if (s.findings === 0)
        return `✅ No problems found. ${checkedLine(s)}.`;
    return `${s.failed ? "❌" : "⚠️"} **${plural(s.findings, "problem")}** (${severityLine(s.bySeverity)}). ${checkedLine(s)}.`;
}
/**
 * Each component against the LPARs or replicas it runs on, single points of failure and what the
 * findings are about marked; cut at a line (tables stay tables) before maxBytes.
 */
function topologySection(t, maxBytes) {
    const out = topologyLines(t);
    if (maxBytes === undefined || bytes(out) <= maxBytes)
        return out;
    const note = ["", "_The topology is cut here: it is larger than the report's size limit._", ""];
    let size = bytes(note);
    const kept = [];
    for (const line of out) {
        size += bytes([line]);
        if (size > maxBytes)
            break;
        kept.push(line);
    }
    return [...kept, ...note];
}
/** "🔴 ZWE-HA-010, 🟡 ZWE-HA-091": the rules of the findings about a place, each with its most severe finding. */
function marksText(marks) {
    return marks.map((m) => `${ICON[m.severity]} ${cell(m.ruleId)}`).join(", ");
}
function withMarks(text, marks) {
    if (marks.length === 0)
        return text;
    return text === "" ? marksText(marks) : `${text} · ${marksText(marks)}`;
}
/**
 * The HA verdict of a component: how many LPARs it runs on, ✅ only when no finding is about any
 * of its cells, and the findings about its shared setting.
 */
function componentVerdict(c) {
    const marked = c.marks.length > 0 || c.cellMarks.size > 0;
    const icon = c.started && c.spof ? "🔴 " : marked || !c.started ? "" : "✅ ";
    return withMarks(`${icon}${placementText(c)}`, c.marks);
}
function workloadVerdict(w) {
    if (w.spof)
        return withMarks("🔴 single point of failure", w.marks);
    return w.marks.length > 0 ? marksText(w.marks) : "✅";
}
function topologyLines(t) {
    if (isEmptyTopology(t))
        return [];
    const out = ["### HA topology at a glance", ""];
    for (const s of t.sysplexes) {
        out.push(`**${cell(s.label)}**`, "");
        if (s.components.length === 0)
            out.push("No component is enabled.", "");
        else {
            const columns = s.lpars.length > 0 ? s.lpars : ["LPAR"];
            const headers = columns.map((lpar) => withMarks(cell(lpar), s.lparMarks.get(lpar) ?? []));
            out.push(`| Component | ${headers.join(" | ")} | HA |`, `| --- |${" --- |".repeat(columns.length)} --- |`);
            for (const c of s.components) {
                const cells = columns.map((lpar) => withMarks(cell((c.instances.get(lpar) ?? []).join(", ")), c.cellMarks.get(lpar) ?? []));
                const shown = s.lpars.length > 0 ? cells : cells.map((text) => text || "—");
                out.push(`| ${cell(c.component)} | ${shown.join(" | ")} | ${componentVerdict(c)} |`);
            }
            out.push("");
            if (s.lpars.length > 0)
                out.push("_A cell names the HA instances that start the component on that LPAR; a rule id marks a finding listed below about it._", "");
        }
        if (s.apart.length > 0) {
            const apart = s.apart.map((a) => withMarks(`${cell(a.instance)} (${APART_TEXT[a.reason]})`, a.marks));
            out.push(`HA instances not counted: ${apart.join("; ")}.`, "");
        }
    }
    for (const [unit, workloads] of workloadsByUnit(t)) {
        out.push(`**${cell(kubernetesLabel(unit))}**`, "", "| Workload | Component | Replicas | Spread over | HA |", "| --- | --- | ---: | --- | --- |");
        for (const w of workloads) {
            out.push(`| ${cell(w.workload)} | ${cell(w.component ?? "")} | ${replicasText(w)} | ${w.spread ?? "⚠️ not spread"} | ${workloadVerdict(w)} |`);
        }
        out.push("");
    }
    return out;
}
/** A table per file; rows stop before maxBytes, and omitted counts the findings left out. */
function findingTables(findings, options = {}) {
    const lines = [];
    let size = 0;
    let shown = 0;
    const fits = (more) => options.maxBytes === undefined || size + bytes(more) <= options.maxBytes;
    for (const [file, group] of byFile(findings)) {
        const header = [`### ${codeSpan(file)}`, "", "| Line | Severity | Rule | Message |", "| ---: | --- | --- | --- |"];
        const rows = [];
        for (const f of group) {
            const instance = f.instance ? ` _(instance ${cell(f.instance)})_` : "";
            const line = options.lineLink ? `[${f.line}](${options.lineLink(f)})` : String(f.line);
            const row = `| ${line} | ${ICON[f.severity]} ${f.severity} | ${f.ruleId} | ${cell(f.message)}${instance} |`;
            if (!fits([...header, ...rows, row, ""]))
                break;
            rows.push(row);
        }
        if (rows.length === 0)
            break;
        const table = [...header, ...rows, ""];
        lines.push(...table);
        size += bytes(table);
        shown += rows.length;
        if (rows.length < group.length)
            break;
    }
    return { lines, omitted: findings.length - shown };
}
/** The rules that fired, each with its count, how to fix it and where it comes from. */
function rulesSection(ctx) {
    const counts = new Map();
    for (const f of ctx.result.findings)
        counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const fired = [...counts.keys()].sort();
    if (fired.length === 0)
        return [];
    const out = ["### Rules", ""];
    for (const id of fired) {
        const rule = ctx.catalogue.get(id);
        if (!rule)
            continue;
        const link = rule.sources[0] ? `, [source](${rule.sources[0].url})` : "";
        out.push(`- **${rule.id}** ${inline(rule.title)} (${plural(counts.get(id) ?? 0, "finding")}${link}): ${inline(rule.remediation)}`);
    }
    out.push("");
    return out;
}
function renderMarkdown(ctx, options = {}) {
    const s = summarize(ctx);
    const head = ["## Zowe HA policy", "", statusLine(s), ""];
    if (nothingChecked(s))
        return `${head.join("\n")}`;
    for (const note of options.notes ?? [])
        head.push(note, "");
    // The topology may take half the space; the findings are what the report is for.
    const topology = topologyOf(ctx.result);
    if (topology)
        head.push(...topologySection(topology, options.maxBytes === undefined ? undefined : options.maxBytes / 2));
    const rules = rulesSection(ctx);
    const omittedNote = (n) => [
        `_${plural(n, "more problem is", "more problems are")} not listed: the report reached its size limit._`,
        "",
    ];
    const budget = options.maxBytes === undefined
        ? undefined
        : Math.max(0, options.maxBytes - bytes([...head, ...rules, ...omittedNote(s.findings)]));
    const tables = findingTables(ctx.result.findings, {
        ...options,
        ...(budget !== undefined ? { maxBytes: budget } : {}),
    });
    const out = [...head, ...tables.lines, ...(tables.omitted > 0 ? omittedNote(tables.omitted) : []), ...rules];
    return `${out.join("\n")}`;
}

/** SARIF 2.1.0 for GitHub code scanning: a descriptor per rule and a region per result. */
const LEVEL = { error: "error", warning: "warning", info: "note" };
/** GitHub code scanning's precision, from how the rule knows what it reports. */
const PRECISION = { documented: "high", inference: "medium", heuristic: "low" };
const INFORMATION_URI = "https://www.npmjs.com/package/zowe-ha-policy";
/** The rule's help on GitHub code scanning; its texts' code spans stay code, `<id>` elsewhere stays text. */
function ruleHelpMarkdown(rule) {
    const sources = rule.sources.map((s) => `- [${inline(s.description ?? s.url)}](${s.url})`).join("\n");
    return [
        `**${inline(rule.title)}**`,
        prose(rule.description),
        `**How to fix:** ${prose(rule.remediation)}`,
        `**Severity:** ${inline(severityText(rule))}`,
        sources ? `**Sources:**\n${sources}` : "",
    ]
        .filter(Boolean)
        .join("\n\n");
}
function descriptor(rule) {
    return {
        id: rule.id,
        name: rule.package ? rule.package.split("/")[1] : rule.id,
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description },
        help: {
            text: `${rule.description}\n\nHow to fix: ${rule.remediation}\n\nSeverity: ${severityText(rule)}`,
            markdown: ruleHelpMarkdown(rule),
        },
        ...(rule.sources[0] ? { helpUri: rule.sources[0].url } : {}),
        // The severity a finding gets unless it carries another (each result has its own level).
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: {
            tags: ["high-availability", rule.group],
            precision: PRECISION[rule.confidence ?? "documented"],
            ...(rule.confidence ? { confidence: rule.confidence } : {}),
        },
    };
}
/**
 * A repository-relative path as a relative URI reference: encodeURI leaves # and ? (which would
 * start a fragment or a query) and : (which in a first segment reads as a scheme) as they are.
 */
function relativeUri(file) {
    return encodeURI(file).replace(/[#?:]/g, (c) => encodeURIComponent(c));
}
/** Stable across edits that only move lines: what the finding is about, not where it is. */
function fingerprint(f) {
    return createHash("sha256")
        .update(JSON.stringify([f.ruleId, f.file, f.path, f.instance ?? null, f.message]))
        .digest("hex")
        .slice(0, 32);
}
function renderSarif(ctx) {
    const rules = [...ctx.catalogue.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = [...ctx.result.findings, ...ctx.result.suppressed].map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.instance ? `${f.message} (instance ${f.instance})` : f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: relativeUri(f.file), uriBaseId: "%SRCROOT%" },
                    region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
            },
        ],
        partialFingerprints: { "zoweHaPolicyFinding/v1": fingerprint(f) },
        ...(f.suppressed ? { suppressions: [{ kind: f.suppressed.kind, justification: f.suppressed.justification }] } : {}),
    }));
    const log = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "zowe-ha-policy",
                        version: ctx.toolVersion,
                        semanticVersion: ctx.toolVersion,
                        informationUri: INFORMATION_URI,
                        rules: rules.map(descriptor),
                    },
                },
                originalUriBaseIds: { "%SRCROOT%": { uri: "file:///" } },
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

const COLORS = {
    error: "\u001b[31m",
    warning: "\u001b[33m",
    info: "\u001b[36m",
    dim: "\u001b[2m",
    bold: "\u001b[1m",
    ok: "\u001b[32m",
};
const RESET = "\u001b[0m";
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/**
 * Text from the checked files (file names, values quoted in messages) on one line and without
 * terminal control. A line break would start a line of its own, which a CI log reads as a
 * workflow command (`::error …`) and which could fake a verdict; escape codes would drive the
 * terminal. Line breaks become spaces, other control characters \u escapes.
 */
function printable(text) {
    return text
        .replace(/\r\n|[\n\r]/g, " ")
        .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function renderText(ctx, options) {
    const paint = (style, text) => options.color ? `${COLORS[style]}${text}${RESET}` : text;
    const lines = [];
    for (const [file, findings] of byFile(ctx.result.findings)) {
        lines.push(paint("bold", printable(file)));
        const rows = findings.map((f) => ({ f, where: `${printable(f.file)}:${f.line}:${f.column}` }));
        const width = Math.max(...rows.map((r) => r.where.length));
        const idWidth = Math.max(...findings.map((f) => f.ruleId.length));
        for (const { f, where } of rows) {
            const instance = f.instance ? paint("dim", ` [instance ${printable(f.instance)}]`) : "";
            lines.push(`  ${where.padEnd(width)}  ${paint(f.severity, f.severity.padEnd(7))}  ${paint("dim", f.ruleId.padEnd(idWidth))}  ${printable(f.message)}${instance}`);
        }
        lines.push("");
    }
    for (const notice of ctx.result.notices)
        lines.push(paint("dim", `note: ${printable(notice)}`));
    for (const e of ctx.result.fixedSinceBaseline)
        lines.push(paint("ok", printable(`fixed since the baseline: ${e.ruleId} ${e.file} (${e.path.join(".") || "document"}${e.instance ? `, instance ${e.instance}` : ""})`)));
    const s = summarize(ctx);
    if (nothingChecked(s)) {
        lines.push(paint("warning", `No Zowe configuration or Kubernetes manifest found (${plural(s.files, "file")} read): nothing was checked. ${settingsLine(ctx)}`));
    }
    else if (s.findings === 0) {
        lines.push(paint("ok", `✔ No problems found. ${checkedLine(s)}. ${settingsLine(ctx)}`));
    }
    else {
        const mark = s.failed ? paint("error", "✖") : paint("warning", "!");
        lines.push(`${mark} ${plural(s.findings, "problem")} (${severityLine(s.bySeverity)}). ${checkedLine(s)}. ${settingsLine(ctx)}`);
    }
    return `${lines.join("\n")}\n`;
}

const REPORT_FORMATS = {
    text: { render: (ctx, { color }) => renderText(ctx, { color }), extension: ".txt" },
    json: { render: renderJson, extension: ".json" },
    sarif: { render: renderSarif, extension: ".sarif" },
    junit: { render: renderJunit, extension: ".xml" },
    markdown: { render: (ctx) => renderMarkdown(ctx), extension: ".md" },
    github: { render: renderGithub },
};
const FORMATS = Object.keys(REPORT_FORMATS);
function isFormat(value) {
    return Object.hasOwn(REPORT_FORMATS, value);
}
/** The formats an output file's extension names, as [extension, format]. */
const FORMAT_EXTENSIONS = FORMATS.flatMap((format) => {
    const { extension } = REPORT_FORMATS[format];
    return extension ? [[extension, format]] : [];
});
function render(format, ctx, color = false) {
    return REPORT_FORMATS[format].render(ctx, { color });
}

/**
 * The command line as typed: options in the order given, so that each --output takes the
 * --format just before it, and our own messages for what is wrong (Node's parseArgs errors
 * quote oddly and name none of our commands).
 */
/** The command line is wrong: exit 2 with the message (and, when it helps, the usage). */
class UsageError extends Error {
    showUsage;
    name = "UsageError";
    constructor(message, 
    /** The option was not understood at all: show the whole usage. */
    showUsage = false) {
        super(message);
        this.showUsage = showUsage;
    }
}
const OPTIONS = {
    format: { type: "string", short: "f", multiple: true },
    output: { type: "string", short: "o", multiple: true },
    "fail-on": { type: "string" },
    "zowe-version": { type: "string" },
    config: { type: "string", short: "c" },
    baseline: { type: "string", short: "b" },
    "allow-nothing-to-check": { type: "boolean" },
    force: { type: "boolean" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "v" },
};
function isOption(name) {
    return Object.hasOwn(OPTIONS, name);
}
function parse(argv) {
    const { values, positionals, tokens } = parseArgs({
        args: argv,
        options: OPTIONS,
        allowPositionals: true,
        strict: false,
        tokens: true,
    });
    const formatsAndOutputs = [];
    for (const token of tokens) {
        if (token.kind !== "option")
            continue;
        if (!isOption(token.name))
            throw new UsageError(`unknown option ${token.rawName}`, true);
        if (OPTIONS[token.name].type === "boolean") {
            if (token.value !== undefined)
                throw new UsageError(`option ${token.rawName} takes no value`, true);
            continue;
        }
        // "-f -o x" would otherwise take "-o" for the format.
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))
            throw new UsageError(`option ${token.rawName} needs a value`, true);
        if (token.name === "format" || token.name === "output")
            formatsAndOutputs.push({ option: token.name, value: token.value });
    }
    return { values: values, positionals, formatsAndOutputs };
}
function formatOf(value) {
    if (!isFormat(value))
        throw new UsageError(`unknown format "${value}" (use ${FORMATS.join(", ")})`);
    return value;
}
function formatOfFile(output) {
    // The format an output file's name implies, for an --output without a --format before it.
    const match = FORMAT_EXTENSIONS.find(([e]) => output.toLowerCase().endsWith(e));
    if (match)
        return match[1];
    throw new UsageError(`--output ${output}: give its --format just before it (its name does not say: ${FORMAT_EXTENSIONS.map(([e, f]) => `${e} is ${f}`).join(", ")})`);
}
/**
 * Each --output takes the --format given just before it; an --output with none before it takes
 * the format its extension names; a --format no --output takes goes to stdout (only one may).
 * Nothing given: text on stdout.
 */
function destinations(parsed) {
    const result = [];
    let pending;
    for (const { option, value } of parsed.formatsAndOutputs) {
        if (option === "format") {
            if (pending)
                result.push({ format: pending });
            pending = formatOf(value);
        }
        else {
            result.push({ format: pending ?? formatOfFile(value), output: value });
            pending = undefined;
        }
    }
    if (pending)
        result.push({ format: pending });
    if (result.length === 0)
        result.push({ format: "text" });
    const toStdout = result.filter((d) => d.output === undefined);
    if (toStdout.length > 1)
        throw new UsageError(`only one format can go to stdout (${toStdout.map((d) => d.format).join(", ")}); put --output FILE after the others`);
    return result;
}

/** The command line: parses arguments, runs a command and returns the exit code (0, 1 or 2). */
const EXIT = { ok: 0, findings: 1, error: 2 };
const USAGE = `Usage: zowe-ha-policy <command> [options]

Commands:
  check [PATH...]     Check Zowe configuration and Kubernetes manifests (default: .)
  rules               List the rules
  baseline [PATH...]  Record the current findings (-o FILE, default ${DEFAULT_BASELINE_FILE}) so that
                      'check --baseline FILE' reports only new ones
  explain ID          Show a rule's documentation: why, how to fix, examples, sources
  docs [DIR]          Write every rule's documentation page to DIR (default: docs/rules)
  init                Write a commented .zowe-ha-policy.yaml and a GitHub workflow at the root
                      of the repository (--force overwrites existing files)
  build-policies DIR  Compile a folder of your own Rego rules (needs opa on PATH) into a bundle
                      for 'policies:' (-o FILE: .tar.gz, default DIR.tar.gz; or NAME.wasm, which
                      writes NAME.wasm and NAME.rules.json)
  test-policies DIR   Run the folder's _test.rego files with opa and every rule's pass*/fail*
                      samples through the compiled policy

Options for check:
  -f, --format FMT    ${FORMATS.join("|")} (default: text); repeat to write several formats
  -o, --output FILE   Write the --format given just before it to FILE (without one, the format
                      FILE's extension names); a --format without an --output goes to stdout
                      (only one may). ${FORMAT_EXTENSIONS.map(([e, f]) => `${e}: ${f}`).join(", ")}
      --fail-on SEV   error|warning|info|none: exit 1 when a finding is at least this severe
                      (default: error)
  -b, --baseline FILE Report only findings not in this baseline, and list those fixed since
  -c, --config FILE   Configuration file (default: the nearest .zowe-ha-policy.yaml from the
                      working directory up to the repository root)
      --zowe-version  2|3: the Zowe version whose defaults apply (default: the
                      configuration's zoweVersion, else what the files show, else 3)
      --allow-nothing-to-check
                      Exit 0 when the paths hold no Zowe configuration or Kubernetes object
                      (default: exit 2, so that a mistyped path does not pass)

Options for rules:
  -f, --format FMT    text|json (default: text)

Options for rules, explain and docs:
  -c, --config FILE   Configuration whose custom policies (policies:) are included

  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 no finding at or above --fail-on; 1 findings (test-policies: a failed test);
2 usage, configuration, policy or internal error, or nothing to check.
`;
function failOnOption(value) {
    if (value === undefined)
        return "error";
    if (value === "none" || isSeverity(value))
        return value;
    throw new UsageError(`--fail-on must be error, warning, info or none, not "${value}"`);
}
function zoweVersionOption(value) {
    if (value === undefined)
        return undefined;
    if (value === "3")
        return 3;
    if (value === "2")
        return 2;
    throw new UsageError(`--zowe-version must be 2 or 3, not "${value}"`);
}
function pathsOption(parsed, io) {
    const paths = parsed.positionals.slice(1);
    if (paths.length === 0)
        paths.push(".");
    const problems = unusablePaths(paths, io.cwd);
    if (problems.length > 0)
        throw new UsageError(problems.join("; "));
    return paths;
}
/** The configuration and the policies it names (the bundled one and the custom ones). */
async function configured(parsed, io) {
    const config = await loadConfig(parsed.values.config, io.cwd);
    return { config, bundle: await loadPolicies(config, { assets: io.assets, cwd: io.cwd, env: io.env }) };
}
/** The scan both check and baseline run; with topology, the HA topology too (for --format markdown). */
async function scanFor(parsed, io, baseline, topology = false) {
    const zoweVersion = zoweVersionOption(parsed.values["zowe-version"]);
    const paths = pathsOption(parsed, io);
    const { config, bundle } = await configured(parsed, io);
    const stated = zoweVersion ?? config.zoweVersion;
    const options = { paths, cwd: io.cwd, ...(stated !== undefined ? { zoweVersion: stated } : {}), config, topology };
    const baselined = baseline === undefined
        ? {}
        : { baseline: { baseline: await readBaseline(resolve(io.cwd, baseline), baseline), file: baseline } };
    return { paths, config, bundle, result: await scan({ ...options, ...baselined }, bundle) };
}
async function check(parsed, io) {
    const failOn = failOnOption(parsed.values["fail-on"]);
    const outputs = destinations(parsed);
    const topology = outputs.some((d) => d.format === "markdown");
    const { paths, config, bundle, result } = await scanFor(parsed, io, parsed.values.baseline, topology);
    const ctx = {
        result,
        catalogue: bundle.catalogue,
        failOn,
        toolVersion: io.version,
        ...(config.file !== undefined ? { configFile: config.file } : {}),
    };
    const color = Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined && io.env.TERM !== "dumb";
    for (const d of outputs) {
        const text = render(d.format, ctx, d.output === undefined && color);
        if (d.output === undefined) {
            io.stdout.write(text);
        }
        else {
            const file = resolve(io.cwd, d.output);
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, text);
        }
    }
    const summary = summarize(ctx);
    if (summary.failed)
        return EXIT.findings;
    // A gate whose paths hold nothing it can check (a typo, a moved folder) must not stay green.
    if (nothingChecked(summary) && parsed.values["allow-nothing-to-check"] !== true) {
        io.stderr.write(`zowe-ha-policy: ${nothingToCheck(paths, summary.files)}. Pass --allow-nothing-to-check where that is expected.\n`);
        return EXIT.error;
    }
    return EXIT.ok;
}
async function baseline(parsed, io) {
    if (parsed.values.format || parsed.values.baseline || (parsed.values.output?.length ?? 0) > 1)
        throw new UsageError("baseline takes paths and at most one --output");
    const { result } = await scanFor(parsed, io);
    const file = parsed.values.output?.[0] ?? DEFAULT_BASELINE_FILE;
    await writeFile(resolve(io.cwd, file), createBaseline(result.findings));
    io.stdout.write(`wrote ${result.findings.length} findings to ${file}\n`);
    return EXIT.ok;
}
function listRules(catalogue, format, io) {
    if (format === "json") {
        io.stdout.write(`${JSON.stringify({ rules: catalogue.rules }, null, 2)}\n`);
        return EXIT.ok;
    }
    if (format !== "text")
        throw new UsageError(`rules: unknown format "${format}" (use text or json)`);
    const idWidth = Math.max(...catalogue.rules.map((r) => r.id.length));
    const severityWidth = Math.max(...catalogue.rules.map((r) => severitySummary(r).length));
    for (const r of catalogue.rules)
        io.stdout.write(`${r.id.padEnd(idWidth)}  ${severitySummary(r).padEnd(severityWidth)}  ${r.title}\n`);
    return EXIT.ok;
}
async function rules(parsed, io) {
    const [format = "text", ...more] = parsed.values.format ?? [];
    if (more.length > 0 || parsed.values.output)
        throw new UsageError("rules takes one --format and no --output");
    const { catalogue } = (await configured(parsed, io)).bundle;
    return listRules(catalogue, format, io);
}
async function explain(parsed, io) {
    const id = parsed.positionals[1];
    if (!id || parsed.positionals.length > 2)
        throw new UsageError("explain takes one rule id, e.g. 'zowe-ha-policy explain ZWE-HA-010'");
    const { catalogue } = (await configured(parsed, io)).bundle;
    const rule = catalogue.get(id) ?? catalogue.rules.find((r) => r.id.toLowerCase() === id.toLowerCase());
    if (!rule)
        throw new UsageError(`no rule "${id}" (see 'zowe-ha-policy rules')`);
    const { ruleDoc } = await import('./rule-doc.js');
    io.stdout.write(ruleDoc(rule));
    return EXIT.ok;
}
async function docs(parsed, io) {
    const dir = resolve(io.cwd, parsed.positionals[1] ?? "docs/rules");
    const { catalogue } = (await configured(parsed, io)).bundle;
    const { ruleDocs } = await import('./rule-doc.js');
    const pages = ruleDocs(catalogue.rules);
    await mkdir(dir, { recursive: true });
    // Pages of rules that no longer exist must go too, or the docs would still list them.
    for (const old of await readdir(dir))
        if (old.endsWith(".md") && !pages.has(old))
            await rm(resolve(dir, old));
    for (const [name, text] of pages)
        await writeFile(resolve(dir, name), text);
    io.stdout.write(`wrote ${pages.size} pages to ${dir}\n`);
    return EXIT.ok;
}
/** The one folder a policies command takes. */
function policyFolder(parsed, io, command) {
    const dir = parsed.positionals[1];
    if (!dir || parsed.positionals.length > 2)
        throw new UsageError(`${command} takes one folder of .rego files, e.g. 'zowe-ha-policy ${command} policies'`);
    return resolve(io.cwd, dir);
}
async function buildPoliciesCommand(parsed, io) {
    const dir = policyFolder(parsed, io, "build-policies");
    const [output = `${basename(dir)}.tar.gz`, ...more] = parsed.values.output ?? [];
    if (more.length > 0 || parsed.values.format)
        throw new UsageError("build-policies takes a folder and at most one --output");
    if (!/\.(tar\.gz|tgz|wasm)$/.test(output))
        throw new UsageError(`--output must end in .tar.gz, .tgz or .wasm, not "${output}"`);
    const { buildPolicies, isWasmOutput } = await import('./build-policies.js');
    const built = await buildPolicies(dir, resolve(io.cwd, output), { assets: io.assets, cwd: io.cwd, env: io.env });
    const what = isWasmOutput(output) ? "the policy and its rule catalogue" : "a policy bundle";
    io.stdout.write(`compiled ${built.rules} rule${built.rules === 1 ? "" : "s"} from ${shownPath(io.cwd, dir)} into ${what}: ${built.files.map((f) => shownPath(io.cwd, f)).join(", ")}\n`);
    return EXIT.ok;
}
async function testPoliciesCommand(parsed, io) {
    const dir = policyFolder(parsed, io, "test-policies");
    const { testPolicies } = await import('./test-policies.js');
    const passed = await testPolicies(dir, {
        assets: io.assets,
        cwd: io.cwd,
        env: io.env,
        write: (t) => io.stdout.write(t),
    });
    return passed ? EXIT.ok : EXIT.findings;
}
async function initCommand(parsed, io) {
    if (parsed.positionals.length > 1 || parsed.values.output || parsed.values.format)
        throw new UsageError("init takes no arguments (and --force to overwrite existing files)");
    const { init } = await import('./init.js');
    const result = await init({
        cwd: io.cwd,
        force: parsed.values.force === true,
        version: io.version,
        ...(io.actionRepository ? { actionRepository: io.actionRepository } : {}),
    });
    const at = (name) => shownPath(io.cwd, resolve(result.root, name));
    for (const name of result.written)
        io.stdout.write(`wrote ${at(name)}\n`);
    for (const name of result.skipped)
        io.stdout.write(`skipped ${at(name)}: it exists (--force overwrites it)\n`);
    if (result.written.length > 0)
        io.stdout.write("Review the configuration's examples, then commit both files.\n");
    return EXIT.ok;
}
async function run(argv, io) {
    try {
        const parsed = parse(argv);
        if (parsed.values.version) {
            io.stdout.write(`${io.version}\n`);
            return EXIT.ok;
        }
        const command = parsed.positionals[0];
        if (parsed.values.help || command === undefined || command === "help") {
            io.stdout.write(USAGE);
            return command === undefined && !parsed.values.help ? EXIT.error : EXIT.ok;
        }
        switch (command) {
            case "check":
                return await check(parsed, io);
            case "rules":
                return await rules(parsed, io);
            case "baseline":
                return await baseline(parsed, io);
            case "explain":
                return await explain(parsed, io);
            case "docs":
                return await docs(parsed, io);
            case "init":
                return await initCommand(parsed, io);
            case "build-policies":
                return await buildPoliciesCommand(parsed, io);
            case "test-policies":
                return await testPoliciesCommand(parsed, io);
            default:
                throw new UsageError(`unknown command "${command}"`);
        }
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr.write(`zowe-ha-policy: ${error.message}\n${error.showUsage ? `\n${USAGE}` : "Run 'zowe-ha-policy --help' for usage.\n"}`);
        }
        else if (error instanceof ConfigError || error instanceof BaselineError) {
            io.stderr.write(`zowe-ha-policy: ${error.message}\n`);
        }
        else if (error instanceof PolicyError || error instanceof CompileError) {
            io.stderr.write(`zowe-ha-policy: policy error: ${error.message}\n`);
        }
        else if (error instanceof OpaUnavailableError) {
            io.stderr.write(`zowe-ha-policy: ${error.message}: ${INSTALL_OPA}\n`);
        }
        else {
            io.stderr.write(`zowe-ha-policy: internal error: ${error.message ?? String(error)}\n`);
        }
        return EXIT.error;
    }
}

// The command line in this process, loaded by the entry point (cli.ts) once it has started the
// policy's compile. The policy and the rule catalogue are in dist/, the folder above this chunk.
function packageJson() {
    try {
        return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    }
    catch {
        return {};
    }
}
/**
 * The stream, written to until its reader goes away (`zowe-ha-policy rules | head -1`): then the
 * rest is dropped instead of an EPIPE stack trace, and the run ends with its own exit code.
 */
function untilClosed(stream) {
    let closed = false;
    stream.on("error", (error) => {
        if (error.code !== "EPIPE")
            throw error;
        closed = true;
    });
    return { write: (text) => closed || stream.write(text), isTTY: stream.isTTY };
}
const pkg = packageJson();
process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: untilClosed(process.stdout),
    stderr: untilClosed(process.stderr),
    env: process.env,
    assets: fileURLToPath(new URL("..", import.meta.url)),
    version: pkg.version ?? "unknown",
    actionRepository: githubRepository(pkg.repository),
});
