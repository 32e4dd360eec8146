/**
 * General English→Indonesian word lexicon, used to match English questions
 * against Indonesian article text. Data: `lexicon-en-id.json`, derived from
 * FreeDict/WikDict (CC BY-SA 3.0, see `LEXICON-NOTICE.md`); rebuilt by
 * `scripts/build-lexicon.ts`.
 */
import lexicon from "./lexicon-en-id.json" with { type: "json" };
import { NEWS_LEXICON } from "./lexicon-news.js";

const LEXICON: Readonly<Record<string, readonly string[]>> = lexicon;
const NONE: readonly string[] = Object.freeze([]);

/** Suffixes to strip, and whether the stem may have lost a final "e" / doubled its last consonant. */
const SUFFIXES: readonly (readonly [string, boolean])[] = [
  ["s", false],
  ["es", false],
  ["ed", true],
  ["ing", true],
  ["er", true],
  ["est", true],
];

/** Possible base forms of `word`, most likely first (e.g. "planned" → "plann", "planne", "plan"). */
function baseForms(word: string): string[] {
  const out: string[] = [];
  for (const [suffix, verbLike] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < 2) continue;
    if (!verbLike) {
      if (!stem.endsWith("s") || suffix === "es") out.push(stem); // "boss" is not a plural of "bos"
    } else {
      // A short vowel+consonant ending ("us|ing", "hop|ed") usually lost an "e".
      const eFirst = /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/.test(stem);
      out.push(...(eFirst ? [stem + "e", stem] : [stem, stem + "e"]));
      const last = stem.at(-1)!;
      if (stem.length >= 3 && last === stem.at(-2) && !"aeiou".includes(last)) out.push(stem.slice(0, -1)); // "planned"
    }
    if (stem.endsWith("i")) out.push(stem.slice(0, -1) + "y"); // "countries", "carried", "happier"
  }
  // Bases under 3 letters are mostly false hits ("used", "uses" → "us"); "goes" → "go" is kept.
  return out.filter((b) => b.length >= 3 || (word === b + "es" && b.endsWith("o")));
}

/** Base forms of a lower-case English word, most likely first ("leaders" → "leader", "lead"). */
export function englishBaseForms(word: string): string[] {
  const bases = baseForms(word);
  if (word.endsWith("s")) bases.push(...baseForms(word.slice(0, -1)));
  return bases;
}

function lookup(word: string): readonly string[] | undefined {
  return Object.hasOwn(LEXICON, word) ? LEXICON[word] : undefined;
}

/**
 * Indonesian translations of an English word, best first (at most 6;
 * single-word translations before multi-word ones).
 *
 * The word is lower-cased and looked up as is; if absent, regular English
 * inflections are undone and the first base form found is used: plurals
 * (-s, -es, -ies→y), past tense (-ed, -d, -ied→y), -ing (with or without a
 * lost "e"), doubled consonants ("planned"→"plan") and comparatives
 * (-er, -est). Plurals of such forms also work ("leaders"→"leader"→"lead").
 * Irregular forms ("said", "went") are not handled.
 *
 * @param word - a single English word, any case.
 * @returns the translations, or an empty array if the word is unknown.
 *
 * @example translateEnglishWord("wars") // ["perang"]
 */
export function translateEnglishWord(word: string): readonly string[] {
  const w = word.trim().toLowerCase();
  if (!w) return NONE;
  if (Object.hasOwn(NEWS_LEXICON, w)) return NEWS_LEXICON[w]!;
  const direct = lookup(w);
  if (direct) return direct;
  for (const base of englishBaseForms(w)) {
    const hit = lookup(base);
    if (hit) return hit;
  }
  return NONE;
}
