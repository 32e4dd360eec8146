import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { lacksAskedEvent, unknownAskedEvent } from "../../src/search/asked-event.js";

// A made-up article: it says when and where the division was formed and where its colonel was born,
// never when it was disbanded or where he died.
const text = `---
title: Divisi Garuda Muda
---
Divisi Garuda Muda dibentuk pada tahun 1946 di Bukittinggi untuk mempertahankan wilayah barat.

Pasukan itu dipimpin oleh Kolonel Hasan, yang lahir di Padang pada tahun 1920.`;
const corpus = { articles: [parseArticle("garuda.md", "garuda", text)] };
const index = new SearchIndex(corpus);
const lacks = (question: string, sentence: number) => lacksAskedEvent(analyseQuery(question, index), index, sentence);

describe("the event a when/where question asks about", () => {
  it("is missing from a sentence that dates or places another event", () => {
    expect(lacks("Kapan Divisi Garuda Muda dibubarkan?", 0)).toBe(true);
    expect(lacks("Di mana Kolonel Hasan meninggal?", 1)).toBe(true);
    expect(lacks("Kapan Kolonel Hasan wafat?", 1)).toBe(true);
  });

  it("is held when the sentence tells that event, in the question's words or another form of them", () => {
    expect(lacks("Kapan Divisi Garuda Muda dibentuk?", 0)).toBe(false);
    expect(lacks("Di mana Kolonel Hasan dilahirkan?", 1)).toBe(false);
    expect(lacks("Kapan pasukan itu dipimpin Kolonel Hasan?", 1)).toBe(false);
  });

  it("is read in English from a past form", () => {
    expect(lacks("When was the division disbanded?", 0)).toBe(true);
    expect(lacks("When was the division established?", 0)).toBe(false);
  });

  it("is not read in other kinds of question, or from a word that only looks like a verb", () => {
    expect(lacks("Siapa yang membubarkan Divisi Garuda Muda?", 0)).toBe(false);
    expect(lacks("emangnya kapan divisi garuda muda dibentuk?", 0)).toBe(false);
  });

  it("lowers the confidence of an answer that dates something else", () => {
    const bot = createBot(corpus);
    const asked = bot.ask("Kapan Divisi Garuda Muda dibentuk?");
    const other = bot.ask("Kapan Divisi Garuda Muda dibubarkan?");
    expect(asked.answered).toBe(true);
    expect(other.confidence).toBeLessThan(asked.confidence);
  });

  it("declines when the article tells the event nowhere, rather than giving another event's date", () => {
    const died = analyseQuery("Kapan Kolonel Hasan wafat?", index);
    expect(unknownAskedEvent(died, index)).toBe(true);
    expect(unknownAskedEvent(analyseQuery("Kapan Kolonel Hasan lahir?", index), index)).toBe(false);
    // "meninggal" is read as "tinggal", which the corpus holds ("warga yang tinggal"): a death is
    // looked for as written.
    const lived = new SearchIndex({ articles: [parseArticle("k.md", "k", "---\ntitle: Kota\n---\nWarga yang tinggal di kota itu menyambut Kolonel Hasan.")] });
    expect(unknownAskedEvent(analyseQuery("Kapan Kolonel Hasan meninggal?", lived), lived)).toBe(true);
    // "terjadi" names no event of its own: the noun before it does.
    expect(unknownAskedEvent(analyseQuery("Kapan pertempuran itu terjadi?", index), index)).toBe(false);
    const bot = createBot(corpus);
    expect(bot.ask("Kapan Kolonel Hasan wafat?").answered).toBe(false);
    expect(bot.ask("Kapan Kolonel Hasan lahir?").answer?.span?.text).toBe("1920");
  });
});
