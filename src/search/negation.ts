/**
 * Negated questions: "Kenapa X tidak dijuluki Y?", "Siapa yang bukan presiden pertama?", "Why was
 * the match not played?". They are answered by a sentence that says what did not happen; one that
 * only says what did ("X dijuluki Y karena …") answers the question without the "tidak", a
 * different question.
 */
import { questionWords } from "./terms.js";

const NEGATIONS = new Set(["tidak", "bukan", "not", "never"]);
/** Particles that may close a question after its "gak": "… gak sih?", "… bukan ya?". */
const CLOSING_PARTICLES = new Set(["sih", "ya", "yah", "kah", "dong", "deh", "kan", "nih", "tuh", "ok", "yes"]);
const STATES_NEGATION = /\b(?:tidak|bukan|tak|belum|jangan|tiada|tanpa|gagal|enggan|menolak|batal|dilarang|larangan|kecuali|not|never|no|nor|without|failed|refused)\b|n't\b/i;

/**
 * True when the question asks about what is not so. Not a closing "… atau tidak?" or "… gak?", which
 * asks whether something is so.
 */
export function asksNegated(question: string): boolean {
  const words = questionWords(question);
  let end = words.length;
  while (end > 0 && CLOSING_PARTICLES.has(words[end - 1]!)) end--;
  return words.some((word, i) => (NEGATIONS.has(word) || word.endsWith("n't")) && i < end - 1 && words[i - 1] !== "atau" && words[i - 1] !== "or");
}

/** True when the sentence says something is not so, or was not done. */
export function statesNegation(text: string): boolean {
  return STATES_NEGATION.test(text);
}
