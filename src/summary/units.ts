/**
 * The pieces a summary is made of: a sentence, or the run of sentences one quotation spans (a
 * quotation is never shown cut in half). Sentences that are not prose (a "Baca juga:" link, a
 * photo credit) are left out.
 */
import type { Sentence } from "../types.js";

/** Sentences that are never summary material: cross-links, credits, and one- or two-word scraps. */
const NOT_PROSE = /^(?:baca juga|lihat juga|simak juga|baca:|foto:|video:|sumber:|editor:|penulis:|reporter:)/i;
const MIN_WORDS = 4;

export interface Unit {
  /** Indices into the article's sentences, in order. */
  readonly sentences: readonly number[];
}

/** The article's sentences grouped by quotation, with non-prose sentences left out. */
export function unitsOf(sentences: readonly Sentence[]): Unit[] {
  const units: Unit[] = [];
  let current: number[] = [];
  sentences.forEach((sentence, i) => {
    if (current.length > 0 && !sentence.continuesQuote) {
      units.push({ sentences: current });
      current = [];
    }
    current.push(i);
  });
  if (current.length > 0) units.push({ sentences: current });
  return units.filter((unit) => unit.sentences.every((i) => isProse(sentences[i]!.text)));
}

function isProse(text: string): boolean {
  return !NOT_PROSE.test(text.trim()) && text.split(/\s+/).length >= MIN_WORDS;
}
