import { collocationsIn, type Collocation } from "../text/collocations.js";
import { foldForMatching } from "../text/normalize.js";
import type { SearchIndex } from "./index.js";
import type { Alternative, TermGroup } from "./query.js";
import { termsOfWord, words } from "./terms.js";
import { TermWeights } from "./term-weights.js";

/**
 * An English question's groups with what its collocations say together (src/text/collocations.ts):
 * each word of one also stands for the collocation's Indonesian compounds ("press conference":
 * "konferensi pers"); the words of a name stand for the name alone ("united states": "Amerika
 * Serikat", not "united" → "sekutu", allied). Weighed as WordNet's words; switched off with them.
 */
export function withCollocations(tokens: readonly string[], groups: readonly TermGroup[], index: SearchIndex): readonly TermGroup[] {
  const { wordnetWeight, translationWeight } = index.resources;
  if (wordnetWeight <= 0) return groups;
  let out = groups;
  for (const collocation of collocationsIn(tokens)) {
    const members = new Set(tokens.slice(collocation.start, collocation.start + collocation.length));
    const said = alternativesOf(collocation, index, collocation.name ? translationWeight : wordnetWeight);
    if (!said.some((alternative) => alternative.id >= 0) && !collocation.name) continue;
    out = out.map((group) => (members.has(group.word) ? { ...group, alternatives: merged(group, said, collocation.name) } : group));
  }
  return out;
}

function alternativesOf(collocation: Collocation, index: SearchIndex, weight: number): Alternative[] {
  const out = new TermWeights(index);
  for (const lemma of collocation.words) for (const part of words(foldForMatching(lemma))) for (const term of termsOfWord(part)) out.add(term, weight);
  return out.list();
}

// The group's own alternatives (for a name, only the word itself as written), then the collocation's.
function merged(group: TermGroup, said: readonly Alternative[], name: boolean): Alternative[] {
  const own = name ? group.alternatives.filter((alternative) => termsOfWord(group.word).includes(alternative.term)) : group.alternatives;
  const out = [...own];
  for (const alternative of said) if (!out.some((kept) => kept.term === alternative.term)) out.push(alternative);
  return out;
}
