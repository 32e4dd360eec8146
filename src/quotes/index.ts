/**
 * The quote index of a corpus, built once (createBot builds it at load) and remembered for as long
 * as the corpus lives: every command, the ask path and the CLI share it.
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
