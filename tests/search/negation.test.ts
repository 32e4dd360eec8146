import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { asksNegated, statesNegation } from "../../src/search/negation.js";

// A made-up article: it says why the lion got his nickname, never why someone did not get one.
const text = `---
title: Singa Padang Pasir
---
Rahman dijuluki singa padang pasir karena keberaniannya dalam perang di perbatasan.

Adiknya tidak pernah ikut berperang karena sakit sejak kecil.`;
const bot = createBot({ articles: [parseArticle("singa.md", "singa", text)] });

describe("negated questions", () => {
  it("reads 'tidak', 'bukan', 'gak' and 'not' inside a question as negating it", () => {
    expect(asksNegated("Kenapa Rahman tidak dijuluki singa?")).toBe(true);
    expect(asksNegated("knp rahman gak dijuluki singa?")).toBe(true);
    expect(asksNegated("Siapa yang bukan presiden pertama?")).toBe(true);
    expect(asksNegated("Why wasn't the match played?")).toBe(true);
  });

  it("does not read a closing 'gak?', '… gak sih?' or 'atau tidak?' as negating", () => {
    expect(asksNegated("nato mau bantu ukraina gak?")).toBe(false);
    expect(asksNegated("china bakal bantu rusia gak sih?")).toBe(false);
    expect(asksNegated("Apakah Rahman ikut berperang atau tidak?")).toBe(false);
  });

  it("reads a sentence's 'tidak', 'belum', 'jangan' or 'tanpa' as stating a negation", () => {
    expect(statesNegation("Nomor itu jangan digunakan sampai sepuluh tahun.")).toBe(true);
    expect(statesNegation("Rahman dijuluki singa karena keberaniannya.")).toBe(false);
  });

  it("declines a negated question that only a positive sentence matches, and answers one a negative sentence does", () => {
    expect(bot.ask("Kenapa Rahman tidak dijuluki singa padang pasir?").answered).toBe(false);
    expect(bot.ask("Kenapa Rahman dijuluki singa padang pasir?").answered).toBe(true);
    const negative = bot.ask("Kenapa adiknya tidak ikut berperang?");
    expect(negative.answered).toBe(true);
    expect(negative.answer!.text).toMatch(/sakit sejak kecil/);
  });
});
