/**
 * Sentence centrality: TextRank (PageRank over a cosine-similarity graph of the sentences' content
 * stems). A sentence that shares words with many others states what the article is about.
 */
import { termFrequencies } from "../search/terms.js";

/** Content-stem vectors of texts (stopwords dropped, Indonesian stems), for similarity. */
export function vectorsOf(texts: readonly string[]): Map<string, number>[] {
  return texts.map((text) => termFrequencies(text));
}

/** Cosine similarity of two term-frequency vectors; 0 when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(v: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

/**
 * PageRank scores over the weighted similarity graph, normalised to a maximum of 1. `prior` is the
 * teleport distribution (a lead prior makes the walk restart near the top of the article).
 *
 * The graph is never built: with unit vectors u, sim(i, j) = u_i . u_j (i != j), so a node's out-weight
 * is u_i . (sum of all u) - 1 and the inflow of every node is u_j . (sum of w_i u_i) minus its own
 * term. Each iteration is linear in the number of terms, not quadratic in the number of sentences
 * (a 1 MB article has ~8,000 sentences: 64 million pairs).
 */
export function textRank(vectors: readonly ReadonlyMap<string, number>[], prior: readonly number[], damping = 0.85): number[] {
  return textRankOf(termCountsOf(vectors), prior, damping);
}

/**
 * Sentences' term counts laid out flat: sentence s holds the terms ids[start[s] .. start[s + 1])
 * with their counts, terms numbered 0 .. terms - 1. One array for an article, not a Map per sentence.
 */
export interface TermCounts {
  readonly start: Int32Array;
  readonly ids: Int32Array;
  readonly counts: Float64Array;
  readonly terms: number;
}

/** The vectors (read one at a time: none is kept) as TermCounts, terms numbered in order of first appearance. */
export function termCountsOf(vectors: Iterable<ReadonlyMap<string, number>>): TermCounts {
  const idOf = new Map<string, number>();
  const [start, ids, counts] = [[0], [] as number[], [] as number[]];
  for (const vector of vectors) {
    for (const [term, count] of vector) {
      let id = idOf.get(term);
      if (id === undefined) idOf.set(term, (id = idOf.size));
      ids.push(id);
      counts.push(count);
    }
    start.push(ids.length);
  }
  return { start: Int32Array.from(start), ids: Int32Array.from(ids), counts: Float64Array.from(counts), terms: idOf.size };
}

/** textRank over sentences' term counts. */
export function textRankOf(sentences: TermCounts, prior: readonly number[], damping = 0.85): number[] {
  const n = sentences.start.length - 1;
  if (n === 0) return [];
  const units = unitVectors(sentences);
  // Typed arrays and plain loops: thirty passes over a 30 MB article's five million term counts.
  const self = Float64Array.from({ length: n }, (_, i) => (sentences.start[i + 1]! > sentences.start[i]! ? 1 : 0));
  const total = sumOf(units, new Float64Array(n).fill(1));
  // Below this an out-weight is rounding error: the sentence shares no term with any other.
  const outWeight = self.map((own, i) => {
    const out = dotWith(units, i, total) - own;
    return out > 1e-9 ? out : 0;
  });
  const priorSum = prior.reduce((s, p) => s + p, 0) || 1;
  const teleport = Float64Array.from(prior, (p) => p / priorSum);
  // Two rank buffers and one flow buffer for all thirty passes: new ones each pass were 80 MB of
  // large-object garbage on a 30 MB article.
  let rank = teleport.slice();
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const flow = new Float64Array(units.terms);
  for (let iteration = 0; iteration < 30; iteration++) {
    for (let i = 0; i < n; i++) share[i] = outWeight[i]! > 0 ? rank[i]! / outWeight[i]! : 0;
    sumOf(units, share, flow.fill(0));
    for (let j = 0; j < n; j++) {
      const inflow = Math.max(0, dotWith(units, j, flow) - share[j]! * self[j]!);
      next[j] = (1 - damping) * teleport[j]! + damping * inflow;
    }
    [rank, next] = [next, rank];
  }
  const max = rank.reduce((m, r) => Math.max(m, r), 0) || 1;
  return Array.from(rank, (r) => r / max);
}

/** The sentences' vectors scaled to unit length (the counts replaced by weights). */
function unitVectors(sentences: TermCounts): TermCounts {
  const weights = new Float64Array(sentences.counts.length);
  for (let s = 0; s + 1 < sentences.start.length; s++) {
    const [from, to] = [sentences.start[s]!, sentences.start[s + 1]!];
    let sum = 0;
    for (let k = from; k < to; k++) sum += sentences.counts[k]! * sentences.counts[k]!;
    const length = Math.sqrt(sum);
    for (let k = from; k < to; k++) weights[k] = sentences.counts[k]! / length;
  }
  return { ...sentences, counts: weights };
}

// The weighted sum of the unit vectors: sum of factors[i] * units[i].
function sumOf(units: TermCounts, factors: Float64Array, sum = new Float64Array(units.terms)): Float64Array {
  const { start, ids, counts } = units;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    if (f !== 0) for (let k = start[i]!; k < start[i + 1]!; k++) sum[ids[k]!]! += f * counts[k]!;
  }
  return sum;
}

function dotWith(units: TermCounts, i: number, dense: Float64Array): number {
  let dot = 0;
  for (let k = units.start[i]!; k < units.start[i + 1]!; k++) dot += units.counts[k]! * dense[units.ids[k]!]!;
  return dot;
}
