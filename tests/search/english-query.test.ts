import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { translateEnglishWord } from "../../src/text/lexicon.js";
import { wordnetTranslations } from "../../src/text/thesaurus.js";

// A made-up article: "korban" where the dictionary spells the English "victim" as "kurban".
const text = `---
title: Banjir Merendam Desa
---
Banjir merendam ratusan rumah di sebuah desa di tepi sungai pada Senin malam.

Para korban banjir ditampung sementara di balai desa dan sekolah terdekat.

Jarak balai desa itu sekitar 300 meter dari sungai.

Petugas mengatakan air mulai surut pada Selasa siang.`;
const corpus = { articles: [parseArticle("banjir.md", "banjir", text)] };
const bot = createBot(corpus);
const index = new SearchIndex(corpus);
const terms = (q: string, word: string) => analyseQuery(q, index).groups.find((g) => g.word === word)?.alternatives.map((a) => a.term) ?? [];

describe("English questions on an Indonesian article", () => {
  it("matches a dictionary translation the article spells another way", () => {
    expect(translateEnglishWord("victims")).toContain("kurban");
    expect(terms("Where were the victims housed?", "victims")).toContain("korban");
    expect(bot.ask("Where were the flood victims housed?").answer?.text).toMatch(/balai desa dan sekolah/);
  });

  it("does not take the look-alikes of short translations ('kanak' is one letter from 'kayak')", () => {
    expect(terms("Which child sang?", "child")).not.toContain("kayak");
  });

  it("does not search for 'far' in 'how far': it says what is asked", () => {
    const query = analyseQuery("How far is the village hall from the river?", index);
    expect(query.groups.map((g) => g.word)).not.toContain("far");
    expect(query.detail).toBe("distance");
    expect(analyseQuery("The river is far from the hall?", index).groups.map((g) => g.word)).toContain("far");
  });

  it("reads a contraction as the words it stands for: 'didn't' is no word to look for", () => {
    const words = (q: string) => analyseQuery(q, index).groups.map((g) => g.word);
    expect(words("Why didn't the water recede on Monday?")).toEqual(words("Why did the water not recede on Monday?"));
    expect(words("Where're the victims housed?")).not.toContain("where're");
    const contracted = bot.ask("Why didn't the flood victims stay home?");
    expect(contracted.confidence).toBe(bot.ask("Why did the flood victims not stay home?").confidence);
  });

  it("keeps the most common Indonesian words of a WordNet sense", () => {
    expect(wordnetTranslations("occur")[0]).toContain("terjadi");
    expect(wordnetTranslations("doctor")[0]).toContain("dokter");
  });

  it("translates an English word mixed into an Indonesian chat question ('flood')", () => {
    expect(terms("flood nya kapan surut sih?", "flood")).toContain("banjir");
    expect(bot.ask("flood nya kapan surut sih?").answer?.text).toMatch(/surut pada Selasa/);
    expect(terms("floodnya kapan surut?", "floodnya")).toContain("banjir");
  });
});

describe("the question's language", () => {
  it("reads an Indonesian question with an English title in it as Indonesian", () => {
    const index = new SearchIndex(corpus);
    expect(analyseQuery("novel z is for zero rencananya rilis kpn?", index).lang).toBe("id");
    expect(analyseQuery("When is the novel Z is for Zero released?", index).lang).toBe("en");
    expect(analyseQuery("lagu we are the world itu siapa penyanyinya?", index).lang).toBe("id");
  });
});
