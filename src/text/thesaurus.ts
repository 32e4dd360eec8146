/**
 * Indonesian near-synonyms from the MyThes Indonesian thesaurus (LGPL-2.1; see LEXICON-NOTICE.md),
 * and English→Indonesian words through WordNet synsets (WordNet 3.0 licence, Wordnet Bahasa MIT).
 * Data: `thesaurus-id.json`, `lexicon-wordnet.json`, rebuilt by `scripts/build-thesaurus.ts`.
 */
import thesaurus from "./thesaurus-id.json" with { type: "json" };
import wordnet from "./lexicon-wordnet.json" with { type: "json" };
import { englishForms } from "./lexicon.js";
import { englishBaseForms, inflectionParts, irregularBase, spellingVariants } from "./english.js";
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

/** A WordNet table entry's senses, each with its part of speech (n, v, a, r). */
function sensesOf(form: string): { part: string; words: string[] }[] {
  return WORDNET[form]!.split("|").map((sense) => ({ part: sense.slice(0, 1), words: sense.slice(2).split(" ") }));
}

/**
 * Indonesian words for an English word through WordNet, most used senses first (`[["keluarga", ...],
 * [...]]`). A regular inflection that WordNet does not list takes its base's senses of the parts of
 * speech it can have ("mattered": "matter" the verb, "penting", not the noun's "soal"); one that
 * WordNet lists with a single word ("used": "terpakai") takes its base's most used such sense after
 * it ("use": "guna"). A listed form with more words keeps its own: "located" is "terletak", not
 * "locate" the verb's "menemui". A word WordNet knows by none of its own forms is read as its other
 * spelling ("prioritise": "prioritize"). Not without a prefix: "open" has senses "reopen" has
 * not ("gelar", to hold a meeting); the dictionary's "buka" serves it.
 */
export function wordnetTranslations(word: string, fallback = true): readonly (readonly string[])[] {
  const w = word.toLowerCase();
  const forms = englishForms(w).filter((f) => Object.hasOwn(WORDNET, f));
  if (forms.length === 0) return [];
  const own = forms[0] === w ? sensesOf(w) : [];
  const regular = englishBaseForms(w);
  const base = forms.find((f) => f !== w && regular.includes(f));
  if (base === undefined && own.length === 0 && fallback && !forms.includes(irregularBase(w) ?? "")) {
    for (const other of spellingVariants(w)) {
      const senses = wordnetTranslations(other, false);
      if (senses.length > 0) return senses;
    }
  }
  if (base === undefined) return own.map((sense) => sense.words);
  const parts = inflectionParts(w);
  const inherited = sensesOf(base).filter((sense) => parts.includes(sense.part));
  let senses = inherited.length > 0 ? inherited : sensesOf(base);
  if (own.length > 0) senses = own.flatMap((sense) => sense.words).length > 1 ? own : [...own, ...inherited.slice(0, 1)];
  const seen = new Set<string>();
  return senses.map((sense) => sense.words.filter((t) => !seen.has(t) && seen.add(t))).filter((words) => words.length > 0);
}
