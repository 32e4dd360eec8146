import { AFTER_VERBS } from "../quotes/lexicon.js";
import { SAYING } from "../followup/words.js";

// ", tambah Budi." / "…,” ujarnya." / ", kata dia": a speech verb right after a comma or a
// closing quotation mark, then a name, a pronoun or the end of the clause.
const TAG = /([,”"’]\s*)(\p{L}+)(?=\s+(?:\p{Lu}|dia\b|ia\b|beliau\b|mereka\b)|\s*[.,;]|\s*$)/gu;

/**
 * The sentence's text without the verbs of its speech tags that mean something else as well: "…,
 * tambah X" says who spoke, not that anything was added, and must not match a question about adding.
 * Plain verbs of saying ("kata", "ujar") stay: they answer "X ngomong gitu di mana?".
 */
export function withoutSpeechTags(text: string): string {
  return text.replace(TAG, (whole, before: string, verb: string) => {
    const lower = verb.toLowerCase();
    return AFTER_VERBS.has(lower) && !SAYING.has(lower) ? before : whole;
  });
}
