/**
 * English names of several words and their Indonesian names ("united states" → "amerika serikat",
 * "prime minister" → "perdana menteri"), from WordNet's multi-word lemmas and Wordnet Bahasa
 * (`english-phrases.json`, rebuilt by scripts/build-thesaurus.ts; see LEXICON-NOTICE.md). Read word
 * by word, such a name turns into other words ("united" → "gabung", "states" → "negara").
 */
import table from "./english-phrases.json" with { type: "json" };

// A Map, not the object: looking a new string up as an object's key interns it (abbreviations.ts).
const PHRASES: ReadonlyMap<string, string> = new Map(Object.entries(table as Record<string, string>));
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
    const renderings = PHRASES.get(tokens.slice(i, i + length).join(" "));
    if (renderings !== undefined) return { length, renderings: renderings.split("|") };
  }
  return null;
}
