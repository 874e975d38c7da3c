// Minimal source map (v3) reader: generated (line, column) → original source file and line.
// Enough to attribute CPU profile samples of the rollup bundle to the modules it was built from.
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

function decodeSegment(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const d = DIGIT.get(ch);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export class SourceMap {
  constructor(map) {
    this.sources = map.sources.map((s) => s.replace(/^(\.\.\/)+/, "").replace(/\\/g, "/"));
    // lines[generatedLine] = [[generatedColumn, sourceIndex, sourceLine], ...] sorted by column
    this.lines = [];
    let src = 0,
      srcLine = 0;
    for (const line of map.mappings.split(";")) {
      const segs = [];
      let col = 0;
      if (line) {
        for (const seg of line.split(",")) {
          const v = decodeSegment(seg);
          col += v[0];
          if (v.length >= 4) {
            // Fields 4 and 5 (source column, name) are not needed: lines are enough here.
            src += v[1];
            srcLine += v[2];
            segs.push([col, src, srcLine]);
          }
        }
      }
      this.lines.push(segs);
    }
  }

  /** Original {source, line} (0-based line) of a 0-based generated position, or undefined. */
  lookup(line, column) {
    for (let l = line; l >= 0 && l >= line - 50; l--) {
      const segs = this.lines[l];
      if (!segs || segs.length === 0) continue;
      let lo = 0,
        hi = segs.length - 1,
        best = -1;
      const col = l === line ? column : Infinity;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (segs[mid][0] <= col) {
          best = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (best >= 0) return { source: this.sources[segs[best][1]], line: segs[best][2] };
    }
    return undefined;
  }
}
