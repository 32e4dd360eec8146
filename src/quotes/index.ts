/**
 * The quote index of a corpus, built once (on first use) and remembered for as long as the corpus
 * lives: every command and the ask path share it.
 */
import type { Corpus } from "../types.js";
import { SpeakerIndex } from "./speakers.js";

const cache = new WeakMap<Corpus, SpeakerIndex>();

/** The corpus's quotations and speakers. */
export function quoteIndexOf(corpus: Corpus): SpeakerIndex {
  let index = cache.get(corpus);
  if (!index) {
    index = new SpeakerIndex(corpus.articles);
    cache.set(corpus, index);
  }
  return index;
}
