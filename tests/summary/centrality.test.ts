import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/index.js";
import { cosine, termCountsOf, textRank, vectorsOf } from "../../src/summary/centrality.js";

// TextRank as defined: every pair of sentences, 30 iterations (quadratic; fine on one article).
function pairwiseTextRank(vectors: readonly Map<string, number>[], prior: readonly number[]): number[] {
  const sim = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const out = sim.map((row) => row.reduce((s, w) => s + w, 0));
  const total = prior.reduce((s, p) => s + p, 0);
  const teleport = prior.map((p) => p / total);
  let rank = teleport.slice();
  for (let k = 0; k < 30; k++) {
    rank = rank.map((_, j) => 0.15 * teleport[j]! + 0.85 * rank.reduce((s, r, i) => (out[i]! > 0 ? s + (r * sim[i]![j]!) / out[i]! : s), 0));
  }
  const max = Math.max(...rank);
  return rank.map((r) => r / max);
}

describe("termCountsOf", () => {
  it("lays each vector's terms out flat, numbered by first appearance, with their counts", () => {
    const counts = termCountsOf([new Map([["banjir", 2], ["jakarta", 1]]), new Map(), new Map([["jakarta", 3], ["warga", 1]])]);
    expect([...counts.start]).toEqual([0, 2, 2, 4]);
    expect([...counts.ids]).toEqual([0, 1, 1, 2]);
    expect([...counts.counts]).toEqual([2, 1, 3, 1]);
    expect(counts.terms).toBe(3);
  });
});

describe("textRank", () => {
  it("scores the default article's sentences as the pairwise definition does", () => {
    const sentences = loadCorpus("corpus").articles[0]!.sentences;
    const vectors = vectorsOf(sentences.map((s) => s.text));
    const prior = sentences.map((_, i) => 1 / (1 + i));
    const expected = pairwiseTextRank(vectors, prior);
    textRank(vectors, prior).forEach((score, i) => expect(score).toBeCloseTo(expected[i]!, 9));
  });
});
