/**
 * "Apa kata X …?" / "What did X say …?" about someone the article never quotes: no sentence of the
 * article answers it, however many of the question's words one holds ("… mendesak China …" for
 * "what did China say about NATO's call?"). Such an answer becomes a decline that says what is
 * missing, with the sentences that came nearest.
 */
import { refOf, underThreshold } from "./answer.js";
import { RETRIEVAL } from "./defaults.js";
import { speakerQuestion } from "./quotes/question.js";
import { isQuotedName } from "./quotes/reply.js";
import { isCapitalised } from "./text/tokens.js";
import type { Answer, Corpus } from "./types.js";

// "apa kata dia?" points back to someone named earlier: not a name to look up.
const PRONOUN = /^(?:dia|ia|beliau|mereka|he|she|they|it|him|her|them)$/i;
const MAX_NAME_WORDS = 3;
// A module constant: the build lowers a \p{...} literal to a `new RegExp` at every call.

/** The answer, or a decline when it asks what someone said and the article quotes no such person. */
export function withUnquotedSpeaker(answer: Answer, question: string, corpus: Corpus): Answer {
  if (!answer.answered || !answer.answer) return answer;
  const asked = speakerQuestion(question);
  const name = asked ? nameOf(asked.name) : null;
  if (name === null || isQuoted(name, corpus)) return answer;
  const nearest = [answer.answer, ...answer.alternatives].slice(0, RETRIEVAL.maxAlternatives).map(refOf);
  return {
    ...answer,
    answered: false,
    answer: null,
    context: [],
    confidence: underThreshold(answer.confidence),
    alternatives: nearest,
    asked: answer.lang === "en" ? `what ${name} said` : `apa kata ${name}`,
  };
}

/**
 * The name at the head of what the question reads as one ("Putin menanggapi pertemuan itu" →
 * "Putin"): its capitalised words, or its first word when it is written all in lower case and runs
 * on. Null for a pronoun.
 */
function nameOf(text: string): string | null {
  const words = text.split(/\s+/).slice(0, MAX_NAME_WORDS);
  if (words.length === 0 || PRONOUN.test(words[0]!)) return null;
  const capitalised = words.findIndex((w, i) => i > 0 && !isCapitalised(w));
  if (isCapitalised(words[0]!)) return words.slice(0, capitalised === -1 ? words.length : capitalised).join(" ");
  return text.split(/\s+/).length > 2 ? words[0]! : words.join(" ");
}

// Quoted when any leading run of the name's words finds a speaker with quotations.
function isQuoted(name: string, corpus: Corpus): boolean {
  const words = name.split(" ");
  return words.some((_, n) => isQuotedName(corpus, words.slice(0, n + 1).join(" ")));
}
