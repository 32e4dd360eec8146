import { stemmer } from "@orama/stemmers/indonesian";
import { readings, type Reading } from "./affixes.js";
import { isRoot } from "./roots.js";

// Stemming is the hottest call of index building; words repeat, so remember each word's stems.
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 200_000;
const HAS_DIGIT = /\p{N}/u;

/**
 * The Indonesian stems of a lower-case word. Dictionary-checked first, in the spirit of
 * Nazief–Adriani: a known root is its own stem; otherwise the word's affixes are stripped (particles,
 * possessives, -i/-kan/-an and colloquial -in, up to two prefixes with their nasal recodings, and
 * colloquial nasals) and a reading counts only when it reaches a root of the Hunspell list that takes
 * those affixes (roots.ts). The reading that strips least wins ("desakan" → desak, not desa); two
 * equally good readings are both returned ("mengurus" → urus and kurus: both take me-). When no
 * reading reaches a root: Snowball's dictionary-free stemmer, plus the reading it leaves out of
 * meng-/men- before a vowel (a root in k-/t-: "mengerahkan" → kerah). Numbers and short words are
 * returned as they are.
 */
export function stems(word: string): readonly string[] {
  // Only words that pass the test below are cached: look there first, it is the common case.
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (word.length < 4 || HAS_DIGIT.test(word)) return [word];
  const result = isRoot(word) ? withAffixReading(word) : (bestReadings(readings(word)) ?? withNasalReading(word, stemmer(word)));
  if (cache.size < CACHE_LIMIT) cache.set(word, result);
  return result;
}

/**
 * What a word must hold to have `stem` among its stems: the stem without its first letter. Every stem
 * is a stretch of the word with at most one letter in front that a nasal prefix replaced ("memukul"
 * → pukul: "ukul"; "menyapu" → sapu: "apu"), or the word itself. A cheap "no" before looking a word's
 * stems up in the (big) cache, for a word read only to see whether it has one of a few stems.
 */
export function stemTail(stem: string): string {
  return stem.slice(1);
}

/**
 * A root that is also an affixed form of another root ("penemu" of "temu", "pemuda" of "muda", words
 * the root list holds whole) stands for both: the whole word first.
 */
function withAffixReading(word: string): readonly string[] {
  const other = bestReadings(readings(word).filter((r) => r.inflections === 0 && !r.colloquial && r.root !== word));
  return other === undefined ? [word] : [word, other[0]!];
}

/**
 * The roots of the readings that strip least, at most two: a derivational affix counts 2, a
 * particle or possessive 3 ("menikah" is me- + nikah before it is "meni" + -kah), and a stripped
 * suffix wins a tie (suffixes come off first: "berikan" is beri + -kan, not ber- + "ikan").
 */
function bestReadings(found: readonly Reading[]): string[] | undefined {
  if (found.length === 0) return undefined;
  const rank = (r: Reading) => r.pieces * 2 + r.inflections * 3 - (r.suffixed ? 1 : 0);
  const best = Math.min(...found.map(rank));
  return [...new Set(found.filter((r) => rank(r) === best).map((r) => r.root))].slice(0, 2);
}

function withNasalReading(word: string, stemmed: string): readonly string[] {
  const lost = /^[mp]eng[aeiou]/.test(word) ? "k" : /^[mp]en[aeiou]/.test(word) ? "t" : "";
  if (lost === "" || stemmed.length < 3 || !/^[aeiou]/.test(stemmed)) return [stemmed];
  return [stemmed, lost + stemmed];
}
