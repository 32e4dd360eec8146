import { describe, expect, it } from "vitest";
import { createBot } from "../../src/index.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { resourcesWith } from "../../src/search/resources.js";
import { collocationsIn } from "../../src/text/collocations.js";

// A made-up article: "sekutu" (allies) is what WordNet gives "united" alone.
const text = `---
title: Pertemuan di Helsinki
---
Presiden Finlandia bertemu para sekutu di Helsinki pada Senin.

Perdana Menteri Swedia menggelar konferensi pers seusai pertemuan itu.`;
const corpus = { articles: [parseArticle("helsinki.md", "helsinki", text)] };
const index = new SearchIndex(corpus);
const terms = (q: string, word: string, at = index) => analyseQuery(q, at).groups.find((g) => g.word === word)?.alternatives.map((a) => a.term) ?? [];

describe("English collocations (WordNet through Wordnet Bahasa)", () => {
  it("finds the longest collocation at each place, by the last word's base form too", () => {
    const found = collocationsIn(["who", "is", "the", "president", "of", "the", "united", "states"]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 6, length: 2, name: true });
    expect(found[0]!.words).toContain("amerika serikat");
    expect(collocationsIn(["two", "prime", "ministers"])[0]?.words).toContain("perdana menteri");
    // No collocation with a function word: "set up" reads as its words.
    expect(collocationsIn(["who", "set", "up", "the", "kitchen"])).toEqual([]);
  });

  it("reads a name's words as the name alone: 'united' in 'united states' is not 'allied'", () => {
    expect(terms("Who is the president of the United States?", "united")).toContain("amerika");
    expect(terms("Who is the president of the United States?", "united")).not.toContain("sekutu");
    expect(terms("Were the united allies there?", "united")).toContain("sekutu");
    const bot = createBot(corpus);
    expect(bot.ask("Who is the president of the United States?").answered).toBe(false);
    expect(bot.ask("Who is the president of Finland?").answer?.text).toMatch(/Presiden Finlandia/);
  });

  it("adds a compound to its words' own readings ('press conference': 'konferensi pers')", () => {
    expect(terms("Who held a press conference?", "press")).toEqual(expect.arrayContaining(["konferensi", "pers"]));
    // Switched off with WordNet's words.
    const plain = new SearchIndex(corpus, { resources: resourcesWith({ wordnetWeight: 0 }) });
    expect(terms("Who held a press conference?", "press", plain)).not.toContain("konferensi");
  });
});
