/** "Where" answers named by common nouns alone: "di lahan parkir hotel", "ke rumah sakit". */
import { isStopword } from "../text/stopwords.js";
import type { Candidate } from "./candidate.js";
import { PLACE_COMMON_NOUNS, PLACE_NOUNS } from "./lexicon.js";
import { gapBetween, isCapitalised, type Token } from "./tokens.js";

// How many lower-case words a place named by common nouns may take ("lahan parkir hotel").
const COMMON_PLACE_WORDS = 3;
// Module constants: the build lowers a \p{...} literal to a `new RegExp` at every call.
const PLACE_LEAD = /^(di|ke|dari)$/;
const SPACE_ONLY = /^\s+$/;
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * Lower-case words after "di"/"ke"/"dari" that hold a noun of place, up to the first function word or
 * punctuation. Below a place named by a name (0.95), above a name no "di" introduces (0.6).
 */
export function commonPlaces(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!PLACE_LEAD.test(tokens[i]!.folded)) continue;
    let to = i;
    while (to + 1 < tokens.length && to - i < COMMON_PLACE_WORDS && isPlainWord(tokens[to + 1]!) && SPACE_ONLY.test(gapBetween(text, tokens[to]!, tokens[to + 1]!))) to++;
    const words = tokens.slice(i + 1, to + 1);
    if (words.some((t) => PLACE_COMMON_NOUNS.has(t.folded) || PLACE_NOUNS.has(t.folded))) out.push({ start: words[0]!.start, end: words.at(-1)!.end, prior: 0.7 });
  }
  return out;
}

// A lower-case content word.
function isPlainWord(token: Token): boolean {
  return !isCapitalised(token) && !isStopword(token.folded) && LOWER_WORD.test(token.text);
}
