import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";

// A made-up article: Wulan is quoted; the governor of Arvenia is only mentioned, as the one urged.
const text = `---
title: Wali Kota Desak Gubernur Perbaiki Jembatan
---
Wali Kota Wulan Sarimah mendesak Gubernur Arvenia, Dani Prakoso, untuk segera memperbaiki jembatan yang rusak akibat banjir.

"Jembatan ini adalah jalur utama warga menuju pasar," kata Wulan di Balai Kota, Senin.

Menurut Wulan, perbaikan jembatan membutuhkan biaya sekitar Rp 4 miliar.`;
const bot = createBot({ articles: [parseArticle("jembatan.md", "jembatan", text)] });

describe("'apa kata X' about someone the article never quotes", () => {
  it("declines, says what is missing, and offers the nearest sentences", () => {
    const answer = bot.ask("Apa kata Dani Prakoso menanggapi desakan wali kota soal jembatan?");
    expect(answer.answered).toBe(false);
    expect(answer.asked).toBe("apa kata Dani Prakoso");
    expect(answer.alternatives[0]!.text).toMatch(/mendesak Gubernur Arvenia/);
    const reply = bot.answer("Apa kata Dani Prakoso menanggapi desakan wali kota soal jembatan?").reply;
    expect(JSON.stringify(reply.blocks)).toMatch(/Artikel ini tidak menyebutkan apa kata Dani Prakoso/);
  });

  it("says it in English for an English question", () => {
    const answer = bot.ask("What did Dani Prakoso say about the mayor's call?");
    expect(answer.answered).toBe(false);
    expect(answer.asked).toBe("what Dani Prakoso said");
  });

  it("leaves questions about someone it quotes, and pronouns, to the answer", () => {
    expect(bot.ask("apa kata wulan soal jembatan?").answered).toBe(true);
    expect(bot.ask("Apa kata dia soal biaya jembatan?").answered).toBe(true);
    expect(bot.ask("Berapa biaya perbaikan jembatan?").answered).toBe(true);
  });
});
