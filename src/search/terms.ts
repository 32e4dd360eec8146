import { standardSpelling } from "../text/chat-spelling.js";
import { stems } from "../text/stem.js";
import { isStopword } from "../text/stopwords.js";
import { splitCompound, tokenize } from "../text/tokens.js";

/** Word tokens of a text with chat spellings made standard and compounds split. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    for (const part of splitCompound(token)) {
      for (const word of standardSpelling(part).split(" ")) out.push(word);
    }
  }
  return out;
}

/** The index terms of a word: its stems, or nothing for a function word. */
export function termsOfWord(word: string): readonly string[] {
  if (isStopword(word)) return [];
  return stems(word);
}

/** Term frequencies of a text: every stem of every content word. */
export function termFrequencies(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const word of words(text)) {
    for (const term of termsOfWord(word)) tf.set(term, (tf.get(term) ?? 0) + 1);
  }
  return tf;
}
