import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { answerTypesOf, initialsOnlyAnswer } from "../../src/search/entities.js";

// A made-up article: the seller of the stolen phones is named by initials only.
const text = `---
title: Pencurian Ponsel
---
Polisi menangkap seorang pemuda di terminal bus karena menjual ponsel curian kepada para penumpang pada Senin malam.

Dari pengakuan pemuda itu, ponsel tersebut didapat dari seorang pria berinisial RK yang menjualnya dengan harga murah.

Ponsel curian itu kini disita sebagai barang bukti untuk diperiksa lebih lanjut oleh penyidik.`;
const bot = createBot({ articles: [parseArticle("ponsel.md", "ponsel", text)] });

describe("someone named by initials", () => {
  it("reads 'berinisial RK' as naming someone", () => {
    expect(answerTypesOf("ponsel itu didapat dari seorang pria berinisial RK.").has("person")).toBe(true);
    expect(answerTypesOf("ponsel itu didapat dari seorang pria.").has("person")).toBe(false);
  });

  it("answers 'from whom' with the sentence that gives the initials", () => {
    const reply = bot.ask("Dari siapa pemuda itu mendapatkan ponsel curian?");
    expect(reply.answered).toBe(true);
    expect(reply.answer!.text).toMatch(/berinisial RK/);
  });

  it("declines to name someone the question already knows by initials when the article gives only those", () => {
    expect(initialsOnlyAnswer("Siapa nama pria berinisial RK?", "didapat dari seorang pria berinisial RK")).toBe(true);
    expect(initialsOnlyAnswer("Siapa nama pria berinisial RK?", "pria berinisial RK, Rudi Kurniawan, ditangkap")).toBe(false);
    expect(bot.ask("Siapa nama lengkap pria berinisial RK yang menjual ponsel curian itu?").answered).toBe(false);
  });
});
