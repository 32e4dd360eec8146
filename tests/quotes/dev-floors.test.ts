/**
 * Regression floors for the public quote dev set (news-quotes-dev.jsonl), a little below what
 * `npm run eval` measured. Skipped, saying so, where ../shared/benchmarks is absent.
 */
import { describe, expect, it } from "vitest";
import { devScores, readDevQuotes, type DevScores } from "../bench/quotes-dev.js";

const labels = readDevQuotes();

describe.skipIf(labels === null)("quote dev set (skipped: ../shared/benchmarks/news-quotes-dev.jsonl not found)", () => {
  let scores: DevScores;
  const rate = (kind: "direct" | "indirect", ok: (r: DevScores["results"][number]) => boolean) => {
    const mine = scores.results.filter((r) => r.gold.kind === kind);
    return mine.filter(ok).length / mine.length;
  };

  it("finds the quotations and their speakers (measured: direct 100% / 100%, reported 97.6% / 97.6%)", () => {
    scores = devScores()!;
    expect(scores.results).toHaveLength(labels!.length);
    expect(rate("direct", (r) => r.found !== undefined)).toBeGreaterThanOrEqual(0.97);
    expect(rate("direct", (r) => r.right)).toBeGreaterThanOrEqual(0.95);
    expect(rate("indirect", (r) => r.found !== undefined)).toBeGreaterThanOrEqual(0.92);
    expect(rate("indirect", (r) => r.right)).toBeGreaterThanOrEqual(0.92);
  }, 30_000);

  it("gives no quotation to a place or to someone the article only mentions (measured 0)", () => {
    scores ??= devScores()!;
    expect(scores.strayQuotes.map((q) => `${q.article} ${q.speaker}`)).toEqual([]);
  }, 30_000);
});
