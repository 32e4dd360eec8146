/**
 * Ordinary Indonesian words, from the general English→Indonesian lexicon's translations: a word
 * capitalised only because it opens the sentence ("Pembuat boneka ...") is one of these, a name
 * rarely is. Countries are names, whatever the lexicon holds.
 */
import lexicon from "../text/lexicon-en-id.json" with { type: "json" };
import { COUNTRY_WORDS } from "../quotes/countries.js";

let words: ReadonlySet<string> | null = null;

function build(): ReadonlySet<string> {
  return new Set(Object.values(lexicon as Record<string, string[]>).flat().filter((w) => !w.includes(" ")));
}

/** Builds the word set now (index build), so the first answer does not pay for it. */
export function prepareCommonWords(): void {
  words ??= build();
}

/** True for a lower-case word that is an ordinary Indonesian word, not a name. */
export function isCommonWord(word: string): boolean {
  words ??= build();
  return words.has(word) && !COUNTRY_WORDS.has(word);
}
