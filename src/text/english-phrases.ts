/**
 * English names of several words and their Indonesian names ("united states" → "amerika serikat",
 * "prime minister" → "perdana menteri"), from WordNet's multi-word lemmas and Wordnet Bahasa
 * (`english-phrases.json`, rebuilt by scripts/build-thesaurus.ts; see LEXICON-NOTICE.md). Read word
 * by word, such a name turns into other words ("united" → "gabung", "states" → "negara").
 */
import table from "./english-phrases.json" with { type: "json" };

const PHRASES: Readonly<Record<string, string>> = table;
const LONGEST = 3;

export interface EnglishPhrase {
  /** The question's words it takes, from the position asked. */
  readonly length: number;
  /** Its Indonesian names, the most used sense first. */
  readonly renderings: readonly string[];
}

/** The longest English name of several words that starts at `tokens[i]`, or null. */
export function englishPhraseAt(tokens: readonly string[], i: number): EnglishPhrase | null {
  for (let length = Math.min(LONGEST, tokens.length - i); length >= 2; length--) {
    const phrase = tokens.slice(i, i + length).join(" ");
    if (Object.hasOwn(PHRASES, phrase)) return { length, renderings: PHRASES[phrase]!.split("|") };
  }
  return null;
}
