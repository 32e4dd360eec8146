/**
 * General English→Indonesian word lexicon, used to match English questions
 * against Indonesian article text. Data: `lexicon-en-id.json`, derived from
 * FreeDict/WikDict (CC BY-SA 3.0, see `LEXICON-NOTICE.md`); rebuilt by
 * `scripts/build-lexicon.ts`.
 */
import lexicon from "./lexicon-en-id.json" with { type: "json" };
import wordnet from "./lexicon-wordnet.json" with { type: "json" };
import { formsToLookUp, irregularBase, lookupForms, spellingForms } from "./english.js";
import { NEWS_LEXICON } from "./lexicon-news.js";

export { englishBaseForms } from "./english.js";

type Lexicon = Readonly<Record<string, readonly string[]>>;
const LEXICON: Lexicon = lexicon;
const NONE: readonly string[] = Object.freeze([]);

/** Where translations come from: the hand list (default NEWS_LEXICON) and the FreeDict lexicon (default on). */
export interface TranslationSources {
  readonly newsLexicon?: Lexicon;
  readonly dictionary?: boolean;
}

function has(table: object, word: string): boolean {
  return Object.hasOwn(table, word);
}

/** The forms to look an English word up by in every English table (see lookupForms). */
export function englishForms(word: string): string[] {
  return lookupForms(word, knownAnywhere);
}

function knownAnywhere(form: string): boolean {
  return has(LEXICON, form) || has(wordnet.words, form) || has(NEWS_LEXICON, form);
}

/**
 * Indonesian translations of an English word, best first (at most 6;
 * single-word translations before multi-word ones).
 *
 * The word is lower-cased and looked up by its forms (src/text/english.ts): the word itself and,
 * for an irregular form, its base too ("won": the currency, and "win"); else its regular base
 * forms: plurals (-s, -es, -ies→y), past tense (-ed, -d, -ied→y), -ing (with or without a lost
 * "e"), doubled consonants ("planned"→"plan"), comparatives (-er, -est), adverbs (-ly, -ily→y);
 * else the same without a "re-"/"un-" prefix ("reopen"→"open"). The hand list (lexicon-news.ts) is
 * consulted before the dictionary, by the same forms.
 *
 * @param word - a single English word, any case.
 * @param sources - the tables to consult (for measuring each; by default all).
 * @returns the translations, or an empty array if the word is unknown.
 *
 * @example translateEnglishWord("wars") // ["perang"]
 */
export function translateEnglishWord(word: string, sources: TranslationSources = {}): readonly string[] {
  const w = word.trim().toLowerCase();
  if (!w) return NONE;
  const { forms, ownKnown } = formsToLookUp(w, knownAnywhere);
  const news = sources.newsLexicon ?? NEWS_LEXICON;
  const listed = forms.find((form) => has(news, form));
  if (listed !== undefined) return news[listed]!;
  if (sources.dictionary === false) return NONE;
  // WordNet may know the word as written while the dictionary knows only another spelling ("defence").
  // Not the word without its prefix: that is read only when no table knows the word ("revise" is not "vise").
  // When no table knows the word's own forms, its other spellings' forms are among `forms` already
  // (see lookupForms): looked up again they would find nothing new. Most words of an Indonesian
  // question come here, and no table knows them.
  const found = forms.find((form) => has(LEXICON, form)) ?? (ownKnown ? spellingForms(w).find((form) => has(LEXICON, form)) : undefined);
  if (found === undefined) return NONE;
  const base = found === w ? irregularBase(w) : undefined;
  if (base === undefined || !has(LEXICON, base)) return LEXICON[found]!;
  return [...new Set([...LEXICON[base]!, ...LEXICON[found]!])].slice(0, 6);
}
