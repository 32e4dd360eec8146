/**
 * Word and punctuation tokens with their character offsets: the unit the cue patterns read. Works
 * the same on real text ("kata dia,") and on pre-tokenised text ("kata dia ,").
 */

export interface Token {
  readonly text: string;
  /** Lower case, for lexicon look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu;

/** The tokens of a text (or of text.slice(from, to), with offsets into the whole text). */
export function tokensOf(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + m.index;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, word: /[\p{L}\p{N}]/u.test(m[0]) });
  }
  return out;
}

/** Starts with a capital letter (a name, a title, an organisation, or a sentence start). */
export function isCapitalised(token: Token): boolean {
  return token.word && /^\p{Lu}/u.test(token.text);
}

/** Written all in capitals, two letters or more: an acronym (PBB, MPR, RI). */
export function isAcronym(token: Token): boolean {
  return token.word && token.text.length >= 2 && /^[\p{Lu}\p{N}-]+$/u.test(token.text);
}
