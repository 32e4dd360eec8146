/**
 * The index terms that may stand for a question word (its alternatives): its stems and, by
 * resource, translations, near-synonyms, colloquial readings, typos; for an English name of several
 * words, its Indonesian name; for a word an abbreviation expanded to, the abbreviation itself.
 */
import { RETRIEVAL } from "../defaults.js";
import type { Lang } from "../types.js";
import { translateEnglishWord } from "../text/lexicon.js";
import { abbreviationsHeadedBy } from "../text/abbreviations-written.js";
import { foldForMatching } from "../text/normalize.js";
import { stems } from "../text/stem.js";
import { standardSpelling } from "../text/chat-spelling.js";
import { colloquialRoots } from "../text/colloquial.js";
import { isRoot } from "../text/roots.js";
import { synonymsOf } from "../text/synonyms.js";
import { thesaurusSynonyms, wordnetTranslations } from "../text/thesaurus.js";
import type { SearchIndex } from "./index.js";
import type { Alternative, TermGroup } from "./query.js";
import { termsOfWord, words } from "./terms.js";
import { TermWeights } from "./term-weights.js";

/** A word the question's abbreviation expanded to is also found as the abbreviation ("Kapolda"). */
export function withAbbreviation(alternatives: readonly Alternative[], abbreviation: string | undefined, index: SearchIndex): readonly Alternative[] {
  if (abbreviation === undefined) return alternatives;
  const terms = termsOfWord(abbreviation).filter((term) => index.hasTerm(term) && !alternatives.some((alt) => alt.term === term));
  return [...alternatives, ...terms.map((term) => ({ term, weight: 1, id: index.termId(term) }))];
}

/** One group for an English name of several words: its Indonesian names' words, as translations. */
export function phraseGroup(taken: readonly string[], renderings: readonly string[], index: SearchIndex, named: boolean): TermGroup {
  const out = new TermWeights(index);
  for (const rendering of renderings) {
    for (const part of words(rendering)) for (const term of termsOfWord(part)) out.add(term, index.resources.translationWeight);
  }
  const word = taken.join(" ");
  return named ? { word, alternatives: out.list(), named } : { word, alternatives: out.list() };
}

// Per index and language, each question word's alternatives: the same words come back question
// after question, and a word's alternatives depend on nothing else.
const ALTERNATIVES_KEPT = 20_000;
const remembered = new WeakMap<SearchIndex, Record<Lang, Map<string, readonly Alternative[]>>>();

export function rememberedAlternatives(word: string, lang: Lang, index: SearchIndex): readonly Alternative[] {
  let byLang = remembered.get(index);
  if (!byLang) remembered.set(index, (byLang = { id: new Map(), en: new Map() }));
  const known = byLang[lang];
  let alternatives = known.get(word);
  if (!alternatives) {
    if (known.size >= ALTERNATIVES_KEPT) known.clear();
    known.set(word, (alternatives = alternativesOf(word, lang, index)));
  }
  return alternatives;
}

/**
 * The index terms that may stand for a question word, tried in order until one is in the corpus:
 * its own stems (and, in English, its translations); colloquial readings ("nambah" → "tambah");
 * the same word mistyped (Fuse.js); near-synonyms ("rapat" → "pertemuan").
 */
function alternativesOf(word: string, lang: Lang, index: SearchIndex): Alternative[] {
  const out = new TermWeights(index);
  const resources = index.resources;
  for (const term of termsOfWord(word)) out.add(term, 1);
  if (lang === "en") addTranslations(word, index, out);
  addParaphrases(word, lang, index, out);
  if (out.found || index.vocabulary.has(word)) return out.list();
  // Stems, not termsOfWord: a root may be spelled as a function word ("ngaku" ← "aku", as "mengaku").
  const roots = resources.colloquialWeight > 0 ? colloquialRoots(word).flatMap((root) => stems(standardSpelling(root))) : [];
  for (const term of roots) if (index.hasTerm(term)) out.add(term, resources.colloquialWeight);
  if (out.found) return out.list();
  // A bound prefix the article may write apart: "pascasarjana" / "pasca sarjana", "antarnegara".
  for (const rest of afterBoundPrefix(word)) for (const term of termsOfWord(rest)) if (index.hasTerm(term)) out.add(term, RETRIEVAL.fuzzyWeight);
  if (out.found) return out.list();
  // Chats mix in English words ("hoax", "meeting"): one no Indonesian reading finds is translated,
  // with Indonesian affixes too: "didownload" → "download".
  if (lang === "id" && !isRoot(word)) {
    for (const form of new Set([word, ...termsOfWord(word)])) if (!isRoot(form)) addTranslations(form, index, out);
    if (out.found) return out.list();
  }
  for (const hit of index.fuzzy.lookup(word)) {
    for (const term of termsOfWord(hit.word).concat(hit.word)) {
      if (index.hasTerm(term)) out.add(term, RETRIEVAL.fuzzyWeight * (1 - hit.score));
    }
  }
  if (out.found) return out.list();
  if (resources.synonymWeight <= 0) return out.list();
  for (const stem of [...out.terms(), ...roots]) {
    for (const synonym of synonymsOf(stem)) if (index.hasTerm(synonym)) out.add(synonym, resources.synonymWeight);
  }
  return out.list();
}

// Prefixes Indonesian writes joined to a word ("pascasarjana") that writers also set apart.
const BOUND_PREFIX = /^(pasca|antar|pra|non|multi|semi|anti|sub|super|ultra|swa|purna|tuna|mikro|makro)(\p{L}{4,})$/u;

function afterBoundPrefix(word: string): string[] {
  const match = BOUND_PREFIX.exec(word);
  return match ? [match[2]!] : [];
}

/**
 * Words another writer may have used instead: the thesaurus's near-synonyms, and for an English
 * question WordNet's Indonesian words; only those the corpus holds, each weighted below the word.
 */
function addParaphrases(word: string, lang: Lang, index: SearchIndex, out: TermWeights): void {
  const { thesaurusWeight, thesaurusWeakWeight, wordnetWeight, wordnetSenseDecay } = index.resources;
  for (const { stem, strong } of thesaurusSynonyms(word)) {
    const weight = strong ? thesaurusWeight : thesaurusWeakWeight;
    if (weight > 0 && index.hasTerm(stem)) out.add(stem, weight);
  }
  if (lang !== "en" || wordnetWeight <= 0) return;
  wordnetTranslations(word).forEach((sense, rank) => {
    const weight = wordnetWeight * wordnetSenseDecay ** rank;
    for (const translation of sense) for (const term of termsOfWord(translation)) if (index.hasTerm(term)) out.add(term, weight);
  });
}

/** The abbreviations the corpus holds that a translation heads ("bahan bakar" → "BBM"). */
function addAbbreviations(translation: string, index: SearchIndex, out: TermWeights, weight: number): void {
  const head = words(foldForMatching(translation)).map((part) => stems(part)[0]!);
  for (const term of abbreviationsHeadedBy(head)) if (index.hasTerm(term)) out.add(term, weight);
}

/**
 * A translation the corpus lacks may be spelled another way in it ("kurban" / "korban", "doktor" /
 * "dokter"): its look-alikes stand for it, weighted as typos. Not under six letters: "kanak" is one
 * letter from "kayak".
 */
const TRANSLATION_FUZZY_MIN_LENGTH = 6;

function addTranslations(word: string, index: SearchIndex, out: TermWeights): void {
  const resources = index.resources;
  if (resources.translationWeight <= 0) return;
  for (const translation of translateEnglishWord(word, resources)) {
    addAbbreviations(translation, index, out, resources.translationWeight);
    for (const part of words(foldForMatching(translation))) {
      const terms = termsOfWord(part);
      for (const term of terms) out.add(term, resources.translationWeight);
      if (part.length < TRANSLATION_FUZZY_MIN_LENGTH || terms.some((term) => index.hasTerm(term))) continue;
      for (const hit of index.fuzzy.lookup(part)) {
        const weight = resources.translationWeight * RETRIEVAL.fuzzyWeight * (1 - hit.score);
        for (const term of termsOfWord(hit.word)) if (index.hasTerm(term)) out.add(term, weight);
      }
    }
  }
}
