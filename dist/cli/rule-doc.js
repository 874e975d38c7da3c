/** Sample lines marked `# expect: <ids>` show where the rule reports. */
function annotate(text, id) {
    return text
        .replace(/#\s*expect:\s*([^#\n]*)/g, (_m, ids) => ids
        .trim()
        .split(/[\s,]+/)
        .includes(id)
        ? `# ← ${id} is reported here`
        : "")
        .replace(/[ \t]+$/gm, "");
}
function fence(sample, id) {
    const lang = sample.name.endsWith(".json") ? "json" : "yaml";
    return `\`\`\`${lang}\n${annotate(sample.text, id).trimEnd()}\n\`\`\``;
}
function ruleDoc(rule) {
    const out = [`# ${rule.id}: ${rule.title}`, ""];
    out.push("| | |", "| --- | --- |", `| Severity | ${rule.severity} |`);
    if (rule.confidence)
        out.push(`| Confidence | ${rule.confidence}: the rule infers this from Zowe's code or documentation; its message says how sure it is |`);
    if (rule.package)
        out.push(`| Applies to | ${rule.group === "kubernetes" ? "Kubernetes manifests" : "Zowe configuration (zowe.yaml)"} |`, `| Policy | ${rule.source ? `custom policy \`${rule.source}\`, package \`${rule.package}\`` : `\`policies/rules/${rule.package}\``} |`);
    out.push("", "## Why", "", rule.description, "", "## How to fix", "", rule.remediation, "");
    const [before] = rule.examples?.fail ?? [];
    const [after] = rule.examples?.pass ?? [];
    if (before && after)
        out.push("### Before: reported", "", fence(before, rule.id), "", "### After: passes", "", fence(after, rule.id), "");
    const more = [...(rule.examples?.fail.slice(1) ?? [])];
    if (more.length > 0) {
        out.push("### More cases the rule reports", "");
        for (const s of more)
            out.push(`\`${s.name}\`:`, "", fence(s, rule.id), "");
    }
    if (rule.sources.length > 0) {
        out.push("## Sources", "");
        for (const s of rule.sources)
            out.push(`- [${s.description ?? s.url}](${s.url})`);
        out.push("");
    }
    return `${out.join("\n")}`;
}
/** The index page: every rule by group. */
function rulesIndex(rules) {
    const out = ["# Rules", "", "Generated from the policies' METADATA by `npm run build`; do not edit.", ""];
    const groups = new Map();
    for (const r of rules)
        groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
    const titles = {
        zowe: "Zowe configuration",
        kubernetes: "Kubernetes",
        input: "Input problems (reported by the tool itself)",
    };
    for (const [group, list] of groups) {
        out.push(`## ${titles[group] ?? group} (${list.length})`, "", "| Rule | Severity | Title |", "| --- | --- | --- |");
        for (const r of list)
            out.push(`| [${r.id}](${r.id}.md) | ${r.severity} | ${r.title.replace(/\|/g, "\\|")} |`);
        out.push("");
    }
    return out.join("\n");
}
/** Every page of docs/rules/, by file name. */
function ruleDocs(rules) {
    const pages = new Map([["README.md", rulesIndex(rules)]]);
    for (const r of rules)
        pages.set(`${r.id}.md`, ruleDoc(r));
    return pages;
}

export { ruleDoc, ruleDocs, rulesIndex };
