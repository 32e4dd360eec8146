import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { abbreviationsOf, questionWords } from "../../src/search/terms.js";

// A made-up article that writes the office by its abbreviation and the province in full.
const text = `---
title: Pengamanan Mudik
---
Kapolda Jawa Timur Irjen Budi Santoso memimpin apel pengamanan arus mudik di Surabaya pada Senin pagi.

Sebanyak 12.000 personel dikerahkan untuk mengamankan jalur mudik di seluruh provinsi.`;
const bot = createBot({ articles: [parseArticle("mudik.md", "mudik", text)] });

describe("abbreviations in a question", () => {
  it("expands a title and a province, and remembers which abbreviation each word came from", () => {
    expect(questionWords("siapa kapolda jatim?")).toEqual(["siapa", "kepala", "kepolisian", "daerah", "jawa", "timur"]);
    const from = abbreviationsOf("siapa kapolda jatim?");
    expect(from.get("kepolisian")).toBe("kapolda");
    expect(from.get("timur")).toBe("jatim");
    expect(from.has("siapa")).toBe(false);
  });

  it("finds the abbreviation as the article writes it, as well as its expansion", () => {
    const reply = bot.ask("siapa kapolda jatim?");
    expect(reply.answered).toBe(true);
    expect(reply.answer!.text).toMatch(/Irjen Budi Santoso/);
    expect(bot.ask("Siapa Kapolda Jawa Timur?").confidence).toBeGreaterThanOrEqual(0.9);
  });
});
