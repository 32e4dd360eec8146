import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import type { Article } from "../../src/types.js";
import { hasIndoSum, indoSumArticle, loadIndoSum } from "../bench/indosum.js";
import { goldArticles, scoreQuotes } from "../bench/eval-quotes.js";

/** Every quote's text stands verbatim in one paragraph; every speaker's name stands in the article. */
function checkProperties(article: Article): number {
  const paragraphs = article.paragraphs.map((p) => p.text);
  const whole = paragraphs.join("\n");
  const { quotes } = extractQuotes(article);
  for (const q of quotes) {
    expect(paragraphs.some((p) => p.includes(q.text)), `${article.id}: ${q.text}`).toBe(true);
    expect(whole.includes(q.speaker), `${article.id}: speaker ${q.speaker}`).toBe(true);
    expect(q.text).toBe(q.text.trim());
    expect(q.paragraph).toBeGreaterThan(0);
    const sentence = article.sentences[q.sentence - 1];
    expect(sentence?.paragraph).toBe(q.paragraph);
    if (q.cue !== "") expect(whole.includes(q.cue)).toBe(true);
  }
  return quotes.length;
}

describe("quote properties", () => {
  it("hold on the corpus article", () => {
    for (const article of loadCorpus("corpus").articles) expect(checkProperties(article)).toBeGreaterThan(0);
  });

  it.runIf(hasIndoSum())("hold on every IndoSum dev article (pre-tokenised text)", () => {
    let total = 0;
    for (const row of loadIndoSum()) total += checkProperties(indoSumArticle(row));
    expect(total).toBeGreaterThan(2_000);
  }, 60_000); // 750 articles: about 2 s alone, but far more on a busy 2-core machine
});

describe.runIf(hasIndoSum())("quote quality floors (measured: direct 100% found, 98.4% speaker; indirect 92.8%, 100%)", () => {
  it("labelled articles load", () => {
    expect(goldArticles().length).toBeGreaterThanOrEqual(9);
  });

  it("stays above the floors", () => {
    const { direct, indirect } = scoreQuotes();
    expect(direct.found / direct.gold).toBeGreaterThanOrEqual(0.98);
    expect(direct.speakerRight / direct.found).toBeGreaterThanOrEqual(0.96);
    expect(indirect.found / indirect.gold).toBeGreaterThanOrEqual(0.9);
    expect(indirect.speakerRight / indirect.found).toBeGreaterThanOrEqual(0.97);
    expect(direct.found / direct.extracted).toBeGreaterThanOrEqual(0.95);
    expect(indirect.found / indirect.extracted).toBeGreaterThanOrEqual(0.95);
  });
});
