/** Spans and quotation marks: a span never shows half of a quotation. */

const PAIRS: ReadonlyArray<readonly [string, string]> = [["“", "”"], ["‘", "’"], ["«", "»"]];

/**
 * [start, end) widened to take in the other half of a quotation mark it cuts ("perdamaian tidak
 * dapat diterima begitu saja” lagi" takes the “ before it), when that mark is right next to it.
 */
export function balanceQuotes(text: string, start: number, end: number): readonly [number, number] {
  let [from, to] = [start, end];
  for (const [open, close] of PAIRS) {
    const opens = countIn(text, from, to, open);
    const closes = countIn(text, from, to, close);
    if (closes > opens && text[from - 1] === open) from--;
    if (opens > closes && text[to] === close) to++;
  }
  const straight = countIn(text, from, to, '"');
  if (straight % 2 === 1) {
    if (text[from - 1] === '"') from--;
    else if (text[to] === '"') to++;
  }
  return [from, to];
}

// How often a mark (one UTF-16 unit) stands in text[from, to): counted in place, no slices.
function countIn(text: string, from: number, to: number, mark: string): number {
  const code = mark.charCodeAt(0);
  let count = 0;
  for (let i = Math.max(0, from); i < Math.min(to, text.length); i++) if (text.charCodeAt(i) === code) count++;
  return count;
}
