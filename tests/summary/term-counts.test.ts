import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/index.js";
import { termCountsOf, textRank, textRankOf, vectorsOf } from "../../src/summary/centrality.js";
import { termCountsOfTexts } from "../../src/summary/term-counts.js";

// Chat spellings, reduplication, compounds, numbers with units and a repeated word: every path of words().
const EXTRA = ["Negara2 itu yg paling kuat, kata dia: negara-negara lain tdk.", "Harga 5kwh naik 2,5 persen; harga NATO's naik lagi.", ""];

describe("summary term counts read straight from the text", () => {
  it("equal termCountsOf over each sentence's termFrequencies, ids and order included", () => {
    const texts = [...loadCorpus("corpus").articles[0]!.sentences.map((s) => s.text), ...EXTRA];
    const flat = termCountsOfTexts(texts);
    const expected = termCountsOf(vectorsOf(texts));
    expect(flat.terms).toBe(expected.terms);
    expect(Array.from(flat.start)).toEqual(Array.from(expected.start));
    expect(Array.from(flat.ids)).toEqual(Array.from(expected.ids));
    expect(Array.from(flat.counts)).toEqual(Array.from(expected.counts));
  });

  it("give the same TextRank scores, to the last bit", () => {
    const texts = loadCorpus("corpus").articles[0]!.sentences.map((s) => s.text);
    const prior = texts.map((_, i) => 1 / (1 + i));
    expect(textRankOf(termCountsOfTexts(texts), prior)).toEqual(textRank(vectorsOf(texts), prior));
  });
});
