import { stemmer } from "@orama/stemmers/indonesian";

// Stemming is the hottest call of index building; words repeat, so remember each word's stems.
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 200_000;
const HAS_DIGIT = /\p{N}/u;

/**
 * The Indonesian stems of a lower-case word: Snowball's dictionary-free Indonesian stemmer (it strips
 * -kah/-lah/-pun, -nya/-ku/-mu, and derivational prefixes and suffixes), plus the second reading
 * Snowball leaves out: meng-/peng- before a vowel may hide a root in k- ("mengerahkan" from
 * "kerah"), men-/pen- before a vowel a root in t- ("menekankan" from "tekan"). The first stem is
 * Snowball's. Numbers and short words are returned as they are.
 */
export function stems(word: string): readonly string[] {
  // Only words that pass the test below are cached: look there first, it is the common case.
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (word.length < 4 || HAS_DIGIT.test(word)) return [word];
  const result = withNasalReading(word, stemmer(word));
  if (cache.size < CACHE_LIMIT) cache.set(word, result);
  return result;
}

function withNasalReading(word: string, stemmed: string): readonly string[] {
  const lost = /^[mp]eng[aeiou]/.test(word) ? "k" : /^[mp]en[aeiou]/.test(word) ? "t" : "";
  if (lost === "" || stemmed.length < 3 || !/^[aeiou]/.test(stemmed)) return [stemmed];
  return [stemmed, lost + stemmed];
}
