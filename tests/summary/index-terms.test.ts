import { describe, expect, it } from "vitest";
import { loadCorpus, parseArticle } from "../../src/index.js";
import { SearchIndex } from "../../src/search/index.js";
import { termFrequencies } from "../../src/search/terms.js";
import { textRank, textRankOf, vectorsOf } from "../../src/summary/centrality.js";
import { articleTermCounts } from "../../src/summary/index-terms.js";

const corpus = {
  articles: [
    ...loadCorpus("corpus").articles,
    parseArticle("b.md", "b", "---\ntitle: Banjir\n---\n\nBanjir melanda Jakarta. Warga mengungsi ke masjid.\n\nPemerintah mengirim bantuan banjir. Bantuan tiba sore hari."),
    parseArticle("c.md", "c", "---\ntitle: Harga\n---\n\nHarga beras naik lagi. Pedagang pasar mengeluh harga beras."),
  ],
};

describe("articleTermCounts", () => {
  const index = new SearchIndex(corpus);
  const counts = articleTermCounts(index);

  it("gives each sentence the term counts termFrequencies gives its text", () => {
    corpus.articles.forEach((article, a) => {
      const { start, counts: tf } = counts(a);
      expect(start.length).toBe(article.sentences.length + 1);
      article.sentences.forEach((sentence, s) => {
        const mine = [...tf.subarray(start[s]!, start[s + 1]!)].sort();
        expect(mine).toEqual([...termFrequencies(sentence.text).values()].sort());
      });
    });
  });

  it("numbers terms within the article, so that centrality is the same as from the texts", () => {
    corpus.articles.forEach((article, a) => {
      const prior = article.sentences.map((_, i) => 1 / (1 + i));
      const fromIndex = textRankOf(counts(a), prior);
      const fromText = textRank(vectorsOf(article.sentences.map((s) => s.text)), prior);
      fromIndex.forEach((score, i) => expect(score).toBeCloseTo(fromText[i]!, 12));
      expect(Math.max(...counts(a).ids)).toBe(counts(a).terms - 1);
    });
  });
});
