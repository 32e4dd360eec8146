/**
 * The words of a sentence with where each stands (UTF-16 offsets), so a span cut from tokens is
 * always a verbatim slice of the article. Works on ordinary text and on tokenized text with spaces
 * around punctuation alike: punctuation is never a token, it is read from the gaps.
 */
import { stems, stemTail } from "../text/stem.js";
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
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], folded: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

// Printable ASCII but the backtick (read as an apostrophe) folds to its lower case: the full fold,
// much slower, is for the rest. The index reads every sentence's numbers with these tokens.
const PLAIN = /^[\x21-\x5f\x61-\x7e]*$/;

function fold(word: string): string {
  return PLAIN.test(word) ? word.toLowerCase() : foldForMatching(word);
}

// Module constants, not literals in the functions: the build lowers a \p{...} literal to a
// `new RegExp` at every call, and these run for every token of every candidate sentence.
const CAPITAL_FIRST = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
const LETTER_FIRST = /^\p{L}/u;
const CURRENCY_FIRST = /^(rp|us\$|s\$|usd|idr)/i;
const CAPITAL_SUFFIX = /^\p{N}+\p{Lu}$/u;

/** True when the word begins with a capital letter or a digit-free all-caps acronym. */
export function isCapitalised(token: Token): boolean {
  return CAPITAL_FIRST.test(token.text);
}

export function isNumberToken(token: Token): boolean {
  return DIGIT.test(token.text) && !isCode(token.text);
}

// A code or a name with digits, not an amount: letters before the digits ("G20", "MH370", "COVID-19")
// but a currency ("Rp5.000"), or one capital after them ("terminal 1A"). A unit after the digits stays
// an amount ("60km", "5kWh").
function isCode(text: string): boolean {
  return (LETTER_FIRST.test(text) && !CURRENCY_FIRST.test(text)) || CAPITAL_SUFFIX.test(text);
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
  return new AskedWords(words, roots);
}

/**
 * A question's words and their stems, asked of every token of every candidate sentence, many times
 * over: each word form is read once. A class, not closures made per question.
 */
class AskedWords implements QuestionWords {
  private readonly known = new Map<string, boolean>();
  /** What a word must hold to have one of the roots as a stem (see stemTail). */
  private readonly tails: readonly string[];

  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly roots: ReadonlySet<string>,
  ) {
    this.tails = [...roots].map(stemTail);
  }

  get size(): number {
    return this.words.size;
  }

  has(token: Token): boolean {
    let answer = this.known.get(token.folded);
    if (answer === undefined) this.known.set(token.folded, (answer = this.named(token.folded)));
    return answer;
  }

  private named(folded: string): boolean {
    return folded.includes("-") ? folded.split("-").every((part) => this.namesPart(part)) : this.namesPart(folded);
  }

  private namesPart(part: string): boolean {
    return this.words.has(part) || (part.length >= 4 && this.mayHaveRoot(part) && stems(part).some((s) => this.roots.has(s)));
  }

  // Most words of a sentence cannot have a root of the question: no stem look-up for them.
  private mayHaveRoot(part: string): boolean {
    for (const tail of this.tails) if (part.includes(tail)) return true;
    return false;
  }
}
