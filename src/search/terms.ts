import { expandAbbreviation, isAbbreviation } from "../text/abbreviations.js";
import { withContractionsWrittenOut } from "../text/contractions.js";
import { standardSpelling } from "../text/chat-spelling.js";
import { stems } from "../text/stem.js";
import { isStopword } from "../text/stopwords.js";
import { rememberLast } from "../text/last-call.js";
import { splitCompound, tokenize } from "../text/tokens.js";

// Chat reduplication: "negara2" is "negara-negara".
const REDUPLICATED = /^\p{L}{2,}2$/u;

/** Word tokens of a text with chat spellings made standard and compounds split. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) pushWordsOfToken(token, out);
  return out;
}

/** The words of one token (from `tokenize`), as `words` reads them, pushed onto `out`. */
export function pushWordsOfToken(token: string, out: string[]): void {
  const spelled = token.endsWith("2") && REDUPLICATED.test(token) ? `${token.slice(0, -1)}-${token.slice(0, -1)}` : token;
  for (const part of splitCompound(spelled)) pushStandard(part, out);
}

// Most words have one standard spelling of one word: no split, no array.
function pushStandard(word: string, out: string[]): void {
  const standard = standardSpelling(word);
  if (standard.includes(" ")) out.push(...standard.split(" "));
  else out.push(standard);
}

/** A question's words (see questionWords), and the abbreviation each expanded word came from. */
interface QuestionReading {
  readonly words: readonly string[];
  readonly abbreviated: ReadonlyMap<string, string>;
}

const lastQuestionReading = rememberLast((text: string): QuestionReading => {
  const out: string[] = [];
  const abbreviated = new Map<string, string>();
  for (const word of words(text)) {
    const abbreviation = isAbbreviation(word);
    for (const part of expandAbbreviation(word).split(" ")) {
      for (const piece of splitCompound(part)) {
        out.push(piece);
        if (abbreviation) abbreviated.set(piece, word);
      }
    }
  }
  return { words: withContractionsWrittenOut(out), abbreviated };
});

/**
 * The abbreviation each expanded question word came from ("sekjen nato" → sekretaris: sekjen,
 * jenderal: sekjen): an article may write the abbreviation itself ("Kapolda Jawa Timur").
 */
export function abbreviationsOf(text: string): ReadonlyMap<string, string> {
  return lastQuestionReading(text).abbreviated;
}

/** Question words: like `words`, with abbreviations of titles expanded ("sekjen") and an English question's contractions written out ("didn't"). */
export function questionWords(text: string): string[] {
  // A copy of the remembered words: the ranker, the answer-type check and the span finder each read them.
  return lastQuestionReading(text).words.slice();
}

/** The index terms of a word: its stems, or nothing for a function word. */
export function termsOfWord(word: string): readonly string[] {
  if (isStopword(word)) return [];
  return stems(word);
}

/** Term frequencies of a text: every stem of every content word. */
export function termFrequencies(text: string): Map<string, number> {
  return termFrequenciesOf(words(text));
}

/** Term frequencies of a text's words (from `words`). */
export function termFrequenciesOf(textWords: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const word of textWords) {
    for (const term of termsOfWord(word)) tf.set(term, (tf.get(term) ?? 0) + 1);
  }
  return tf;
}
