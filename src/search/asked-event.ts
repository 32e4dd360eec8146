/** The event a "when" or "where" question asks about, and whether a sentence or the corpus tells it. */
import type { SearchIndex } from "./index.js";
import type { Query } from "./query.js";
import { stems } from "../text/stem.js";
import { isStopword } from "../text/stopwords.js";
import { corpusHoldsGroup, sentenceHoldsGroup } from "./held.js";
import irregular from "../text/english-irregular.json" with { type: "json" };

const ENGLISH_IRREGULAR = irregular as Readonly<Record<string, string>>;

// Verbs of life events written without a prefix.
const EVENT_ROOTS = new Set(["lahir", "wafat", "tewas", "mati", "tiba", "lulus", "gugur"]);
// Birth and death as written: their roots are shared with other words ("meninggal" is read as
// "tinggal", "lahir" brings "timbul"), so whether a corpus tells them is read from its words.
const LIFE_EVENTS: readonly ReadonlySet<string>[] = [
  new Set(["lahir", "dilahirkan", "terlahir", "kelahiran", "kelahirannya", "born", "birth"]),
  new Set(["meninggal", "meninggalnya", "wafat", "wafatnya", "tewas", "tewasnya", "gugur", "mati", "kematian", "kematiannya", "die", "died", "dies", "death"]),
];

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
  return query.groups.some((group) => isEventWord(group.word, query.lang) && !sentenceHoldsGroup(group, index, sentence));
}

/**
 * "Kapan X wafat?" of a corpus that tells no death, "Kapan X dibubarkan?" where no alternative of
 * "dibubarkan" is anywhere in it: the article cannot tell when it happened. For "where" only a birth
 * or a death: places are told with many verbs ("ditempatkan" / "dikerahkan ke").
 */
export function unknownAskedEvent(query: Query, index: SearchIndex): boolean {
  if (!asksWhenOrWhere(query)) return false;
  return query.groups.some((group) => {
    const life = LIFE_EVENTS.find((words) => words.has(group.word));
    if (life !== undefined) return ![...life].some((word) => index.vocabulary.has(word));
    return query.type === "time" && isEventWord(group.word, query.lang) && !corpusHoldsGroup(group, index);
  });
}
