/**
 * The words of a sentence with where each stands (UTF-16 offsets), so a span cut from tokens is
 * always a verbatim slice of the article. Works on ordinary text and on tokenized text with spaces
 * around punctuation alike: punctuation is never a token, it is read from the gaps.
 */
import { stems } from "../text/stem.js";
import { foldForMatching } from "../text/normalize.js";
import { isStopword } from "../text/stopwords.js";
import { questionWords, words as wordsOf } from "../search/terms.js";
import { languageOf } from "../search/query.js";
import { translateEnglishWord } from "../text/lexicon.js";

export interface Token {
  /** As written. */
  readonly text: string;
  /** Folded for matching (lower case, no diacritics). */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

// Letters and digits with inner hyphens, apostrophes, separators and slashes ("24/8", "2.000",
// "pasca-Perang"); a trailing % or ² stays with its number; a lone currency sign is a token.
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.,/:][\p{L}\p{N}]+)*[%²³]?|[%$€£¥]/gu;

export function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], folded: foldForMatching(m[0]), start: m.index, end: m.index + m[0].length }));
}

// Module constants, not literals in the functions: the build lowers a \p{...} literal to a
// `new RegExp` at every call, and these run for every token of every candidate sentence.
const CAPITAL_FIRST = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;

/** True when the word begins with a capital letter or a digit-free all-caps acronym. */
export function isCapitalised(token: Token): boolean {
  return CAPITAL_FIRST.test(token.text);
}

export function isNumberToken(token: Token): boolean {
  return DIGIT.test(token.text);
}

/** The text between two tokens (punctuation and spaces). */
export function gapBetween(text: string, left: Token, right: Token): string {
  return text.slice(left.end, right.start);
}

/** What a question already says: its folded words and their stems. */
export interface QuestionWords {
  has(token: Token): boolean;
  readonly size: number;
}

export function questionWordsOf(question: string): QuestionWords {
  const words = new Set<string>();
  const roots = new Set<string>();
  const all = questionWords(question);
  // An English question names the article's words in translation ("bridges": "jembatan").
  const translated = languageOf(all) === "en" ? all.flatMap((w) => translateEnglishWord(w).flatMap((t) => wordsOf(foldForMatching(t)))) : [];
  for (const word of all) {
    if (isStopword(word)) continue;
    words.add(word);
    for (const stem of stems(word)) roots.add(stem);
  }
  // Translations count word for word only: their stems collide too often ("menempatkan" -> "empat").
  for (const word of translated) if (!isStopword(word)) words.add(word);
  const namesPart = (part: string) => words.has(part) || (part.length >= 4 && stems(part).some((s) => roots.has(s)));
  const named = (folded: string) => (folded.includes("-") ? folded.split("-").every(namesPart) : namesPart(folded));
  // Asked of every token of every candidate sentence, many times over: each word form is read once.
  const known = new Map<string, boolean>();
  return {
    size: words.size,
    has: (token) => {
      let answer = known.get(token.folded);
      if (answer === undefined) known.set(token.folded, (answer = named(token.folded)));
      return answer;
    },
  };
}
