import { RETRIEVAL } from "../defaults.js";

/**
 * The terms that say what an article is about rather than what one sentence says: those of its title,
 * of its lead (the first sentence, in an article long enough to have one), and those in many of its
 * sentences. Inside the article they identify it, not the sentence: a question's other (focus) words
 * pick the sentence. Returns, per article, the set of its topic term ids.
 */
export function topicTerms(
  titles: readonly (readonly number[])[],
  ranges: readonly { readonly start: number; readonly end: number }[],
  termsOfSentence: (sentence: number) => ArrayLike<number>,
): Set<number>[] {
  return ranges.map(({ start, end }, article) => {
    const topic = new Set(titles[article]);
    const count = end - start;
    if (count >= RETRIEVAL.leadMinSentences) for (const term of Array.from(termsOfSentence(start))) topic.add(term);
    const frequency = new Map<number, number>();
    for (let sentence = start; sentence < end; sentence++) {
      for (const term of Array.from(termsOfSentence(sentence))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
    const least = Math.max(RETRIEVAL.topicMinSentences, RETRIEVAL.topicShare * count);
    for (const [term, n] of frequency) if (n >= least) topic.add(term);
    return topic;
  });
}
