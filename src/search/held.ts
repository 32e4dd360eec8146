/** Whether a question word, in any of its alternatives, stands in a sentence or anywhere in the corpus. */
import type { SearchIndex } from "./index.js";
import type { TermGroup } from "./query.js";

/** The sentence holds one of the word's alternatives. */
export function sentenceHoldsGroup(group: TermGroup, index: SearchIndex, sentence: number): boolean {
  return group.alternatives.some((alt) => index.sentenceHasId(sentence, alt.id));
}

/** The corpus holds one of the word's alternatives somewhere. */
export function corpusHoldsGroup(group: TermGroup, index: SearchIndex): boolean {
  return group.alternatives.some((alt) => index.hasTermId(alt.id));
}
