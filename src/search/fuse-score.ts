/**
 * Fuse.js's score of one vocabulary word for a looked-up word, as the typo look-up's options give it
 * (ignoreLocation, case-sensitive, threshold RETRIEVAL.fuzzyMaxScore): the fewest edits that turn
 * the looked-up word into some stretch of the other, over its length (at least 0.001; 0 for the same
 * word), or null where that is over the threshold. Fuse.js's Bitap search finds exactly that number;
 * a call of Fuse.js costs ~0.1-0.25 ms (its searcher, pattern alphabet and index are made anew for
 * each word), this table ~1 µs. tests/search/fuse-score.test.ts holds the two equal on every case.
 * Fuse.js itself scores what this does not cover (see `fuseScoreCovers`).
 */

/** Bitap's pattern limit: longer words are scored in chunks by Fuse.js. */
const MAX_PATTERN = 32;
const FLOOR = 0.001;
// Fuse.js counts a vocabulary entry's words, and weighs the score by their number: one word here.
const SEPARATOR = /[\t\n\v\f\r \u00a0]/;

let row = new Int32Array(MAX_PATTERN + 1);
let prev = new Int32Array(MAX_PATTERN + 1);

/** True when fuseScore gives Fuse.js's score for this pair (a pattern Bitap reads whole, a one-word text). */
export function fuseScoreCovers(pattern: string, text: string): boolean {
  return pattern.length > 0 && pattern.length <= MAX_PATTERN && !SEPARATOR.test(text);
}

/** Fuse.js's score of `text` for `pattern` (see the file's comment), or null when it finds no match. */
export function fuseScore(pattern: string, text: string, threshold: number): number | null {
  if (pattern === text) return 0;
  const errors = fewestEdits(pattern, text);
  return errors / pattern.length <= threshold ? Math.max(FLOOR, errors / pattern.length) : null;
}

/** The fewest insertions, deletions and substitutions that make `pattern` a stretch of `text`. */
function fewestEdits(pattern: string, text: string): number {
  if (row.length <= text.length) {
    row = new Int32Array(2 * text.length + 2);
    prev = new Int32Array(2 * text.length + 2);
  }
  // Rows by the pattern's letters, columns by the text's: the stretch may start anywhere (row 0 is
  // all 0) and end anywhere (the least of the last row).
  for (let j = 0; j <= text.length; j++) prev[j] = 0;
  for (let i = 1; i <= pattern.length; i++) {
    row[0] = i;
    const letter = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const substitute = prev[j - 1]! + (letter === text.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(substitute, prev[j]! + 1, row[j - 1]! + 1);
    }
    const done = prev;
    prev = row;
    row = done;
  }
  let fewest = pattern.length;
  for (let j = 0; j <= text.length; j++) fewest = Math.min(fewest, prev[j]!);
  return fewest;
}
