/**
 * The ranker gives the rankings recorded in tests/fixtures/rankings.json (see tests/bench/rankings.ts):
 * a speed rework must not change an answer. Skipped, saying so, where ../shared/benchmarks is absent.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixedQuestions, record, RANKINGS_FILE, type Recorded } from "../bench/rankings.js";

const fixed = fixedQuestions();

describe.skipIf(fixed === null)("rankings on a fixed question set (skipped: ../shared/benchmarks not found)", () => {
  it("match the recorded ones: same sentences in the same order, same scores, same answers", () => {
    const recorded = readFileSync(RANKINGS_FILE, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Recorded);
    expect(recorded.map((r) => r.q)).toEqual(fixed!.questions);
    const differing = recorded.filter((want) => {
      const got = record(fixed!.index, want.q);
      const sameTop = got.top.length === want.top.length &&
        got.top.every(([s, score], i) => s === want.top[i]![0] && Math.abs(score - want.top[i]![1]) <= 1e-9 * Math.max(1, score));
      return !sameTop || got.answered !== want.answered || got.confidence !== want.confidence;
    });
    expect(differing.map((r) => r.q)).toEqual([]);
  });
});
