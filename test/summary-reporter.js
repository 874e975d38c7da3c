// Ends a Jest run with the plain line "N passed, N failed[, N skipped: why]" that CI systems read.
// Tests skipped for a missing tool (test/tools.ts) carry "[skipped: need Go for opa]" in their
// title or their describe block's; the reasons are gathered so that nobody mistakes a run that
// skipped them for a run that passed them: "12 skipped: need Go for kustomize, opa".

const MARK = /\[skipped: ([^\]]+)\]$/;

/** "need Go for kustomize", "need Go for opa" → "need Go for kustomize, opa". */
function skipReasons(titles) {
  const byNeed = new Map();
  for (const title of titles) {
    for (const reason of (MARK.exec(title)?.[1] ?? "").split("; ").filter(Boolean)) {
      const [need, what] = reason.includes(" for ") ? reason.split(/ for (.*)/) : [reason, undefined];
      const list = byNeed.get(need) ?? new Set();
      if (what) list.add(what);
      byNeed.set(need, list);
    }
  }
  return [...byNeed]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([need, what]) => (what.size > 0 ? `${need} for ${[...what].sort().join(", ")}` : need));
}

export default class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const titles = results.testResults.flatMap((file) =>
      file.testResults
        .filter((t) => t.status === "pending" || t.status === "skipped")
        .flatMap((t) => [...t.ancestorTitles, t.title]),
    );
    const reasons = skipReasons(titles);
    const why = reasons.length > 0 ? `: ${reasons.join("; ")}` : "";
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped${why}` : ""}`;
    process.stdout.write(`\n${line}\n`);
  }
}
