import { RETRIEVAL } from "../defaults.js";
import type { Field } from "./field.js";
import type { SearchIndex } from "./index.js";
import type { Alternative, TermGroup } from "./query.js";
import { postingNorms, type PostingNorms } from "./posting-norms.js";

/** A field's BM25 scores for one query: dense by document, and the documents that scored, in order. */
export interface Scores {
  readonly of: Float64Array;
  readonly touched: Int32Array;
}

/**
 * Reused arrays, one set per field: a question allocates nothing the size of the corpus, and no
 * growing list either (a question touches about a thousand documents of each field).
 */
interface Buffers {
  readonly totals: Float64Array;
  /** Per document: its best score for the question word being scored. */
  readonly best: Float64Array;
  /** The documents that scored, in order: touched[0 .. touchedCount). */
  readonly touched: Int32Array;
  touchedCount: number;
  /** The documents the question word being scored has raised from 0. */
  readonly raised: Int32Array;
  /**
   * Per posting: its score for an alternative of weight 1 (a word's own stems, a third of the
   * postings a question walks), worked out at index build with the same arithmetic scoring would use,
   * for the topic flags `unitsFor`.
   */
  units: Float64Array | null;
  unitsFor: Uint8Array | null;
  /** Each posting's document norm (see PostingNorms), for the alternatives of other weights. */
  readonly norms: PostingNorms;
}

const buffers = new WeakMap<Field, Buffers>();

function buffersOf(field: Field): Buffers {
  let known = buffers.get(field);
  if (!known) {
    const size = field.size;
    known = { totals: new Float64Array(size), best: new Float64Array(size), touched: new Int32Array(size), touchedCount: 0, raised: new Int32Array(size), units: null, unitsFor: null, norms: postingNorms(field) };
    buffers.set(field, known);
  }
  for (let i = 0; i < known.touchedCount; i++) known.totals[known.touched[i]!] = 0;
  known.touchedCount = 0;
  return known;
}

/**
 * Allocates a field's score arrays now (index build), and works out each posting's score for an
 * alternative of weight 1 under the given topic flags (null: no topic discount), as bm25 will read it.
 */
export function prepareScores(field: Field, topical: Uint8Array | null): void {
  const buffer = buffersOf(field);
  const { docs, tfs } = field;
  const { at, norms } = buffer.norms;
  const factor = RETRIEVAL.k1 + 1;
  const topicWeight = RETRIEVAL.topicTermWeight;
  const units = new Float64Array(docs.length);
  for (let term = 0, p = 0; p < docs.length; term++) {
    const idf = field.idfOf(term);
    for (const to = field.range(term)[1]; p < to; p++) {
      const discount = topical !== null && topical[p] === 1 ? topicWeight : 1;
      units[p] = (discount * idf * tfs[p]! * factor) / (tfs[p]! + norms[at[p]!]!);
    }
  }
  buffer.units = units;
  buffer.unitsFor = topical;
}

// The buffer's unit scores when they were made for these topic flags, else null.
function unitsOf(buffer: Buffers, topical: Uint8Array | null): Float64Array | null {
  return buffer.units !== null && buffer.unitsFor === topical ? buffer.units : null;
}

/**
 * BM25 of the query in the field: each question word scores with its best alternative in a document,
 * and the words' scores add up. `topicDiscount` (for the sentence field) applies the topic-term
 * weight to sentences of an article the term is a topic of (see rankSentences, index.topicPostings).
 * The arrays are valid until the field is scored again.
 */
export function bm25(groups: readonly TermGroup[], field: Field, index: SearchIndex, topicDiscount: boolean): Scores {
  const buffer = buffersOf(field);
  const { totals, best, touched, raised } = buffer;
  const topical = topicDiscount ? index.topicPostings : null;
  const units = unitsOf(buffer, topical);
  let count = 0;
  for (const group of groups) {
    if (group.alternatives.length === 1) {
      const alt = group.alternatives[0]!;
      if (alt.id < 0) continue;
      count = units !== null && alt.weight === 1 ? addUnitScores(field, alt.id, units, totals, touched, count) : addScores(field, alt, topical, buffer.norms, totals, touched, count);
      continue;
    }
    // Nothing scored yet: the word's best scores are the totals themselves (0 + best is best) and the
    // documents it raises, in order, are the touched ones, so the pass that adds them up is not needed.
    const first = count === 0;
    const into = first ? totals : best;
    const list = first ? touched : raised;
    let raisedCount = 0;
    for (const alt of group.alternatives) {
      if (alt.id < 0) continue;
      raisedCount = units !== null && alt.weight === 1
        ? raiseBestUnits(field, alt.id, units, into, list, raisedCount)
        : raiseBest(field, alt.id, field.idfOf(alt.id) * alt.weight, topical, buffer.norms, into, list, raisedCount);
    }
    if (first) {
      count = raisedCount;
      continue;
    }
    for (let i = 0; i < raisedCount; i++) {
      const doc = raised[i]!;
      if (totals[doc] === 0) touched[count++] = doc;
      totals[doc]! += best[doc]!;
      best[doc] = 0;
    }
  }
  buffer.touchedCount = count;
  return { of: totals, touched: touched.subarray(0, count) };
}

// A question word with one alternative: its scores add to the totals directly, with the same
// arithmetic (and the same order of first-touched documents) as the best-of path below. Returns the
// new count of touched documents.
function addScores(field: Field, alt: Alternative, topical: Uint8Array | null, { at, norms }: PostingNorms, totals: Float64Array, touched: Int32Array, count: number): number {
  const term = alt.id;
  const { docs, tfs } = field;
  const idf = field.idfOf(term) * alt.weight;
  const factor = RETRIEVAL.k1 + 1;
  const topicWeight = RETRIEVAL.topicTermWeight;
  const [from, to] = field.range(term);
  let touchedCount = count;
  for (let p = from; p < to; p++) {
    const doc = docs[p]!;
    const tf = tfs[p]!;
    const discount = topical !== null && topical[p] === 1 ? topicWeight : 1;
    const value = (discount * idf * tf * factor) / (tf + norms[at[p]!]!);
    if (!(value > 0)) continue; // as the best-of path: a score of 0 touches nothing
    if (totals[doc] === 0) touched[touchedCount++] = doc;
    totals[doc]! += value;
  }
  return touchedCount;
}

// One alternative of a question word: each document's best score for the word so far, raised where
// this term scores higher. Documents that score for the first time are appended to `raised` (it
// holds `count` of them); returns the new count. The hottest loop of a question: the arrays are read
// into locals once.
function raiseBest(field: Field, term: number, idf: number, topical: Uint8Array | null, { at, norms }: PostingNorms, best: Float64Array, raised: Int32Array, count: number): number {
  const { docs, tfs } = field;
  const factor = RETRIEVAL.k1 + 1;
  // The topic discount times idf, worked out once (the product scoring would make per posting).
  const topicIdf = RETRIEVAL.topicTermWeight * idf;
  const [from, to] = field.range(term);
  let raisedCount = count;
  for (let p = from; p < to; p++) {
    const doc = docs[p]!;
    const tf = tfs[p]!;
    const discounted = topical !== null && topical[p] === 1 ? topicIdf : idf;
    const value = (discounted * tf * factor) / (tf + norms[at[p]!]!);
    const previous = best[doc]!;
    if (value > previous) {
      if (previous === 0) raised[raisedCount++] = doc;
      best[doc] = value;
    }
  }
  return raisedCount;
}

// addScores for an alternative of weight 1: the postings' scores were worked out at build (see prepareScores).
function addUnitScores(field: Field, term: number, units: Float64Array, totals: Float64Array, touched: Int32Array, count: number): number {
  const docs = field.docs;
  const [from, to] = field.range(term);
  let touchedCount = count;
  for (let p = from; p < to; p++) {
    const value = units[p]!;
    if (!(value > 0)) continue;
    const doc = docs[p]!;
    if (totals[doc] === 0) touched[touchedCount++] = doc;
    totals[doc]! += value;
  }
  return touchedCount;
}

// raiseBest for an alternative of weight 1 (see addUnitScores).
function raiseBestUnits(field: Field, term: number, units: Float64Array, best: Float64Array, raised: Int32Array, count: number): number {
  const docs = field.docs;
  const [from, to] = field.range(term);
  let raisedCount = count;
  for (let p = from; p < to; p++) {
    const value = units[p]!;
    const doc = docs[p]!;
    const previous = best[doc]!;
    if (value > previous) {
      if (previous === 0) raised[raisedCount++] = doc;
      best[doc] = value;
    }
  }
  return raisedCount;
}
