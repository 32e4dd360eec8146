/**
 * The answer span: the exact words inside the answering sentence that answer what the question asks
 * ("tiga" for "berapa jembatan"), or null when the question asks for no specific thing or
 * the sentence holds none. A pure function of (question, sentence); the span is a verbatim slice.
 */
import type { Span } from "../types.js";
import { isStopword } from "../text/stopwords.js";
import { rememberLast } from "../text/last-call.js";
import { askedKind, askedNoun, type SpanKind } from "./asked.js";
import { askedNounCandidates } from "./candidates-asked-noun.js";
import type { Candidate } from "./candidate.js";
import { definitionCandidates, mannerCandidates, reasonCandidates } from "./candidates-clauses.js";
import { dateCandidates, pinnedDateCandidates } from "./candidates-dates.js";
import { nameCandidates, personCandidates, placeCandidates } from "./candidates-names.js";
import { numberCandidates, termCandidates, type NumberKind } from "./candidates-numbers.js";
import { balanceQuotes } from "./quotes.js";
import { followsActiveVerb, passiveAskedRoot, PATIENT_BONUS } from "./patient.js";
import { fitOf, namedPositions } from "./score.js";
import { isCapitalised, isNumberToken, questionWordsOf, tokensOf, type QuestionWords, type Token } from "./tokens.js";

// A module constant: the build lowers a \p{...} literal to a `new RegExp` at every call.
const ACRONYM = /^\p{Lu}{2,}$/u;

/** The span of `sentence` that answers `question`, or null. */
export function findSpan(question: string, sentence: string): Span | null {
  return spanFinder(question)(sentence);
}

/**
 * findSpan for one question and several sentences (an answer and its alternatives): what the
 * question asks for and the words it names are read once. The finder of the question asked last is
 * kept, with the spans it found: the answer-type check and the answer look at the same sentence.
 */
export const spanFinder = rememberLast((question: string): ((sentence: string) => Span | null) => {
  const kind = askedKind(question);
  if (!kind) return () => null;
  const asked = questionWordsOf(question);
  const found = new Map<string, Span | null>();
  return (sentence) => {
    let span = found.get(sentence);
    if (span === undefined) found.set(sentence, (span = bestSpan(kind, question, asked, sentence)));
    return span;
  };
});

/** The best span of the given kind, or null. */
export function spanOfKind(kind: SpanKind, question: string, sentence: string): Span | null {
  return bestSpan(kind, question, questionWordsOf(question), sentence);
}

function bestSpan(kind: SpanKind, question: string, asked: QuestionWords, sentence: string): Span | null {
  const tokens = tokensOf(sentence);
  const named = namedPositions(tokens, asked);
  let best: { span: Span; score: number } | null = null;
  const patientOf = kind === "person" || kind === "name" ? passiveAskedRoot(question) : null;
  for (const candidate of candidatesOf(kind, sentence, tokens, question)) {
    const range = trimmed(candidate, tokens, asked);
    if (!range) continue;
    const patient = patientOf !== null && followsActiveVerb(range[0], tokens, patientOf) ? PATIENT_BONUS : 0;
    const score = candidate.prior + fitOf(kind, range, tokens, asked, named) + patient;
    if (best && score <= best.score) continue;
    const shownEnd = candidate.keepUnit ? Math.max(candidate.end, tokens[range[1]]!.end) : tokens[range[1]]!.end;
    const [start, end] = balanceQuotes(sentence, tokens[range[0]]!.start, shownEnd);
    best = { span: { text: sentence.slice(start, end), start, end }, score };
  }
  return best?.span ?? null;
}

/** The candidates for a kind of answer; number kinds also take other numbers, lower. */
export function candidatesOf(kind: SpanKind, sentence: string, tokens: readonly Token[], question = ""): Candidate[] {
  switch (kind) {
    case "person":
      return personCandidates(sentence, tokens);
    case "place":
      return placeCandidates(sentence, tokens);
    case "name":
      return [...askedNounCandidates(sentence, tokens, askedNoun(question)), ...nameCandidates(sentence, tokens)];
    case "date":
      return dateCandidates(sentence, question);
    case "reason":
      return reasonCandidates(sentence);
    case "manner":
      return mannerCandidates(sentence);
    case "definition":
      return definitionCandidates(sentence);
    case "thing":
      return thingCandidates(sentence, tokens);
    default:
      return numbersFor(kind, sentence, tokens);
  }
}

// "Apa nomor atom Klorin?": a name, a number or what the sentence says the thing is.
function thingCandidates(sentence: string, tokens: readonly Token[]): Candidate[] {
  const numbers = numberCandidates(sentence, tokens).map((c) => ({ ...c, prior: c.prior - 0.2 }));
  const definitions = definitionCandidates(sentence).map((c) => ({ ...c, prior: 0.6 }));
  return [...nameCandidates(sentence, tokens), ...numbers, ...definitions];
}

// How much a number of another kind loses: a quantity question takes any number nearly as well.
const OTHER_KIND_LOSS: Record<NumberKind, number> = { quantity: 0.1, money: 0.4, percentage: 0.5, duration: 0.3, age: 0.3, ordinal: 0.5, people: 0.2, distance: 0.3, speed: 0.4, area: 0.4, weight: 0.4 };
// Counts of people, distances, speeds, areas and weights are quantities too: a "how many" question takes them as such.
const COUNTS: ReadonlySet<NumberKind> = new Set(["people", "distance", "speed", "area", "weight"]);

function numbersFor(kind: NumberKind, sentence: string, tokens: readonly Token[]): Candidate[] {
  const numbers = [...numberCandidates(sentence, tokens), ...termCandidates(sentence)];
  // The dates are read only when a number may be inside one: most sentences hold no number.
  const dates = numbers.length > 0 && kind !== "duration" ? pinnedDateCandidates(sentence) : [];
  return numbers.map((c) => {
    const same = c.kind === kind || (kind === "age" && c.kind === "duration") || (kind === "quantity" && COUNTS.has(c.kind));
    const loss = same ? 0 : OTHER_KIND_LOSS[kind];
    // A number inside a date ("24" of "24 Maret") answers "when", not "how many".
    const inDate = kind !== "duration" && dates.some((d) => d.start <= c.start && c.end <= d.end) ? 0.5 : 0;
    return { ...c, prior: c.prior - loss - inDate };
  });
}

/**
 * The candidate's token range without what the question already says and without function words at
 * its edges; null when nothing new is left.
 */
function trimmed(candidate: Candidate, tokens: readonly Token[], asked: QuestionWords): readonly [number, number] | null {
  const first = tokens.findIndex((t) => t.start >= candidate.start);
  // A candidate after the last word ("… f/4L IS .") holds none.
  if (first < 0) return null;
  let from = first;
  let to = first - 1;
  while (to + 1 < tokens.length && tokens[to + 1]!.end <= candidate.end) to++;
  if (from < 0 || to < from) return null;
  // A function word at an edge goes ("pada", "dan"), unless it is an acronym ("AS") or ends a clause.
  while (from <= to && dropsFirst(tokens[from]!, from === first, candidate, asked)) from++;
  while (to >= from && ((asked.has(tokens[to]!) && !candidate.keepAsked) || (isFunctional(tokens[to]!) && !candidate.clause))) to--;
  if (from > to) return null;
  const kept = tokens.slice(from, to + 1);
  const fresh = kept.some((t) => !asked.has(t) && !isStopword(t.folded));
  // A name cut down to its common noun ("kota" of "kota Kartago") names nothing.
  const named = !candidate.named || kept.some((t) => isCapitalised(t) || isNumberToken(t));
  return fresh && named ? [from, to] : null;
}

// A function word, unless it is an acronym ("AS").
function isFunctional(token: Token): boolean {
  return isStopword(token.folded) && !ACRONYM.test(token.text);
}

// Whether the candidate's first token goes: what the question says, or a function word (unless the
// candidate keeps its lead word and this is it).
function dropsFirst(token: Token, lead: boolean, candidate: Candidate, asked: QuestionWords): boolean {
  return (asked.has(token) && !candidate.keepAsked) || (isFunctional(token) && !(lead && candidate.keepLead));
}
