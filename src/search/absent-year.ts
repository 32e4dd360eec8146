import type { SearchIndex } from "./index.js";
import type { Query } from "./query.js";
import { corpusHoldsGroup } from "./held.js";

// A year as a question writes it: four digits from 1000 to 2099.
const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;

/**
 * "Siapa juara Grand Prix 2004?" of an article that never writes 2004: whatever sentence matches the
 * rest tells of another year. A year is written one way, so its absence is certain, unlike a word's.
 */
export function asksAbsentYear(query: Query, index: SearchIndex): boolean {
  return query.groups.some((group) => YEAR.test(group.word) && !corpusHoldsGroup(group, index));
}
