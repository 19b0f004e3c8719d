/**
 * Edit distance with adjacent transpositions (optimal string alignment, a restricted Damerau–Levenshtein),
 * giving up early: the one implementation behind typo-tolerant search, "did you mean" suggestions and the
 * misspelt-name check of discovery. Only the band of cells within `max` of the diagonal is computed (a cell
 * outside it is more than `max` edits away), in three rows reused from call to call: search compares a query
 * with tens of thousands of words.
 */

/** Rows reused by every call: two before the current one, for transpositions. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(16), new Int32Array(16), new Int32Array(16)];

/** The distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  if (m === 0 || n === 0) return Math.max(m, n);
  const over = max + 1;
  if (rows[0].length < n + 2) rows = [new Int32Array(n + 2), new Int32Array(n + 2), new Int32Array(n + 2)];
  let [before, previous, row] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    row[0] = i <= max ? i : over;
    row[lo - 1] = lo === 1 ? row[0] : over;
    let best = row[lo - 1]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, before[j - 2]! + 1);
      if (d > over) d = over;
      row[j] = d;
      if (d < best) best = d;
    }
    // The cell right of the band, which the next row reads above its last cell.
    if (hi < n) row[hi + 1] = over;
    if (best > max) return over;
    const spare = before;
    before = previous;
    previous = row;
    row = spare;
  }
  const d = previous[n]!;
  return d <= max ? d : over;
}
