import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { unknownAskedRole } from "../../src/search/asked-role.js";

// A made-up article: it names the company's founder and director, no chief executive or chairman.
const text = `---
title: Balon Angkasa
---
Perusahaan Balon Angkasa didirikan oleh mantan pilot Rina Kartika di Bandung.

Pendiri sekaligus direktur perusahaan itu, Rina Kartika, kini menawarkan wisata balon ke stratosfer.`;
const corpus = { articles: [parseArticle("balon.md", "balon", text)] };
const index = new SearchIndex(corpus);
const unknown = (question: string) => unknownAskedRole(analyseQuery(question, index), index);

describe("a role the corpus never names", () => {
  it("is read in a 'who' question that asks for its holder, in Indonesian or English", () => {
    expect(unknown("Siapa CEO Balon Angkasa?")).toBe(true);
    expect(unknown("Who is the CEO of Balon Angkasa?")).toBe(true);
    expect(unknown("Who is the chairman of Balon Angkasa?")).toBe(true);
  });

  it("is not read when the corpus names the role, in other kinds of question, or in a word that is no role", () => {
    expect(unknown("Siapa direktur perusahaan itu?")).toBe(false);
    expect(unknown("Apa yang ditawarkan CEO perusahaan itu?")).toBe(false);
    expect(unknown("Siapa wakil pendiri perusahaan itu?")).toBe(false);
  });

  it("declines rather than name whoever holds another role", () => {
    const bot = createBot(corpus);
    expect(bot.ask("Siapa CEO Balon Angkasa?").answered).toBe(false);
    expect(bot.ask("Siapa pendiri Balon Angkasa?").answer?.span?.text).toBe("Rina Kartika");
  });
});
