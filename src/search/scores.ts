import { RETRIEVAL } from "../defaults.js";
import type { Field } from "./field.js";
import type { SearchIndex } from "./index.js";
import type { TermGroup } from "./query.js";

/** A field's BM25 scores for one query: dense by document, and the documents that scored, in order. */
export interface Scores {
  readonly of: Float64Array;
  readonly touched: readonly number[];
}

// Reused score arrays, one pair per field: a question allocates nothing the size of the corpus.
const buffers = new WeakMap<Field, { totals: Float64Array; best: Float64Array; touched: number[] }>();

function buffersOf(field: Field) {
  let known = buffers.get(field);
  if (!known) {
    known = { totals: new Float64Array(field.size), best: new Float64Array(field.size), touched: [] };
    buffers.set(field, known);
  }
  for (const doc of known.touched) known.totals[doc] = 0;
  known.touched.length = 0;
  return known;
}

/** Allocates a field's score arrays now (index build). */
export function prepareScores(field: Field): void {
  buffersOf(field);
}

/**
 * BM25 of the query in the field: each question word scores with its best alternative in a document,
 * and the words' scores add up. `topicDiscount` (for the sentence field) applies the topic-term
 * weight to sentences of an article the term is a topic of (see rankSentences, index.topicPostings). The arrays are valid until the field is
 * scored again.
 */
export function bm25(groups: readonly TermGroup[], field: Field, index: SearchIndex, topicDiscount: boolean): Scores {
  const { totals, best, touched } = buffersOf(field);
  const topical = topicDiscount ? index.topicPostings : null;
  const groupTouched: number[] = [];
  for (const group of groups) {
    for (const alt of group.alternatives) {
      const term = index.terms.idOf(alt.term);
      if (term !== undefined) raiseBest(field, term, field.idfOf(term) * alt.weight, topical, best, groupTouched);
    }
    for (const doc of groupTouched) {
      if (totals[doc] === 0) touched.push(doc);
      totals[doc]! += best[doc]!;
      best[doc] = 0;
    }
    groupTouched.length = 0;
  }
  return { of: totals, touched };
}

// One alternative of a question word: each document's best score for the word so far, raised where
// this term scores higher. `raised` collects the documents that score for the first time. The
// hottest loop of a question: the arrays are read into locals once.
function raiseBest(field: Field, term: number, idf: number, topical: Uint8Array | null, best: Float64Array, raised: number[]): void {
  const { docs, tfs, k1Norm } = field;
  const factor = RETRIEVAL.k1 + 1;
  const topicWeight = RETRIEVAL.topicTermWeight;
  const [from, to] = field.range(term);
  for (let p = from; p < to; p++) {
    const doc = docs[p]!;
    const tf = tfs[p]!;
    const discount = topical !== null && topical[p] === 1 ? topicWeight : 1;
    const value = (discount * idf * tf * factor) / (tf + k1Norm[doc]!);
    const previous = best[doc]!;
    if (value > previous) {
      if (previous === 0) raised.push(doc);
      best[doc] = value;
    }
  }
}
