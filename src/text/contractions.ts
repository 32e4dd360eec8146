/**
 * English contractions in a question, written out (see withContractionsWrittenOut).
 */
import { STOPWORDS_EN, STOPWORDS_ID } from "./stopwords.js";

// English contractions, written out: "didn't" is "did not", "won't" "will not", "we're" "we are". Only
// after the verbs and pronouns English contracts, so that "Jum'at" or "Sa'd" stay as written.
const NEGATED = /^(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)n't$/;
const IRREGULAR_NEGATED: ReadonlyMap<string, string> = new Map([["won't", "will"], ["can't", "can"], ["shan't", "shall"], ["ain't", "is"]]);
const CONTRACTED = /^(i|you|we|they|he|she|it|that|there|who|what|where|when|why|how)'(re|ve|ll|d|m)$/;
const CONTRACTED_VERB: Readonly<Record<string, string>> = { re: "are", ve: "have", ll: "will", d: "would", m: "am" };

function writtenOut(word: string): readonly string[] | undefined {
  const negated = IRREGULAR_NEGATED.get(word) ?? NEGATED.exec(word)?.[1];
  if (negated !== undefined) return [negated, "not"];
  const contracted = CONTRACTED.exec(word);
  return contracted ? [contracted[1]!, CONTRACTED_VERB[contracted[2]!]!] : undefined;
}

/**
 * An English question's words with its contractions written out ("why didn't they" → "why did not
 * they"): "didn't" is no word to look for, and "not" is what the negation check reads. Only in a
 * question whose function words are mostly English: an Indonesian one may name a title ("Eiffel...
 * I'm in Love"), whose "i'm" is a word to look for as written. The same array when nothing changes.
 */
export function withContractionsWrittenOut(words: readonly string[]): readonly string[] {
  if (!words.some((word) => word.includes("'") && writtenOut(word))) return words;
  let en = 0;
  let id = 0;
  for (const word of words) {
    if (STOPWORDS_EN.has(word)) en++;
    if (STOPWORDS_ID.has(word)) id++;
  }
  return en > id ? words.flatMap((word) => (word.includes("'") ? writtenOut(word) ?? [word] : [word])) : words;
}
