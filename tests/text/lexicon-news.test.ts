import { describe, expect, it } from "vitest";
import { NEWS_LEXICON } from "../../src/text/lexicon-news.js";
import { entryFixes } from "../bench/news-lexicon.js";
import { newsDev } from "../bench/news.js";

// The hand list keeps only entries the news dev set justifies: each fixes at least one English dev
// question that is answered wrongly without it. Skipped where ../shared is absent.
describe.skipIf(newsDev() === null)("news hand list (src/text/lexicon-news.ts)", () => {
  it("holds only entries that each fix a news dev question", { timeout: 120_000 }, () => {
    const fixes = entryFixes()!;
    expect(fixes.size).toBe(Object.keys(NEWS_LEXICON).length);
    for (const [entry, questions] of fixes) expect(questions.length, entry).toBeGreaterThan(0);
  });
});
