/** The event a "when" or "where" question asks about, and whether a sentence or the corpus tells it. */
import type { SearchIndex } from "./index.js";
import type { Query } from "./query.js";
import { stems } from "../text/stem.js";
import { isStopword } from "../text/stopwords.js";

// Verbs of life events written without a prefix.
const EVENT_ROOTS = new Set(["lahir", "wafat", "tewas", "mati", "tiba", "lulus", "gugur"]);

// Verbs that name no event of their own: the noun beside them does ("serangan itu terjadi", "rapat
// diadakan"), or they only place something ("terletak", "berada").
const LIGHT_VERBS = new Set([
  "terjadi", "berlangsung", "dilakukan", "diadakan", "dilaksanakan", "diselenggarakan", "digelar", "dimulai",
  "berasal", "berada", "terletak", "bertempat", "berlokasi",
]);

// A verb: a prefixed form its stemmer reads down to another root ("dibubarkan" → "bubar"), or a bare event root.
function isEventWord(word: string): boolean {
  if (EVENT_ROOTS.has(word)) return true;
  if (LIGHT_VERBS.has(word)) return false;
  if (!/^(me|di|ber|ter)/.test(word)) return false;
  const root = stems(word)[0]!;
  return root !== word && !isStopword(root); // "memangnya" is "memang", a function word
}

/**
 * "Kapan X dibubarkan?" asks when one thing happened to X: a sentence that dates X but lacks the
 * event (in any of its alternatives) says when something else happened ("dibentuk pada 1945").
 */
export function lacksAskedEvent(query: Query, index: SearchIndex, sentence: number): boolean {
  if (query.lang !== "id" || (query.type !== "time" && query.type !== "place")) return false;
  return query.groups.some((group) => isEventWord(group.word) && !group.alternatives.some((alt) => index.sentenceHasId(sentence, alt.id)));
}

/**
 * "Kapan X wafat?" where no alternative of "wafat" is anywhere in the corpus: the article cannot tell
 * when it happened. Not for "where": places are told with many verbs ("ditempatkan" / "dikerahkan ke").
 */
export function unknownAskedEvent(query: Query, index: SearchIndex): boolean {
  if (query.lang !== "id" || query.type !== "time") return false;
  return query.groups.some((group) => isEventWord(group.word) && !group.alternatives.some((alt) => index.hasTermId(alt.id)));
}
