/**
 * Multi-word units: Indonesian compounds and idioms ("tanggung jawab", "rumah sakit", "meninggal
 * dunia") and English collocations ("police station", "pass away"), each with the index terms that
 * may stand for it. Data: `phrases.json`, from Wordnet Bahasa (MIT), the MyThes Indonesian thesaurus
 * (LGPL-2.1), FreeDict eng-ind (CC BY-SA 3.0) and Princeton WordNet 3.0, rebuilt by
 * `scripts/build-phrases.ts` (see LEXICON-NOTICE.md).
 *
 * A unit is keyed, and indexed, by the first stem of each of its words ("bertanggung jawab" →
 * "tanggung jawab"): the key is an index term of its own, which no single word can be (it holds a space).
 */
import table from "./phrases.json" with { type: "json" };
import { stems } from "./stem.js";

export interface PhraseTerm {
  /** A stem, or a unit's key (with a space). */
  readonly term: string;
  /** Strong: listed in the resource's first or only sense, or by the dictionary; weak: the rest. */
  readonly strong: boolean;
}

type Table = Readonly<Record<string, string>>;
const UNITS: Table = table.id;
const WORD_UNITS: Table = table.idWords;
const ENGLISH: Table = table.en;
const NONE: readonly PhraseTerm[] = Object.freeze([]);
let loose: ReadonlySet<string> | null = null;

/** A unit: its key and its words (as keyed: stems, or English lemmas). */
export interface UnitParts {
  readonly key: string;
  readonly parts: readonly string[];
}

/** Per first word, the units it may start, longest first. */
export type UnitStarts = ReadonlyMap<string, readonly UnitParts[]>;

function startsOf(keys: Iterable<string>): UnitStarts {
  const out = new Map<string, UnitParts[]>();
  for (const key of keys) {
    const parts = key.split(" ");
    const list = out.get(parts[0]!) ?? [];
    list.push({ key, parts });
    out.set(parts[0]!, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return out;
}

let indonesianStarts: UnitStarts | null = null;
let englishStarts: UnitStarts | null = null;

/** Indonesian units by the first stem of their first word. */
export function indonesianUnitStarts(): UnitStarts {
  return (indonesianStarts ??= startsOf(Object.keys(UNITS)));
}

/** English collocations by their first word (a WordNet or FreeDict lemma). */
export function englishUnitStarts(): UnitStarts {
  return (englishStarts ??= startsOf(Object.keys(ENGLISH)));
}

function parse(entry: string | undefined): readonly PhraseTerm[] {
  if (!entry) return NONE;
  return entry.split("|").map((t) => (t.startsWith("~") ? { term: t.slice(1), strong: false } : { term: t, strong: true }));
}

/** The terms that may stand for an Indonesian unit (by its key). */
export function unitSynonyms(key: string): readonly PhraseTerm[] {
  return Object.hasOwn(UNITS, key) ? parse(UNITS[key]) : NONE;
}

/** The terms that may stand for an English collocation (its lemmas joined by spaces). */
export function englishUnitTerms(key: string): readonly PhraseTerm[] {
  return Object.hasOwn(ENGLISH, key) ? parse(ENGLISH[key]) : NONE;
}

/** Units that say what an Indonesian word says ("meninggal" → "tutup usia"): its own entry, else its stem's. */
export function wordUnits(word: string): readonly PhraseTerm[] {
  if (Object.hasOwn(WORD_UNITS, word)) return parse(WORD_UNITS[word]);
  const stem = stems(word).find((s) => Object.hasOwn(WORD_UNITS, s));
  return stem === undefined ? NONE : parse(WORD_UNITS[stem]);
}

/** True when the key names a known Indonesian unit. */
export function isUnit(key: string): boolean {
  return Object.hasOwn(UNITS, key);
}

/**
 * True when only Wordnet Bahasa (made automatically) names the unit, no curated source: often a free
 * phrase ("kota metropolitan") rather than a compound, whose words alone still say what they say.
 */
export function isLooseUnit(key: string): boolean {
  loose ??= new Set(table.loose.split("|"));
  return loose.has(key);
}

/** Builds the look-up tables now (index build), so that no question pays for them. */
export function preparePhrases(): void {
  indonesianUnitStarts();
  englishUnitStarts();
  isLooseUnit("");
}
