import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { saysOpposite } from "../../src/search/opposite.js";

// A made-up article: it names the first head of a club and its biggest field, not the last head or
// the smallest field.
const text = `---
title: Klub Catur Merdeka
---
Ketua pertama Klub Catur Merdeka adalah Budi Hartono, seorang guru sejarah.

Lapangan terbesar milik klub itu berada di Desa Sukamaju, dekat rumah para pemain muda.`;
const corpus = { articles: [parseArticle("catur.md", "catur", text)] };
const index = new SearchIndex(corpus);
const opposite = (question: string, sentence: number) => saysOpposite(analyseQuery(question, index), index, sentence);

describe("a sentence that says the opposite of what is asked", () => {
  it("is read from opposite roots and superlatives", () => {
    expect(opposite("Siapa ketua terakhir Klub Catur Merdeka?", 0)).toBe(true);
    expect(opposite("Di mana lapangan terkecil klub itu?", 1)).toBe(true);
  });

  it("is not read when the sentence holds the asked word, the question asks for both, or a stem only looks alike", () => {
    expect(opposite("Siapa ketua pertama Klub Catur Merdeka?", 0)).toBe(false);
    expect(opposite("Lapangan klub itu yang terbesar atau terkecil?", 1)).toBe(false);
    // "ketua" is not "tua": the "muda" of the second sentence is no opposite of it.
    expect(opposite("Siapa ketua klub itu?", 1)).toBe(false);
  });

  it("declines the question asked of the opposite, answers the one asked of what is there", () => {
    const bot = createBot(corpus);
    expect(bot.ask("Siapa ketua terakhir Klub Catur Merdeka?").answered).toBe(false);
    expect(bot.ask("Siapa ketua pertama Klub Catur Merdeka?").answer?.span?.text).toBe("Budi Hartono");
  });
});
