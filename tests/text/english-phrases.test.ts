import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { englishPhraseAt } from "../../src/text/english-phrases.js";

// A made-up article: a president of one country, and a prime minister; no United States.
const text = `---
title: Kunjungan Presiden
---
Presiden Republik Kepulauan Hijau, Amani Lestari, tiba di ibu kota pada Senin pagi untuk kunjungan kenegaraan.

Perdana Menteri Budi Santoso menyambut kedatangannya di bandara bersama para menteri kabinet.`;
const corpus = { articles: [parseArticle("kunjungan.md", "kunjungan", text)] };
const bot = createBot(corpus);
const index = new SearchIndex(corpus);

describe("English names of several words", () => {
  it("finds the longest name at a position, and none inside ordinary words", () => {
    expect(englishPhraseAt(["the", "united", "states", "of"], 1)).toEqual({ length: 2, renderings: expect.arrayContaining(["amerika serikat"]) });
    expect(englishPhraseAt(["prime", "minister"], 0)?.renderings).toContain("perdana menteri");
    expect(englishPhraseAt(["united", "we", "stand"], 0)).toBeNull();
  });

  it("reads 'the United States' as one name, not as 'united' and 'states'", () => {
    const groups = analyseQuery("Who is the president of the United States?", index).groups;
    expect(groups.map((g) => g.word)).toEqual(["president", "united states"]);
    expect(groups[1]!.alternatives.map((a) => a.term)).toContain("amerika");
    expect(groups[1]!.named).toBe(true);
  });

  it("declines a question about a country the article never names, and answers one it does", () => {
    expect(bot.ask("Who is the president of the United States?").answered).toBe(false);
    const minister = bot.ask("Who is the prime minister?");
    expect(minister.answered).toBe(true);
    expect(minister.answer!.text).toMatch(/Budi Santoso/);
  });

  it("leaves Indonesian questions word by word", () => {
    expect(analyseQuery("Siapa perdana menteri itu?", index).groups.map((g) => g.word)).toEqual(["perdana", "menteri"]);
  });
});
