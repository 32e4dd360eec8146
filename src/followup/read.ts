/**
 * How a follow-up is read: the message's own words, with what it leaves out filled in from the
 * exchange it replies to (the earlier question's topic, the names in the earlier answer), kept to the
 * earlier answer's article. What the earlier answer already holds may be the answer itself.
 */
import type { SearchIndex } from "../search/index.js";
import { maskHas } from "../search/entities.js";
import { questionType, type QuestionType } from "../search/question-type.js";
import { termsOfWord } from "../search/terms.js";
import { translateEnglishWord } from "../text/lexicon.js";
import { quoteIndexOf } from "../quotes/index.js";
import { foldForMatching } from "../text/normalize.js";
import type { SentenceRef } from "../types.js";
import { asksSameOf, asksToContinue, capitalised, contentWords, names, namesOf, SAYING, topicWords, unique, wordsOf } from "./words.js";

/** Where the answer to a follow-up is looked for. */
export interface Focus {
  /** Position of the article in the corpus: the answer stays in it. */
  readonly article: number;
  /** Index position of a sentence that answers before any other (the earlier answer, or the next one). */
  readonly first?: number;
  /**
   * True when `first` is known to hold what is asked (the earlier answer names the person asked
   * for, or the speaker), though the answer-type patterns do not see it.
   */
  readonly vouched?: boolean;
  /** Index terms of which an answer must hold one: the new subject of "kalau X?". */
  readonly mustHave?: readonly string[];
}

/** A follow-up as the question it stands for, and where to look. */
export interface Reading {
  readonly question: string;
  readonly focus: Focus | null;
}

/** The earlier exchange: its answer always; its question when it is still remembered. */
export interface Earlier {
  readonly question?: string;
  readonly sentence: SentenceRef;
}

// Kinds of answer a sentence visibly holds; "person" only when the follow-up names no one by pronoun.
const HELD = new Set<QuestionType>(["person", "time", "place", "number", "cause"]);

/** The follow-up read with the earlier exchange; read alone when it turns to another article. */
export function readFollowup(text: string, earlier: Earlier, index: SearchIndex): Reading {
  const alone: Reading = { question: text, focus: null };
  const at = index.corpus.articles.findIndex((a) => a.id === earlier.sentence.article);
  const position = sentencePosition(index, at, earlier.sentence.sentence);
  if (at < 0 || position === null) return alone;
  const words = wordsOf(text);
  const own = topicWords(words);
  if (namesAnotherArticle(own, at, index)) return alone;
  const topic = contentWords(wordsOf(earlier.question ?? earlier.sentence.text));
  // "terus?": the article's next sentence is what comes next; it is the answer, read by its own words.
  if (asksToContinue(words) && position + 1 < index.articleRanges[at]!.end) {
    const next = index.sentences[position + 1]!.ref.text;
    return { question: unique([...words, ...contentWords(wordsOf(next))]).join(" "), focus: { article: at, first: position + 1 } };
  }
  const type = questionType(foldForMatching(words.join(" ")));
  if (((type === "unknown" && !names(words)) || asksSameOf(text)) && own.length > 0) {
    const mustHave = own.flatMap((w) => [w, ...translateEnglishWord(w, index.resources)].flatMap(termsOfWord));
    return { question: sameQuestionOf(earlier.question ?? earlier.sentence.text, own, at, index), focus: { article: at, mustHave } };
  }
  // A follow-up whose own words the article has is kept to the article, to the sentences with those
  // words and to whom it points at; one without ("berapa orang?", "kenapa?") takes the earlier
  // question's topic instead.
  const mustHave = termsInArticle(own.filter((w) => !SAYING.has(w)), at, index);
  const back = names(words) ? referent(earlier, index, at) : [];
  const carried = own.length < 2 && !names(words) ? topic : back;
  const said = type === "person" && !names(words) && words.some((w) => SAYING.has(w)) ? speakerSentence(index, at, position) : null;
  // "siapa yang bilang?" is answered by the sentence that names the speaker: read by its own words.
  if (said !== null) {
    const question = unique([...words, ...contentWords(wordsOf(index.sentences[said]!.ref.text))]).join(" ");
    return { question, focus: { article: at, first: said, vouched: true } };
  }
  const question = unique([...wordsOf(text), ...carried]).join(" ");
  const holds = heldByEarlier(type, own, names(words), index, position) ? position : null;
  return { question, focus: { article: at, ...(holds === null ? {} : { first: holds, vouched: true }), ...(mustHave.length > 0 ? { mustHave } : {}) } };
}

// Whom "dia" / "mereka" points at: after "siapa …?", the names the answer brought; otherwise whom
// the earlier question named (its topic when it named no one), or, without it, the answer's names.
function referent(earlier: Earlier, index: SearchIndex, at: number): string[] {
  const inAnswer = capitalised(earlier.sentence.text, true);
  if (!earlier.question) return inAnswer;
  const asked = wordsOf(earlier.question);
  if (questionType(foldForMatching(earlier.question)) === "person") return inAnswer.filter((w) => !asked.includes(w));
  const names = namesOf(index.corpus.articles[at]!);
  const named = asked.filter((w) => names.has(w) || capitalised(earlier.question!, false).includes(w));
  return named.length > 0 ? named : contentWords(asked);
}

// The index terms of the words that the article has: an answer should hold one of them.
function termsInArticle(own: readonly string[], at: number, index: SearchIndex): string[] {
  const inArticle = (t: string) => index.articleHas(at, t);
  return own.flatMap((w) => [w, ...translateEnglishWord(w, index.resources)].flatMap(termsOfWord)).filter(inArticle);
}

// "siapa yang bilang?": the sentence that names who said the earlier answer: the nearest quotation
// at or just after it, and of the sentences around that quotation the nearest that names its
// speaker; or the earlier answer itself when it names someone.
function speakerSentence(index: SearchIndex, at: number, position: number): number | null {
  const earlier = index.sentences[position]!.ref;
  const { start, end } = index.articleRanges[at]!;
  const names = namesOf(index.corpus.articles[at]!);
  const quotes = quoteIndexOf(index.corpus).quotes.filter((q) => q.article === earlier.article && q.sentence >= earlier.sentence && q.sentence <= earlier.sentence + 2);
  const quote = quotes.sort((a, b) => a.sentence - b.sentence)[0];
  if (quote) {
    const speaker = wordsOf(quote.speaker).filter((w) => names.has(w));
    const inArticle = (p: number) => p >= start && p < end;
    const q = start + quote.sentence - 1;
    // The cue that names the speaker ("kata Rina"), else the nearest sentence with the speaker's last
    // name (a cue such as "ujar dia" names no one).
    for (let p = q; p < Math.min(end, q + 3); p++) {
      const text = index.sentences[p]!.ref.text;
      if (text.includes(quote.cue) && wordsOf(quote.cue).some((w) => speaker.includes(w))) return p;
    }
    const surname = speaker.at(-1);
    const hasSurname = (p: number) => inArticle(p) && surname !== undefined && wordsOf(index.sentences[p]!.ref.text).includes(surname);
    for (let d = 0; d <= 2; d++) for (const p of [q + d, q - d]) if (hasSurname(p)) return p;
  }
  return capitalised(earlier.text, false).some((w) => names.has(w)) ? position : null;
}

/** "kalau Rusia?" after "Apa kata NATO soal nuklir?": "Apa kata Rusia soal nuklir?". */
function sameQuestionOf(question: string, subject: readonly string[], at: number, index: SearchIndex): string {
  const names = namesOf(index.corpus.articles[at]!);
  const named = new Set(capitalised(question, false));
  const isName = (w: string) => names.has(w) || named.has(w);
  const replaces = subject.some(isName);
  const kept = wordsOf(question).filter((w) => !(replaces && isName(w)));
  return unique([...kept, ...subject]).join(" ");
}

// The earlier answer is the answer when it holds the kind of thing asked and every word the
// follow-up adds ("berapa orang?": "orang") is in it.
function heldByEarlier(type: QuestionType, own: readonly string[], pointed: boolean, index: SearchIndex, position: number): boolean {
  if (!HELD.has(type) || (type === "person" && pointed)) return false;
  const entry = index.sentences[position]!;
  const named = type === "person" && capitalised(entry.ref.text, false).some((w) => namesOf(index.corpus.articles[entry.article]!).has(w));
  if (!maskHas(index.answerTypes[position]!, type) && !named) return false;
  return own.filter((w) => !SAYING.has(w)).every((w) => termsOfWord(w).some((t) => index.sentenceHas(position, t)));
}

// A follow-up that names someone or something only another article has turns to that article.
function namesAnotherArticle(own: readonly string[], at: number, index: SearchIndex): boolean {
  const { articles } = index.corpus;
  if (own.length === 0 || articles.length < 2) return false;
  const here = index.titleTerms[at]!;
  const inHere = (w: string) => termsOfWord(w).some((t) => here.has(t) || index.articleHas(at, t));
  return own.some((w) => !inHere(w) && articles.some((a, i) => i !== at && namesOf(a).has(w)));
}

function sentencePosition(index: SearchIndex, article: number, sentence: number): number | null {
  const range = index.articleRanges[article];
  if (!range) return null;
  const position = range.start + sentence - 1;
  return position < range.end ? position : null;
}
