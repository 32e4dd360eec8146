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
 */
export function textRank(vectors: readonly ReadonlyMap<string, number>[], prior: readonly number[], damping = 0.85): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const sim = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const outWeight = sim.map((row) => row.reduce((s, w) => s + w, 0));
  const priorSum = prior.reduce((s, p) => s + p, 0) || 1;
  const teleport = prior.map((p) => p / priorSum);
  let rank = teleport.slice();
  for (let iteration = 0; iteration < 30; iteration++) {
    rank = rank.map((_, j) => {
      let inflow = 0;
      for (let i = 0; i < n; i++) if (outWeight[i]! > 0) inflow += (rank[i]! * sim[i]![j]!) / outWeight[i]!;
      return (1 - damping) * teleport[j]! + damping * inflow;
    });
  }
  const max = Math.max(...rank) || 1;
  return rank.map((r) => r / max);
}
