/** The event a "when" or "where" question asks about, and whether a sentence or the corpus tells it. */
import type { SearchIndex } from "./index.js";
import type { Query, TermGroup } from "./query.js";
import { stems } from "../text/stem.js";
import { isStopword } from "../text/stopwords.js";
import irregular from "../text/english-irregular.json" with { type: "json" };

const ENGLISH_IRREGULAR = irregular as Readonly<Record<string, string>>;

// Verbs of life events written without a prefix.
const EVENT_ROOTS = new Set(["lahir", "wafat", "tewas", "mati", "tiba", "lulus", "gugur"]);
// Birth and death: told in these words (or their forms) when told at all, so a corpus without any of
// them tells neither where nor when.
const LIFE_EVENTS = new Set(["lahir", "wafat", "tewas", "mati", "gugur", "tinggal", "meninggal"]);

// Verbs that name no event of their own: the noun beside them does ("serangan itu terjadi", "rapat
// diadakan"), or they only place something ("terletak", "berada").
const LIGHT_VERBS = new Set([
  "terjadi", "berlangsung", "dilakukan", "diadakan", "dilaksanakan", "diselenggarakan", "digelar", "dimulai",
  "berasal", "berada", "terletak", "bertempat", "berlokasi",
]);

// An Indonesian verb: a prefixed form its stemmer reads down to another root ("dibubarkan" → "bubar"),
// or a bare event root. An English one: a past form ("founded", "born", "built").
function isEventWord(word: string, lang: Query["lang"]): boolean {
  if (lang === "en") return (word.length >= 5 && word.endsWith("ed")) || (!word.endsWith("s") && ENGLISH_IRREGULAR[word] !== undefined);
  if (EVENT_ROOTS.has(word)) return true;
  if (LIGHT_VERBS.has(word) || !/^(me|di|ber|ter)/.test(word)) return false;
  const root = stems(word)[0]!;
  return root !== word && !isStopword(root); // "memangnya" is "memang", a function word
}

const asksWhenOrWhere = (query: Query) => query.type === "time" || query.type === "place";

/**
 * "Kapan X dibubarkan?" asks when one thing happened to X: a sentence that dates X but lacks the
 * event (in any of its alternatives) says when something else happened ("dibentuk pada 1945").
 */
export function lacksAskedEvent(query: Query, index: SearchIndex, sentence: number): boolean {
  if (!asksWhenOrWhere(query)) return false;
  return query.groups.some((group) => isEventWord(group.word, query.lang) && !group.alternatives.some((alt) => index.sentenceHasId(sentence, alt.id)));
}

/**
 * "Kapan X wafat?" where no alternative of "wafat" is anywhere in the corpus: the article cannot tell
 * when it happened. For "where" only a birth or a death: places are told with many verbs
 * ("ditempatkan" / "dikerahkan ke").
 */
export function unknownAskedEvent(query: Query, index: SearchIndex): boolean {
  if (!asksWhenOrWhere(query)) return false;
  const unknown = (group: TermGroup) => isEventWord(group.word, query.lang) && !group.alternatives.some((alt) => index.hasTermId(alt.id));
  return query.groups.some((group) => unknown(group) && (query.type === "time" || isLifeEvent(group)));
}

function isLifeEvent(group: TermGroup): boolean {
  return LIFE_EVENTS.has(group.word) || group.alternatives.some((alt) => LIFE_EVENTS.has(alt.term));
}
