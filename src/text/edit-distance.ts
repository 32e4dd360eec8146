// Three rows of the distance table, reused: the typo look-up calls this for hundreds of words a question.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions) when it is at most
 * `limit`; limit + 1 for "too far". Only the cells within `limit` of the table's diagonal are
 * computed (a cell further out already costs more than the limit), and it stops early once a whole
 * row is over the limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const far = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return far;
  if (rows[0]!.length <= b.length + 1) rows = rows.map(() => new Int32Array(2 * b.length + 2));
  let prevPrev = rows[0]!;
  let prev = rows[1]!;
  let row = rows[2]!;
  for (let j = 0; j <= b.length; j++) prev[j] = Math.min(j, far);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    row[from - 1] = from === 1 ? Math.min(i, far) : far;
    if (to < b.length) row[to + 1] = far; // read by the next row
    let best = row[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return far;
    const reused = prevPrev;
    prevPrev = prev;
    prev = row;
    row = reused;
  }
  return Math.min(prev[b.length]!, far);
}
