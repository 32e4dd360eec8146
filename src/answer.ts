import { CONFIDENCE, OUTPUT, RETRIEVAL } from "./defaults.js";
import type { Answer, Sentence, SentenceRef } from "./types.js";
import type { SearchIndex } from "./search/index.js";
import { analyseQuery, type Query } from "./search/query.js";
import { evidenceFor, rankSentences, type Evidence, type Ranked } from "./search/rank.js";
import { definesOther, glossesSubject, holdsSubject, mayDefine } from "./search/definition.js";
import { truncate } from "./text/truncate.js";
import { refocus } from "./followup/focus.js";
import type { Focus } from "./followup/read.js";
import { withSpans } from "./span/attach.js";
import { asksNegated, statesNegation } from "./search/negation.js";
import { findSpan } from "./span/find.js";
import { initialsOnlyAnswer } from "./search/entities.js";
import { SAYING } from "./followup/words.js";
import { askedPhrase } from "./asked-phrase.js";
import { lacksAskedEvent, unknownAskedEvent } from "./search/asked-event.js";
import { asksAbsentYear } from "./search/absent-year.js";
import { saysOpposite } from "./search/opposite.js";
import { unknownAskedRole } from "./search/asked-role.js";

// A sentence that opens with one of these leans on the sentence before it.
const LEANS_ON_PREVIOUS = /^["“‘']?(dia|ia|mereka|beliau|hal (ini|itu|tersebut)|ini|itu|namun|tetapi|sementara itu|selain itu|he|she|they|it|this|that)\b/i;

/**
 * The article's best sentence for a question, or an honest "not covered" with what is nearest. A
 * follow-up's `focus` keeps the answer in one article (src/followup/).
 */
export function answerQuestion(question: string, index: SearchIndex, focus?: Focus): Answer {
  const text = truncate(question.trim(), OUTPUT.maxQuestionChars);
  const query = analyseQuery(text, index);
  if (!focus && saysNothing(query)) return notCovered(text, query, []);
  const all = query.groups.length === 0 ? [] : rankSentences(query, index);
  const ranked = focus ? refocus(all, focus, index) : all;
  const best = ranked[0];
  if (!best) return notCovered(text, query, []);
  const evidence = evidenceFor(query, index, ranked);
  // A sentence without the kind of thing asked for cannot be the answer, however well it matches:
  // its confidence is kept under the threshold, so "answered" and "confidence" always agree.
  // The span finder knows finer than the ranker whether the sentence holds what is asked ("Rusia"); a
  // follow-up's earlier answer may be vouched for (src/followup/).
  const vouched = focus?.vouched === true && focus.first === best.sentence;
  // Under the capped confidence anyway, the answer is declined whatever the span finder says: not asked.
  // A finer kind ("berapa lama") is read from the same number phrases the span finder cuts, and the
  // span finder falls back to any number: it cannot vouch for one.
  // Not for a follow-up: its words come from two turns, and the event may be the earlier turn's.
  const raw = confidenceOf(evidence) * (focus ? 1 : eventFactor(query, index, best.sentence));
  const lacksType = CONFIDENCE.requireAnswerType && evidence.answerType === 0 && !vouched && raw > CONFIDENCE.answerThreshold - 0.01 && !spanHolds(query, text, index, best.sentence);
  const unfit = !vouched && failsQuestion(text, query, index, best.sentence);
  const confidence = lacksType || unfit ? underThreshold(raw) : round(raw);
  if (confidence < CONFIDENCE.answerThreshold) {
    const missing = lacksType && raw >= CONFIDENCE.answerThreshold ? ((query.detail ?? query.type) as Answer["missing"]) : undefined;
    // Not for a follow-up: its question is put together from two turns, not written as one.
    const asked = !focus && (missing || onTopic(query, index, best.sentence)) ? askedPhrase(text, query.lang) : null;
    return { ...notCovered(text, query, nearestOf(ranked, index), confidence), ...(missing ? { missing } : {}), ...(asked ? { asked } : {}) };
  }
  const sentence = index.sentences[best.sentence]!.ref;
  const context = contextOf(sentence, index);
  const shown = new Set([sentence, ...context].map(key));
  const alternatives = ranked
    .slice(1)
    .filter((r) => r.score >= RETRIEVAL.alternativeRatio * best.score)
    .map((r) => index.sentences[r.sentence]!.ref)
    .filter((s) => !shown.has(key(s)))
    .slice(0, RETRIEVAL.maxAlternatives);
  return withSpans({ question: text, lang: query.lang, answered: true, confidence, answer: refOf(sentence), context, alternatives });
}

/**
 * True when the sentence cannot answer the question however well it matches: "Apa itu X?" without X
 * ("frasa" is not "seruan") or without anything that says what something is ("X sangat prihatin"),
 * "Apa kepanjangan X?" without X spelled out, "Kenapa X tidak …?" with nothing said not to be so,
 * "Siapa perempuan berinisial S?" with only the initials again, "Kapan X wafat?" of a corpus that
 * tells no death, "Siapa CEO X?" of one that names no CEO, "Siapa juara 2004?" of one that never
 * writes 2004, "Siapa pemimpin terakhir?" of a sentence that names the first.
 */
export function failsQuestion(question: string, query: Query, index: SearchIndex, sentence: number): boolean {
  const text = index.sentences[sentence]!.ref.text;
  if (query.namesDefined && !holdsSubject(query.defines!, index, sentence)) return true;
  if (query.asksWhatItIs && !query.expandsDefined && (!mayDefine(text) || definesOther(index, sentence, query.defines!))) return true;
  if (query.expandsDefined && !glossesSubject(index, sentence, query.defines!)) return true;
  if (asksNegated(question) && !statesNegation(text)) return true;
  if (unknownAskedEvent(query, index) || unknownAskedRole(query, index) || asksAbsentYear(query, index)) return true;
  if (saysOpposite(query, index, sentence)) return true;
  return query.type === "person" && initialsOnlyAnswer(question, text);
}

/**
 * What the confidence is multiplied by: a when/where question whose event the sentence lacks is
 * answered only on otherwise strong evidence (CONFIDENCE.missingEventFactor).
 */
export function eventFactor(query: Query, index: SearchIndex, sentence: number): number {
  return lacksAskedEvent(query, index, sentence) ? CONFIDENCE.missingEventFactor : 1;
}

/** Whether the span finder finds what is asked in the sentence; not for a finer kind of number. */
export function spanHolds(query: Query, question: string, index: SearchIndex, sentence: number): boolean {
  return !query.detail && findSpan(question, index.sentences[sentence]!.ref.text) !== null;
}

// "siapa yang bilang begitu?" asked on its own: a verb of saying is the only content word, and any
// sentence that reports speech would cover it fully. Such a question names nothing to look for.
function saysNothing(query: Query): boolean {
  return query.groups.length > 0 && query.groups.every((group) => SAYING.has(group.word));
}

// The question names what the nearest sentence's article is about (one of its topic terms): a
// decline can then say what the article leaves out, not that it is about something else.
function onTopic(query: Query, index: SearchIndex, sentence: number): boolean {
  const article = index.articleOf[sentence]!;
  return query.groups.some((group) => group.alternatives.some((alt) => alt.weight >= 1 && index.isTopicId(article, alt.id)));
}

/** Confidence in [0, 1] from the evidence for the best sentence (weights in CONFIDENCE). */
export function confidenceOf({ coverage, known, answerType, focus }: Evidence): number {
  const { knownWeight, typeWeight, focusWeight } = CONFIDENCE;
  return (coverage + knownWeight * known + typeWeight * answerType + focusWeight * focus) / (1 + knownWeight + typeWeight + focusWeight);
}

function notCovered(question: string, query: Query, nearest: readonly SentenceRef[], confidence = 0): Answer {
  const answer = { question, lang: query.lang, answered: false, answer: null, context: [] };
  return { ...answer, confidence: round(confidence), alternatives: nearest };
}

function nearestOf(ranked: readonly Ranked[], index: SearchIndex): SentenceRef[] {
  return ranked.slice(0, RETRIEVAL.maxAlternatives).map((r) => refOf(index.sentences[r.sentence]!.ref));
}

/** The sentences an answer leans on: the rest of its quotation, or the sentence its pronoun points to. */
export function contextOf(sentence: Sentence, index: SearchIndex): SentenceRef[] {
  const article = index.articleWithId(sentence.article)!;
  const all = article.sentences;
  const at = sentence.sentence - 1;
  let from = at;
  while (from > 0 && all[from]!.continuesQuote) from--;
  if (from === at && at > 0 && LEANS_ON_PREVIOUS.test(sentence.text)) from = at - 1;
  let to = at;
  while (to < all.length - 1 && all[to]!.opensQuote) to++;
  return all.slice(from, to + 1).filter((s) => s.sentence !== sentence.sentence).map(refOf);
}

/** A sentence's citation fields without the splitter's flags. */
export function refOf(s: SentenceRef): SentenceRef {
  return { article: s.article, paragraph: s.paragraph, sentence: s.sentence, text: s.text };
}

function key(s: SentenceRef): string {
  return `${s.article}#${s.sentence}`;
}

/** A confidence kept just under the answer threshold, so that a declined answer never reads as answered. */
export function underThreshold(confidence: number): number {
  return round(Math.min(confidence, CONFIDENCE.answerThreshold - 0.01));
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
