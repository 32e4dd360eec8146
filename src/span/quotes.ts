/** Spans and quotation marks: a span never shows half of a quotation. */

const PAIRS: ReadonlyArray<readonly [string, string]> = [["“", "”"], ["‘", "’"], ["«", "»"]];

/**
 * [start, end) widened to take in the other half of a quotation mark it cuts ("perdamaian tidak
 * dapat diterima begitu saja” lagi" takes the “ before it), when that mark is right next to it.
 */
export function balanceQuotes(text: string, start: number, end: number): readonly [number, number] {
  let [from, to] = [start, end];
  for (const [open, close] of PAIRS) {
    const inside = text.slice(from, to);
    const opens = inside.split(open).length - 1;
    const closes = inside.split(close).length - 1;
    if (closes > opens && text[from - 1] === open) from--;
    if (opens > closes && text[to] === close) to++;
  }
  const straight = text.slice(from, to).split('"').length - 1;
  if (straight % 2 === 1) {
    if (text[from - 1] === '"') from--;
    else if (text[to] === '"') to++;
  }
  return [from, to];
}
