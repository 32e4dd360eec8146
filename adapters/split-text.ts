/**
 * Cutting long text into pieces that each measure at most `max`, for platforms that limit a
 * message's length. Cuts fall, in order of preference, at a line break, at the end of a sentence,
 * between words, and only then anywhere that splits no surrogate pair (and nothing the platform
 * reads as one unit, such as a Markdown escape). What a platform counts and what it must not see
 * cut are the options; where to cut is the same everywhere.
 */

/** What differs between platforms. */
export interface SplitOptions {
  /**
   * The size a piece counts as towards the limit. Default: its length in UTF-16 units. It must
   * never shrink as a piece grows; one that is shorter than the length only makes pieces shorter
   * than they could be.
   */
  readonly measure?: (piece: string) => number;
  /**
   * True when a cut at `at` (inside a word, as a last resort) would separate a unit the platform
   * reads as one, such as a Markdown escape. Default: no such unit. Surrogate pairs are always kept
   * whole. A cut is moved back by one unit at most, which suffices for two-unit sequences.
   */
  readonly breaksUnit?: (text: string, at: number) => boolean;
}

// A sentence ends at . ! ? or … optionally followed by closing quotes or brackets, then a space.
const SENTENCE_END = /[.!?…]["”’')\]]*(\s+)/g;

/**
 * Pieces of `text`, trimmed and never empty, each measuring at most `max` (a single character that
 * alone measures more is a piece of its own). Use it for plain text; text with markup must be cut
 * before it is marked up, with `measure` counting the marked-up size.
 */
export function splitText(text: string, max: number, options: SplitOptions = {}): string[] {
  const measure = options.measure ?? ((piece: string) => piece.length);
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest !== "" && measure(rest) > max) {
    const cut = cutPoint(rest, fitLength(rest, max, measure), options.breaksUnit);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

/** Sentences with their trailing spaces, so that joining them gives the text back. */
export function splitSentences(text: string): string[] {
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length);
  const starts = [0, ...ends.filter((end) => end < text.length)];
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length)).filter((s) => s !== "");
}

// Where the first piece of `text` ends, given that its first `fit` units fit. The unit after them is
// looked at too: a line break or space there is trimmed away, so the piece before it still fits.
// Breaks too near the start are passed over for smaller ones further on, so pieces stay full.
function cutPoint(text: string, fit: number, breaksUnit: SplitOptions["breaksUnit"]): number {
  const head = text.slice(0, fit + 1);
  const line = head.lastIndexOf("\n");
  if (line > fit / 2) return line + 1;
  const sentence = lastSentenceEnd(head);
  if (sentence > fit / 3) return sentence;
  const space = head.lastIndexOf(" ");
  if (space > 0) return space + 1;
  return hardCut(text, fit, breaksUnit);
}

// Just after the first whitespace character that follows the last sentence end in `head`, or -1.
function lastSentenceEnd(head: string): number {
  let end = -1;
  for (const match of head.matchAll(SENTENCE_END)) end = match.index + match[0].length - match[1]!.length + 1;
  return end;
}

// The longest prefix, in UTF-16 units, that measures at most `max`. Measures are never less than
// the length for the platforms here (escaping only adds), so it is at most `max` long.
function fitLength(text: string, max: number, measure: (piece: string) => number): number {
  let low = 0;
  let high = Math.min(text.length, max);
  if (measure(text.slice(0, high)) <= max) return high;
  while (low < high - 1) {
    const middle = Math.floor((low + high) / 2);
    if (measure(text.slice(0, middle)) <= max) low = middle;
    else high = middle;
  }
  return low;
}

// A cut inside a word at `fit`, moved back off a surrogate pair and then off a platform's unit; at
// least one whole character, so that the text always gets shorter.
function hardCut(text: string, fit: number, breaksUnit: SplitOptions["breaksUnit"]): number {
  let cut = fit;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  if (breaksUnit?.(text, cut)) cut -= 1;
  const firstCharacter = text.codePointAt(0)! > 0xffff ? 2 : 1;
  return Math.max(firstCharacter, cut);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
