/**
 * The ranker passes over sentences that provably cannot enter the best ones kept (SentenceScorer's
 * bounds): a ranking of the 32 best must be exactly the first 32 of a ranking that keeps every
 * sentence (no bound can prune then), scores and ties included. On IndoSum articles, so that most
 * sentences lie outside the best articles; skipped, saying so, where ../shared/benchmarks is absent.
 */
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/index.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { rankSentences } from "../../src/search/rank.js";
import { readJsonl, type QaItem } from "../bench/data.js";
import { hasIndoSum, indoSumArticle, loadIndoSum, SKIPPED } from "../bench/indosum.js";
import { TopK } from "../../src/search/top-k.js";
import { SentenceScorer } from "../../src/search/sentence-scorer.js";
import { answerTypeMask } from "../../src/search/entities.js";
import type { Query } from "../../src/search/query.js";

const available = hasIndoSum() && readJsonl<QaItem>("tydiqa-id-goldp-dev.jsonl") !== null;

describe.skipIf(!available)(`ranking with its bounds (${SKIPPED})`, () => {
  it("keeps exactly the best sentences a ranking of every sentence keeps", () => {
    const corpus: Corpus = { articles: loadIndoSum().slice(0, 300).map(indoSumArticle) };
    const index = new SearchIndex(corpus);
    // Not definition questions: their boost re-sorts the kept list, so a longer list may differ in its head.
    const queries = readJsonl<QaItem>("tydiqa-id-goldp-dev.jsonl")!
      .slice(0, 200)
      .map((item) => analyseQuery(item.question, index))
      .filter((query) => query.groups.length > 0 && !query.defines);
    expect(queries.length).toBeGreaterThan(100);
    let pruned = 0;
    for (const query of queries) {
      const all = rankSentences(query, index, Number.MAX_SAFE_INTEGER);
      for (const limit of [1, 5, 32, 100]) expect(rankSentences(query, index, limit)).toEqual(all.slice(0, limit));
      if (all.length > 32) pruned++;
    }
    // The bounds had something to pass over in most questions.
    expect(pruned).toBeGreaterThan(queries.length / 2);
  });
});

describe("SentenceScorer.ownScoreBelow", () => {
  it("is the own score under which no sentence reaches the floor, and no lower", () => {
    // Two sentences of one article: the first holds a date (the kind a "kapan" question asks), the other nothing.
    const index = { articleOf: Int32Array.of(0, 0), answerTypes: Uint16Array.of(answerTypeMask("pada 24 Maret 2022"), 0) } as unknown as SearchIndex;
    const query = { type: "time", detail: undefined } as unknown as Query;
    let random = 7;
    const next = (): number => ((random = (random * 16807) % 2147483647) / 2147483647);
    for (let trial = 0; trial < 2000; trial++) {
      const [floor, article, neighbours] = [1 + 50 * next(), 10 * next(), 10 * next()];
      const own = new Float64Array(2);
      const scorer = new SentenceScorer(query, index, own, Float64Array.of(article));
      const least = scorer.ownScoreBelow(floor, article, neighbours);
      if (least === -Infinity) {
        // Only when even an own score of 0 could reach the floor.
        expect(scorer.scoreOf(0, neighbours)).toBeGreaterThanOrEqual(floor * (1 - 1e-6));
        continue;
      }
      own[0] = least * (1 - Number.EPSILON);
      expect(scorer.scoreOf(0, neighbours)).toBeLessThan(floor);
      own[0] = least + 1e-6 * floor;
      expect(scorer.scoreOf(0, neighbours)).toBeGreaterThanOrEqual(floor);
    }
  });
});

describe("TopK", () => {
  it("keeps the k best, ties by position, and starts afresh on reset", () => {
    const kept = new TopK(3);
    for (const [sentence, score] of [[5, 1], [2, 3], [9, 3], [1, 2], [7, 0.5]] as const) kept.offer(sentence, score);
    expect(kept.sorted()).toEqual([{ sentence: 2, score: 3 }, { sentence: 9, score: 3 }, { sentence: 1, score: 2 }]);
    expect(kept.reset(2).full).toBe(false);
    kept.offer(4, 1);
    kept.offer(3, 1);
    kept.offer(8, 0.1);
    expect(kept.sorted()).toEqual([{ sentence: 3, score: 1 }, { sentence: 4, score: 1 }]);
    // A larger k than the arrays were made for: they grow.
    kept.reset(600);
    for (let i = 0; i < 600; i++) kept.offer(i, i);
    expect(kept.sorted()[0]).toEqual({ sentence: 599, score: 599 });
    expect(kept.sorted()).toHaveLength(600);
  });
});
