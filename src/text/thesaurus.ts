/**
 * Indonesian near-synonyms from the MyThes Indonesian thesaurus (LGPL-2.1; see LEXICON-NOTICE.md),
 * and English→Indonesian words through WordNet synsets (WordNet 3.0 licence, Wordnet Bahasa MIT).
 * Data: `thesaurus-id.json`, `lexicon-wordnet.json`, rebuilt by `scripts/build-thesaurus.ts`.
 */
import thesaurus from "./thesaurus-id.json" with { type: "json" };
import wordnet from "./lexicon-wordnet.json" with { type: "json" };
import { englishForms } from "./lexicon.js";
import { stems } from "./stem.js";

const THESAURUS: Readonly<Record<string, string>> = thesaurus;
const WORDNET: Readonly<Record<string, string>> = wordnet.words;

export interface Synonym {
  readonly stem: string;
  /** Strong: listed for the word's only or first sense, both ways; weak: the rest. */
  readonly strong: boolean;
}

// Parsed entries, by question word: the same words come back question after question.
const parsed = new Map<string, readonly Synonym[]>();

/** Near-synonym stems of an Indonesian word: its own entry, else the entry of its stem. */
export function thesaurusSynonyms(word: string): readonly Synonym[] {
  const known = parsed.get(word);
  if (known) return known;
  if (parsed.size > 50_000) parsed.clear();
  const synonyms = parse(word);
  parsed.set(word, synonyms);
  return synonyms;
}

function parse(word: string): readonly Synonym[] {
  const entry = Object.hasOwn(THESAURUS, word) ? THESAURUS[word] : stems(word).map((s) => (Object.hasOwn(THESAURUS, s) ? THESAURUS[s] : undefined)).find(Boolean);
  if (!entry) return [];
  return entry.split(" ").map((s) => (s.startsWith("~") ? { stem: s.slice(1), strong: false } : { stem: s, strong: true }));
}

/**
 * Indonesian words for an English word through WordNet, by sense rank: the words of its most frequent
 * senses first (`[["keluarga", ...], [...], [...]]`, at most three ranks).
 */
export function wordnetTranslations(word: string): readonly (readonly string[])[] {
  const form = englishForms(word.toLowerCase()).find((f) => Object.hasOwn(WORDNET, f));
  return form === undefined ? [] : WORDNET[form]!.split("|").map((sense) => (sense ? sense.split(" ") : []));
}
