import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { asksAbsentYear } from "../../src/search/absent-year.js";

// A made-up article: it names the 2005 winner, no other year's.
const text = `---
title: Balap Kota Lama
---
Balap Kota Lama 2005 dimenangkan oleh pembalap muda bernama Rudi Santoso.

Lomba itu diikuti dua puluh pembalap dari delapan negara.`;
const corpus = { articles: [parseArticle("balap.md", "balap", text)] };
const index = new SearchIndex(corpus);
const absent = (question: string) => asksAbsentYear(analyseQuery(question, index), index);

describe("a year the article never writes", () => {
  it("is read in a question that names one, and not when the article writes it", () => {
    expect(absent("Siapa pemenang Balap Kota Lama 2004?")).toBe(true);
    expect(absent("Who won the race in 1999?")).toBe(true);
    expect(absent("Siapa pemenang Balap Kota Lama 2005?")).toBe(false);
  });

  it("is not read in other numbers", () => {
    expect(absent("Berapa pembalap yang ikut, 20 atau 30?")).toBe(false);
    expect(absent("Siapa pemenang lomba itu?")).toBe(false);
  });

  it("declines the question rather than answer with another year's winner", () => {
    const bot = createBot(corpus);
    expect(bot.ask("Siapa pemenang Balap Kota Lama 2004?").answered).toBe(false);
    expect(bot.ask("Siapa pemenang Balap Kota Lama 2005?").answer?.span?.text).toBe("Rudi Santoso");
  });
});
