import { i as isObject, s as setOwn, v as valueAt } from './_config-validator.js';

/** How Zowe computes the configuration it runs with: configmgr's layer merge and its templates. */
/**
 * configmgr's merge of two layers (zowe-common-c jsonMerge with CONCATENATE_ARRAYS): objects
 * merge key by key, the higher layer's scalars replace, arrays concatenate with the lower
 * layer's items first, and an explicit null in the higher layer replaces the lower value.
 */
function mergeLayer(higher, lower) {
    if (higher === undefined)
        return lower;
    if (isObject(higher) && isObject(lower)) {
        const merged = {};
        for (const [k, v] of Object.entries(lower))
            setOwn(merged, k, v);
        for (const [k, v] of Object.entries(higher))
            setOwn(merged, k, mergeLayer(v, lower[k]));
        return merged;
    }
    if (Array.isArray(higher) && Array.isArray(lower))
        return [...lower, ...higher];
    return higher;
}
/** Layers in priority order (left-most wins, as in FILE(a):FILE(b)), then the defaults. */
function mergeLayers(layers, defaults) {
    let merged = defaults;
    for (let i = layers.length - 1; i >= 0; i--)
        merged = mergeLayer(layers[i], merged);
    return merged;
}
const TEMPLATE = /\$\{\{\s*(.*?)\s*\}\}/g;
const WHOLE_TEMPLATE = /^\s*\$\{\{\s*(.*?)\s*\}\}\s*$/;
const REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$-]*|\[\s*(?:'[^']*'|"[^"]*"|\d+)\s*\])*$/;
const SEGMENT = /\.([A-Za-z_$][\w$-]*)|\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/g;
const MAX_DEPTH = 16;
/** `components['caching-service'].port` → ["components", "caching-service", "port"]; undefined if not a pure reference. */
function referencePath(expression) {
    if (!REFERENCE.test(expression))
        return undefined;
    const head = /^[A-Za-z_$][\w$]*/.exec(expression)?.[0];
    if (!head)
        return undefined;
    const path = [head];
    for (const m of expression.slice(head.length).matchAll(SEGMENT)) {
        path.push(m[1] ?? m[2] ?? m[3] ?? Number(m[4]));
    }
    return path;
}
/**
 * Resolves the templates that only refer to other keys (`${{ zowe.job.prefix }}`), as configmgr
 * would after merging. Anything else (expressions, process.env, os.*, zos.*) is left as written:
 * rules treat a value that still holds "${{" as unknown rather than guess.
 */
function resolveTemplates(config) {
    const resolveString = (text, depth) => {
        if (depth > MAX_DEPTH || !text.includes("${{"))
            return text;
        const whole = WHOLE_TEMPLATE.exec(text);
        if (whole) {
            const path = referencePath(whole[1] ?? "");
            const target = path && valueAt(config, path);
            if (target === undefined)
                return text;
            return typeof target === "string" ? resolveString(target, depth + 1) : target;
        }
        return text.replace(TEMPLATE, (match, expression) => {
            const path = referencePath(expression);
            const target = path && valueAt(config, path);
            const value = typeof target === "string" ? resolveString(target, depth + 1) : target;
            return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
                ? String(value)
                : match;
        });
    };
    const visit = (node) => {
        if (typeof node === "string")
            return resolveString(node, 0);
        if (Array.isArray(node))
            return node.map(visit);
        if (isObject(node)) {
            const out = {};
            for (const [k, v] of Object.entries(node))
                setOwn(out, k, visit(v));
            return out;
        }
        return node;
    };
    return visit(config);
}

export { mergeLayers as m, resolveTemplates as r };
