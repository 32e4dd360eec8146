/**
 * "Pasal apa yang dilanggar?" of "… melanggar pasal 127 ayat 1 huruf a, tentang narkotika": the asked
 * noun followed by a number or a name is the answer ("pasal 127 ayat 1 huruf a", "Kategori 5",
 * "Bandara Selaparang").
 */
import type { Candidate } from "./candidate.js";
import { gapBetween, isCapitalised, isNumberToken, type Token } from "./tokens.js";

// Where an identifier stops: any punctuation but the joiners of a code ("1.4", "a/b", "X-2").
const STOP = /[,;:()"“”'‘’!?]|\.\s/;
// Above a name or a number elsewhere in the sentence (0.8, 0.6): it is tied to the word asked about.
const PRIOR = 0.9;

/** The asked noun's occurrences that a number or a capitalised word follows, through the identifier. */
export function askedNounCandidates(text: string, tokens: readonly Token[], noun: string | null): Candidate[] {
  if (noun === null) return [];
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.folded !== noun || STOP.test(gapBetween(text, tokens[i]!, tokens[i + 1]!))) continue;
    if (!identifies(tokens[i + 1]!)) continue;
    let to = i + 1;
    // On through each identifying word, and a word between two of them ("127 ayat 1 huruf a").
    for (let step = nextStep(text, tokens, to); step > 0; step = nextStep(text, tokens, to)) to += step;
    // The noun stays when it is part of the name ("Partai Nasional …") or says what the number counts
    // ("pasal 127"); before a name it only repeats the question ("bahasa Ibrani" for "bahasa apa").
    const keepsNoun = isCapitalised(tokens[i]!) || DIGIT.test(tokens[i + 1]!.text);
    out.push({ start: tokens[keepsNoun ? i : i + 1]!.start, end: tokens[to]!.end, prior: PRIOR, keepAsked: true, clause: true });
  }
  return out;
}

// A word that names which one: a number, a code, a capitalised word, a single letter ("huruf a").
function identifies(token: Token): boolean {
  return isNumberToken(token) || isCapitalised(token) || DIGIT.test(token.text) || SINGLE_LETTER.test(token.text);
}
const DIGIT = /\d/;
const SINGLE_LETTER = /^\p{L}$/u;

// How many words the identifier goes on by after `to`: 1 for an identifying word; 2 for a word
// between a number and another number or letter ("127 ayat 1", "1 huruf a"); 0 where it ends.
function nextStep(text: string, tokens: readonly Token[], to: number): number {
  const next = tokens[to + 1];
  if (!next || STOP.test(gapBetween(text, tokens[to]!, next))) return 0;
  if (identifies(next)) return 1;
  const after = tokens[to + 2];
  if (!after || !DIGIT.test(tokens[to]!.text) || STOP.test(gapBetween(text, next, after))) return 0;
  return isNumberToken(after) || SINGLE_LETTER.test(after.text) ? 2 : 0;
}
