import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { abbreviationsHeadedBy } from "../../src/text/abbreviations-written.js";

// A made-up article that names the police station and the fuel only by their abbreviations.
const text = `---
title: Antrean di SPBU
---
Antrean kendaraan mengular di SPBU Jalan Merdeka sejak Senin pagi karena pasokan BBM terlambat.

Jarak SPBU itu dari Polsek Sukamaju sekitar dua kilometer, kata seorang petugas.`;
const bot = createBot({ articles: [parseArticle("antrean.md", "antrean", text)] });

describe("abbreviations an article writes as they are, found from an English question", () => {
  it("finds an abbreviation from the leading words of its expansion, not from a later word", () => {
    expect(abbreviationsHeadedBy(["polisi"])).toContain("polsek");
    expect(abbreviationsHeadedBy(["bahan", "bakar"])).toContain("bbm");
    expect(abbreviationsHeadedBy(["umum"])).not.toContain("spbu");
  });

  it("answers an English question that names the thing in full", () => {
    const reply = bot.ask("How far is the fuel station from the police station?");
    expect(reply.answered).toBe(true);
    expect(reply.answer!.text).toMatch(/Polsek Sukamaju/);
  });
});
