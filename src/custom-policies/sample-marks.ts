/**
 * The `# expect:` marks of a rule's fail samples, as ESLint's RuleTester states where an error is:
 * `# expect: ID` says the rule reports on this line (at any column), `# expect: ID@COL` that it
 * reports on this line at column COL (1-based, as findings are), once per column. Several marks
 * share a comment, separated by spaces or commas: `# expect: ZWE-HA-014@44, ZWE-HA-014@48`.
 * Every mark of a comment is checked, whichever rule it names (a sample is tested only for its
 * own rule, so a malformed mark of another would go unnoticed); words that are no rule id (a
 * severity, in test/zowe-validate.test.ts) are left alone. Read by the sample tests (bundled and
 * custom rules) and by the rule pages, which point at the marked places.
 */

/** Where a fail sample says its rule reports: a line, and the columns when the mark gives them. */
export interface Expectation {
  line: number;
  /** Sorted, without repeats; empty when the mark gives no column (any column of the line). */
  columns: number[];
}

/** A mark that cannot be read; the message names the line. */
export class SampleMarkError extends Error {
  override readonly name = "SampleMarkError";
}

const MARK = /#\s*expect:\s*([^#\n]*)/;
const TOKEN = /^([A-Za-z][A-Za-z0-9-]*)(?:@(.*))?$/;

/** The ids and columns of one comment's marks: [id, column or undefined]. */
function marksOf(marks: string, line: number): Array<[string, number | undefined]> {
  return marks
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((token): Array<[string, number | undefined]> => {
      const match = TOKEN.exec(token);
      if (!match) {
        if (token.startsWith("@"))
          throw new SampleMarkError(`line ${line}: "${token}": write the column right after the rule id (ID@COL)`);
        return []; // a word of some other convention, not a mark
      }
      const [, id = "", column] = match;
      if (column === undefined) return [[id, undefined]];
      if (!/^[1-9][0-9]*$/.test(column))
        throw new SampleMarkError(
          `line ${line}: "${token}": after "@" comes the column (from 1) on this line, as in ${id}@5; the mark is on the finding's line`,
        );
      return [[id, Number(column)]];
    });
}

/** Where the marks of the sample say rule id reports, by line. */
export function expectations(text: string, id: string): Expectation[] {
  const out: Expectation[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    const marks = MARK.exec(content)?.[1];
    if (marks === undefined) return;
    const line = index + 1;
    const own = marksOf(marks, line).filter(([markId]) => markId === id);
    if (own.length === 0) return;
    const columns = own.flatMap(([, column]) => (column === undefined ? [] : [column]));
    if (columns.length > 0 && columns.length < own.length)
      throw new SampleMarkError(
        `line ${line}: ${id} is marked both with and without a column; give every finding of the line its column, or none`,
      );
    out.push({ line, columns: [...new Set(columns)].sort((a, b) => a - b) });
  });
  return out;
}

/** A place in the form the marks state it: "7" (the line) or "7:21" (line and column). */
function place(line: number, column?: number): string {
  return column === undefined ? String(line) : `${line}:${column}`;
}

/**
 * The places the marks expect and the places the findings are at, in the same form: equal when
 * the sample holds. A finding on a line marked with columns is shown with its column, any other
 * by its line alone (several on one line once).
 */
export function comparablePlaces(
  expected: readonly Expectation[],
  found: ReadonlyArray<{ line: number; column: number }>,
): { expected: string[]; actual: string[] } {
  const withColumns = new Set(expected.filter((e) => e.columns.length > 0).map((e) => e.line));
  const actual = new Map<string, [number, number]>();
  for (const { line, column } of found) {
    const at = withColumns.has(line) ? column : 0;
    actual.set(place(line, at || undefined), [line, at]);
  }
  const byPosition = ([a, b]: [number, number], [c, d]: [number, number]) => a - c || b - d;
  return {
    expected: expected.flatMap((e) =>
      e.columns.length === 0 ? [place(e.line)] : e.columns.map((column) => place(e.line, column)),
    ),
    actual: [...actual.entries()].sort(([, a], [, b]) => byPosition(a, b)).map(([key]) => key),
  };
}
