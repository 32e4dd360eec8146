import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";

// A made-up article about one man; the questions name him, or someone else of the same family name.
const text = `---
title: Pelukis Tua
---
Budi Hartono Santoso adalah pelukis asal Bandung yang karyanya dipamerkan di banyak negara.

Santoso meninggal di Bandung pada 12 Maret 2020 setelah lama sakit.

Lukisan terakhirnya kini disimpan di museum kota itu.`;
const corpus = { articles: [parseArticle("pelukis.md", "pelukis", text)] };
const bot = createBot(corpus);
const index = new SearchIndex(corpus);

describe("a name the article never writes", () => {
  it("marks the words a question writes capitalised, past its first word, as names", () => {
    const named = analyseQuery("Kapan Agus Santoso meninggal?", index).groups.filter((g) => g.named).map((g) => g.word);
    expect(named).toEqual(["agus", "santoso"]);
  });

  it("declines a question about someone else, and answers one about the man it names", () => {
    expect(bot.ask("Kapan Agus Wibisono Santoso meninggal?").answered).toBe(false);
    const known = bot.ask("Kapan Budi Santoso meninggal?");
    expect(known.answered).toBe(true);
    expect(known.answer!.text).toMatch(/12 Maret 2020/);
  });
});
