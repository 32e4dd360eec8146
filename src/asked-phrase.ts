/**
 * What a question asks, as an indirect question made only of the asker's own words, for a decline
 * that says what is missing: "Berapa hadiah uangnya?" → "berapa hadiah uangnya" ("Artikel ini tidak
 * menyebutkan berapa hadiah uangnya."). Null when the question cannot be turned into a clean phrase
 * (chat spellings, several questions, a yes/no question, an English word order it cannot undo): the
 * reply then says what it said before. Nothing here adds a word the asker did not write, so the
 * reply never puts words in the article's mouth.
 */
import type { Lang } from "./types.js";
import { standardSpelling } from "./text/chat-spelling.js";
import { foldForMatching } from "./text/normalize.js";
import { isStopword } from "./text/stopwords.js";
import { thesaurusSynonyms } from "./text/thesaurus.js";

/** Longest question, in words, that is echoed back: a longer one reads badly inside a sentence. */
const MAX_WORDS = 20;
const ID_QUESTION_WORDS = /^(berapa|berapakah|seberapa|keberapa|sejauh|siapa|siapakah|kapan|kapankah|bilamana|mana|manakah|mengapa|mengapakah|kenapa|bagaimana|bagaimanakah|apa)$/;
// Spoken particles and fillers: a question with one is chat, not a phrase to quote inside a sentence.
const ID_CHAT = /^(sih|dong|deh|nih|tuh|kok|ya|yah|yaa|loh|lho|kak|gan|bro|sis|min|kah|toh|nya|gitu|gini|banget|aja|abis|emang|bener|kayak|doang)$/;
// Jakarta verb forms ("ngalahin", "diterjemahin"), unless the thesaurus knows the word ("dingin").
const ID_CHAT_VERB = /^(di|ng|nge)\p{L}{3,}in$/u;
const EN_WH = /^(who|whom|whose|what|which|when|where|why|how)$/;
const EN_AUX = /^(is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)$/;
const EN_BE = /^(is|are|was|were)$/;
// Words after "how" that belong to the question phrase ("how many people", "how old").
const EN_HOW = /^(many|much|old|long|far|fast|big|large|tall|high|deep|often|soon)$/;
// A noun phrase opens with one of these (or a capitalised word): "Who is the coach of ...?"
const EN_NP_START = /^(the|a|an|his|her|its|their|this|that|these|those|my|our|your|he|she|it|they|we|you|i)$/;
// Where a subject ends and a clause begins: "How old was X when he died?" → "how old X was when he died".
// Module constants, not literals in the functions: the build lowers a \p{...} literal to a `new RegExp`
// at every call.
const QUOTABLE_CHARS = /[^\p{L}\p{N}\s,'’/%().-]/u;
const NOT_WORD_ID = /[^\p{L}\p{N}-]/gu;
const NOT_WORD_EN = /[^\p{L}\p{N}'-]/gu;
const CHAT_REDUPLICATION = /^\p{L}+2$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const NAME_END = /^[\p{Lu}\p{N}]/u;
const PARTICIPLE = /^\p{Ll}+(ing|ed|en)$/u;
const ACRONYM_START = /^\p{Lu}{2,}/u;
const EN_CLAUSE = /^(when|after|before|while|if|because|since|until|although)$/;

/** The question as an indirect question in its own words, or null when it cannot be made cleanly. */
export function askedPhrase(question: string, lang: Lang): string | null {
  const body = question.trim().replace(/[?!.\s]+$/u, "");
  // One question, plain words: no further sentence punctuation, no emoji, no markup.
  if (body === "" || /[?!;:\n"“”*_`<>[\]{}|\\]|\.\s/u.test(body) || QUOTABLE_CHARS.test(body)) return null;
  const words = body.split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  return lang === "en" ? englishPhrase(words) : indonesianPhrase(words);
}

// Indonesian keeps the word order of a question in an indirect one: "kapan X tiba" is both.
function indonesianPhrase(words: readonly string[]): string | null {
  const folded = words.map((w) => foldForMatching(w).replace(NOT_WORD_ID, ""));
  if (!folded.some((w) => ID_QUESTION_WORDS.test(w))) return null;
  if (folded.some((w) => ID_CHAT.test(w) || standardSpelling(w) !== w || CHAT_REDUPLICATION.test(w) || (ID_CHAT_VERB.test(w) && thesaurusSynonyms(w).length === 0))) return null;
  // A common word opening the question loses its capital ("Alat apa ..."); a name keeps it.
  const first = folded[0]!;
  return withLowerFirst(words, ID_QUESTION_WORDS.test(first) || isStopword(first) || thesaurusSynonyms(first).length > 0);
}

/**
 * English inverts a question and not an indirect one. Two shapes are undone: a question whose
 * question phrase is its subject keeps its order ("who represents the victims"), and "wh + be + noun
 * phrase" puts the verb after the noun phrase ("who the coach of X is"). Anything else (do-support
 * needs the verb inflected) is left to the plain message.
 */
function englishPhrase(words: readonly string[]): string | null {
  const lower = words.map((w) => w.toLowerCase().replace(NOT_WORD_EN, ""));
  if (!EN_WH.test(lower[0]!)) return null;
  // The question phrase: "who", "how many people", "which organisation", "what percentage".
  let end = 1;
  if (lower[0] === "how" && EN_HOW.test(lower[1] ?? "")) end = 2;
  if ((lower[0] === "which" || lower[0] === "what" || lower[0] === "whose" || (lower[0] === "how" && /^(many|much)$/.test(lower[1] ?? ""))) && !EN_AUX.test(lower[end] ?? "")) end++;
  const head = words.slice(0, end);
  const rest = words.slice(end);
  const next = lower[end] ?? "";
  if (rest.length === 0) return null;
  // "What payment option does X offer?": inverted further on, with a verb that would need inflecting.
  if (lower.some((w, i) => i >= end && EN_AUX.test(w) && (EN_NP_START.test(lower[i + 1] ?? "") || CAPITAL_FIRST.test(words[i + 1] ?? "")))) {
    if (!EN_AUX.test(next)) return null;
  }
  if (!EN_AUX.test(next)) return withLowerFirst([...head, ...rest], true);
  const after = rest.slice(1);
  const afterLower = lower.slice(end + 1);
  if (after.length === 0) return null;
  if (/^(do|does|did)$/.test(next)) return costPhrase(head, next, after, afterLower);
  const opensNounPhrase = EN_NP_START.test(afterLower[0]!) || CAPITAL_FIRST.test(after[0]!);
  // "Who is suspected of ...", "How many people have downloaded ...": the question phrase is the subject.
  if (!opensNounPhrase) return isSubject(lower[0]!, end) ? withLowerFirst([...head, ...rest], true) : null;
  if (!EN_BE.test(next) || afterLower.some((w) => EN_AUX.test(w))) return null;
  const clause = afterLower.findIndex((w) => EN_CLAUSE.test(w));
  const subject = clause < 0 ? after : after.slice(0, clause);
  const tail = clause < 0 ? [] : after.slice(clause);
  // "When was the summit held?": a verb inside what looks like the subject; where it ends is unknown.
  if (subject.length === 0 || subject.some(isParticiple)) return null;
  // After "when", "where", "why" or "how long", "be" is most often a passive's ("When was X
  // founded?"): only a subject that ends in a name or a number is taken as one.
  if (!/^(who|what|which|whose)$/.test(lower[0]!) && !NAME_END.test(subject[subject.length - 1]!)) return null;
  return withLowerFirst([...head, ...subject, rest[0]!, ...tail], true);
}

const IRREGULAR_PARTICIPLES = new Set(`held made built called known given taken seen done found led paid sold told said sent won lost
  born hit set put kept left brought bought caught taught thought chosen written spoken broken stolen shown grown drawn thrown
  begun run come become met read cut hurt shut spent meant`.split(/\s+/));

function isParticiple(word: string): boolean {
  return (PARTICIPLE.test(word) && word.length > 4) || IRREGULAR_PARTICIPLES.has(word);
}

// Do-support needs the verb inflected; "cost" is the one verb undone, for "how much does X cost".
function costPhrase(head: readonly string[], aux: string, after: readonly string[], afterLower: readonly string[]): string | null {
  const verb = afterLower.indexOf("cost");
  if (head.join(" ").toLowerCase() !== "how much" || verb < 1 || aux === "do") return null;
  return withLowerFirst([...head, ...after.slice(0, verb), aux === "does" ? "costs" : "cost", ...after.slice(verb + 1)], true);
}

// "who"/"what"/"which ..." or a longer question phrase can be the subject; "why", "when", a lone "how" cannot.
function isSubject(wh: string, phraseLength: number): boolean {
  return /^(who|what|which|whose)$/.test(wh) || phraseLength > 1;
}

// The question's first word loses its capital when it is a question word or a preposition, never a name.
function withLowerFirst(words: readonly string[], lowerFirst: boolean): string {
  const [first, ...others] = words;
  const opening = lowerFirst && !ACRONYM_START.test(first!) ? first!.charAt(0).toLowerCase() + first!.slice(1) : first!;
  return [opening, ...others].join(" ");
}
