/**
 * The lexical resources a query is expanded with, and the weight of each: by default those of
 * RETRIEVAL. An index can be built with other settings (`new SearchIndex(corpus, { resources })`) to
 * measure what each resource adds (`npm run eval`) or to sweep the weights (`npm run calibrate`); a
 * weight of 0 (or an empty hand list, or `dictionary: false`) switches a resource off.
 */
import { RETRIEVAL } from "../defaults.js";
import { NEWS_LEXICON } from "../text/lexicon-news.js";

export interface Resources {
  /** Whether the FreeDict English→Indonesian lexicon is consulted. */
  readonly dictionary: boolean;
  /** The hand list of English news words consulted before the dictionary (src/text/lexicon-news.ts). */
  readonly newsLexicon: Readonly<Record<string, readonly string[]>>;
  /** Weight of an English word's translation (dictionary or hand list). */
  readonly translationWeight: number;
  /** Weight of an English word's Indonesian words through WordNet synsets. */
  readonly wordnetWeight: number;
  /** Factor applied per WordNet sense rank: the second senses' words weigh wordnetWeight times this. */
  readonly wordnetSenseDecay: number;
  /** Weights of strong and weak MyThes thesaurus near-synonyms. */
  readonly thesaurusWeight: number;
  readonly thesaurusWeakWeight: number;
  /** Weight of a near-synonym derived from the dictionary (two renderings of one English word). */
  readonly synonymWeight: number;
  /** Weight of a colloquial form's standard root ("nambah" → "tambah"). */
  readonly colloquialWeight: number;
}

export const DEFAULT_RESOURCES: Resources = Object.freeze({
  dictionary: true,
  newsLexicon: NEWS_LEXICON,
  translationWeight: RETRIEVAL.translationWeight,
  wordnetWeight: RETRIEVAL.wordnetWeight,
  wordnetSenseDecay: RETRIEVAL.wordnetSenseDecay,
  thesaurusWeight: RETRIEVAL.thesaurusWeight,
  thesaurusWeakWeight: RETRIEVAL.thesaurusWeakWeight,
  synonymWeight: RETRIEVAL.synonymWeight,
  colloquialWeight: RETRIEVAL.colloquialWeight,
});

/** The default resources with some settings changed. */
export function resourcesWith(changes: Partial<Resources> = {}): Resources {
  return Object.freeze({ ...DEFAULT_RESOURCES, ...changes });
}
