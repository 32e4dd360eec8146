/**
 * How well a candidate's place in the sentence fits the question, beyond its prior: near the words
 * the question names, where a doer stands for "who", right before the thing counted for "how many".
 */
import { isStopword } from "../text/stopwords.js";
import type { SpanKind } from "./asked.js";
import { isCapitalised, type QuestionWords, type Token } from "./tokens.js";

/** How much a candidate loses per word between it and the nearest word the question names. */
const DISTANCE_WEIGHT = 0.03;
/** Words of distance counted at most: far is far. */
const MAX_DISTANCE = 12;
/** What standing right before the thing the question counts is worth to a number. */
const COUNTED_BONUS = 0.2;
const NUMBER_KINDS: ReadonlySet<SpanKind> = new Set(["quantity", "money", "percentage", "duration", "age", "ordinal", "people", "distance", "speed", "area", "weight"]);
/** What standing where a doer stands is worth to a "who"/"what (name)" candidate. */
const AGENT_BONUS = 0.04;
/** Question words a candidate is measured against: its nearest few. */
const NEAR_WORDS = 2;

/** What a range's place adds to (or takes from) its candidate's prior. */
export function fitOf(kind: SpanKind, range: readonly [number, number], tokens: readonly Token[], asked: QuestionWords, named: readonly number[][]): number {
  const agent = kind === "person" || kind === "name" ? AGENT_BONUS * agentLike(range, tokens, named) : 0;
  return agent + countsAsked(kind, range, tokens, asked) - DISTANCE_WEIGHT * distance(range, named);
}

/**
 * The most fitOf can add for this kind: where a doer stands, right before the thing counted, next
 * to what the question names. A candidate whose prior plus this cannot beat the best so far is not
 * trimmed and scored (the sum is computed as fitOf computes it, so the bound holds in floating point).
 */
export function fitCeiling(kind: SpanKind): number {
  const agent = kind === "person" || kind === "name" ? AGENT_BONUS : 0;
  return agent + (NUMBER_KINDS.has(kind) ? COUNTED_BONUS : 0);
}

/**
 * 1 when a range stands where a doer stands: before the question's nearest word (the subject of "X
 * mengerahkan ...") or after "oleh"/"by" (the agent of a passive); -1 after "dengan"/"kepada"; else 0.
 */
function agentLike([from, to]: readonly [number, number], tokens: readonly Token[], named: readonly number[][]): number {
  if (/^(oleh|by)$/.test(tokens[from - 1]?.folded ?? "")) return 1;
  // "bergabung dengan para pemimpin NATO": who is joined, met or helped is not who does it.
  for (let at = from - 1; at >= Math.max(0, from - 3); at--) {
    if (/^(dengan|with|kepada|terhadap|bagi|melawan|against)$/.test(tokens[at]!.folded)) return -1;
    if (isCapitalised(tokens[at]!)) break;
  }
  // Measured from the range's nearer edge; on a tie the word after wins (a subject before its verb).
  // Loops, not arrays: this runs for every candidate of every answer.
  let nearest = -1;
  for (const positions of named) {
    for (const at of positions) {
      if (at >= from && at <= to) continue;
      if (nearest < 0 || gapTo(at, from, to) < gapTo(nearest, from, to) || (gapTo(at, from, to) === gapTo(nearest, from, to) && at > nearest)) nearest = at;
    }
  }
  if (nearest < 0) return 0;
  return nearest > to ? 1 : 0;
}

// Words between a position outside the range and the range's nearer edge, plus one.
function gapTo(at: number, from: number, to: number): number {
  return at < from ? from - at : at - to;
}

/** "Berapa kapal ...?" and "... empat kapal ...": a number right before the thing the question counts. */
function countsAsked(kind: SpanKind, [, to]: readonly [number, number], tokens: readonly Token[], asked: QuestionWords): number {
  const next = tokens[to + 1];
  return NUMBER_KINDS.has(kind) && next !== undefined && asked.has(next) && !isStopword(next.folded) ? COUNTED_BONUS : 0;
}

/** Where each word the question names stands in the sentence, by word. */
export function namedPositions(tokens: readonly Token[], asked: QuestionWords): number[][] {
  const byWord = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (isStopword(t.folded) || !asked.has(t)) return;
    const positions = byWord.get(t.folded);
    if (positions) positions.push(i);
    else byWord.set(t.folded, [i]);
  });
  return [...byWord.values()];
}

/**
 * How far a range is from what the question names: the mean, over the NEAR_WORDS question words
 * nearest to it, of the words between (0 when the sentence names none). Near several different
 * question words beats next to one common one.
 */
function distance([from, to]: readonly [number, number], named: readonly number[][]): number {
  if (named.length === 0) return 0;
  // The two least gaps, kept as they come (NEAR_WORDS is 2): no arrays made per candidate.
  let least = Infinity;
  let second = Infinity;
  for (const positions of named) {
    let gap = Infinity;
    for (const at of positions) gap = Math.min(gap, at >= from && at <= to ? MAX_DISTANCE : at < from ? from - at - 1 : at - to - 1);
    if (gap < least) {
      second = least;
      least = gap;
    } else if (gap < second) second = gap;
  }
  return named.length === 1 ? Math.min(least, MAX_DISTANCE) : (Math.min(least, MAX_DISTANCE) + Math.min(second, MAX_DISTANCE)) / NEAR_WORDS;
}
