/**
 * A question's multi-word units, each read as one question word: "tanggung jawab" is not "jawab"
 * (which would match "jawaban"), "police station" is "kantor polisi", not "polisi" and "stasiun".
 */
import { englishBaseForms, irregularBase } from "../text/english.js";
import { englishUnitStarts, englishUnitTerms, indonesianUnitStarts, isLooseUnit, unitSynonyms, wordUnits, type PhraseTerm } from "../text/phrases.js";
import { stems } from "../text/stem.js";
import type { Lang } from "../types.js";
import type { SearchIndex } from "./index.js";
import type { Alternative, TermGroup } from "./query.js";
import { foldForMatching } from "../text/normalize.js";
import { termsOfWord, words } from "./terms.js";
import { findUnits, unitKeysOf, type UnitMatch } from "./units.js";

/** A unit of the question: its words [start, start + length) read as one group. */
export interface UnitGroup {
  readonly start: number;
  readonly length: number;
  readonly group: TermGroup;
}

/** Weights of a unit's terms: the unit itself, and its strong and weak synonyms. */
interface UnitWeights {
  readonly strong: number;
  readonly weak: number;
}

/**
 * The question's units that the corpus holds, as itself or as a term that says the same (a strong
 * synonym or another unit). A unit the corpus lacks is left to its words, read one by one as before.
 */
export function questionUnits(tokens: readonly string[], lang: Lang, index: SearchIndex): UnitGroup[] {
  if (!index.resources.phrases || tokens.length < 2) return [];
  const { thesaurusWeight, thesaurusWeakWeight, translationWeight, wordnetWeight } = index.resources;
  const out: UnitGroup[] = [];
  const indonesian = { strong: thesaurusWeight, weak: thesaurusWeakWeight };
  for (const unit of findUnits(tokens.map((token) => stems(token)), indonesianUnitStarts())) {
    const group = groupOf(tokens, unit, [{ term: unit.key, strong: true }, ...unitSynonyms(unit.key)], indonesian, index);
    if (group) out.push({ start: unit.start, length: unit.length, group });
  }
  if (lang !== "en") return out;
  const english = { strong: translationWeight, weak: wordnetWeight };
  for (const unit of findUnits(tokens.map(englishForms), englishUnitStarts())) {
    if (out.some((known) => overlaps(known, unit))) continue;
    const group = groupOf(tokens, unit, englishUnitTerms(unit.key), english, index);
    if (group) out.push({ start: unit.start, length: unit.length, group });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The unit as a question word: its terms the corpus holds, the unit's own at weight 1; null when
 * the corpus holds none of the unit itself, its strong synonyms and the other units.
 */
function groupOf(tokens: readonly string[], unit: UnitMatch, terms: readonly PhraseTerm[], weights: UnitWeights, index: SearchIndex): TermGroup | null {
  const alternatives = new Map<string, number>();
  let stands = false;
  for (const { term, strong } of terms) {
    const weight = term === unit.key ? 1 : strong ? weights.strong : weights.weak;
    if (weight <= (alternatives.get(term) ?? 0) || !index.hasTerm(term)) continue;
    alternatives.set(term, weight);
    stands ||= strong || term.includes(" ");
  }
  if (!stands) return null;
  const words = tokens.slice(unit.start, unit.start + unit.length);
  const partWeight = isLooseUnit(unit.key) ? 1 : index.resources.unitPartWeight;
  const parts = new Map<string, number>();
  for (const term of words.flatMap((w) => termsOfWord(w))) {
    if (!alternatives.has(term) && index.hasTerm(term) && partWeight > 0) parts.set(term, partWeight);
  }
  const word = words.join(" ");
  const own = [...alternatives].map(([term, weight]) => ({ term, weight, id: index.termId(term) }));
  return { word, alternatives: [...own, ...[...parts].map(([term, weight]) => ({ term, weight, id: index.termId(term), part: true }))] };
}

function overlaps(a: { start: number; length: number }, b: { start: number; length: number }): boolean {
  return a.start < b.start + b.length && b.start < a.start + a.length;
}

/** The forms an English question word is looked up by among collocations: itself, its bases. */
function englishForms(token: string): string[] {
  const base = irregularBase(token);
  return [token, ...(base ? [base] : []), ...englishBaseForms(token)];
}

/**
 * Units that say what a single Indonesian word says ("meninggal" → "tutup usia"), that the corpus
 * holds, with their weights: for the word's alternatives.
 */
export function unitsForWord(word: string, index: SearchIndex): Alternative[] {
  if (!index.resources.phrases) return [];
  const { thesaurusWeight, thesaurusWeakWeight } = index.resources;
  const out: Alternative[] = [];
  for (const { term, strong } of wordUnits(word)) if (index.hasTerm(term)) out.push({ term, weight: strong ? thesaurusWeight : thesaurusWeakWeight, id: index.termId(term) });
  return out;
}

/**
 * The unit a multi-word translation names ("hospital" → "rumah sakit"), when the corpus holds it:
 * the translation's words are also read one by one, but a sentence with the whole unit should win.
 */
export function translationUnit(translation: string, index: SearchIndex): string | null {
  if (!index.resources.phrases || !translation.includes(" ")) return null;
  const [key] = unitKeysOf(words(foldForMatching(translation)));
  return key !== undefined && index.hasTerm(key) ? key : null;
}

/**
 * True when a question word names one of the article's topics: one of its terms is a topic term. For
 * a unit, not its words found alone, unless each of them is: "kimia" may be a topic of the article
 * where "senjata kimia" is what the question is about.
 */
export function isTopicGroup(group: TermGroup, article: number, index: SearchIndex): boolean {
  let parts = 0;
  let topicalParts = 0;
  for (const alt of group.alternatives) {
    const topical = index.isTopic(article, alt.term);
    if (!alt.part && topical) return true;
    if (alt.part) {
      parts++;
      if (topical) topicalParts++;
    }
  }
  return parts > 0 && topicalParts === parts;
}
