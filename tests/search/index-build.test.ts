import { describe, expect, it } from "vitest";
import { loadCorpus, parseArticle } from "../../src/index.js";
import { SearchIndex } from "../../src/search/index.js";
import { termFrequencies, termFrequenciesOf, words } from "../../src/search/terms.js";
import { withoutSpeechTags } from "../../src/search/speech-tags.js";
import { numberKindsOf } from "../../src/search/number-kinds.js";
import { dateCandidates, pinnedDateCandidates } from "../../src/span/candidates-dates.js";

const corpus = {
  articles: [
    ...loadCorpus("corpus").articles,
    parseArticle("b.md", "b", "---\ntitle: Banjir di Kota Hilir\n---\n\nYg terjadi kemarin, kata dia, negara2 lain tdk. Banjir 5kwh naik 2,5 persen.\n\nPada 24 Maret 2022 pukul 10.00 WIB, 12 orang berusia 45 tahun tiba, tambah Budi.\n"),
  ],
};

describe("index build", () => {
  it("counts each sentence's terms as termFrequencies does, in order, and each article's with its title first", () => {
    const index = new SearchIndex(corpus);
    const field = index.sentenceField;
    index.sentences.forEach((sentence, s) => {
      const expected = termFrequenciesOf(words(withoutSpeechTags(sentence.ref.text)));
      const held = new Map<string, number>();
      for (const term of expected.keys()) {
        const id = index.terms.idOf(term)!;
        const [from, to] = field.range(id);
        for (let p = from; p < to; p++) if (field.docs[p] === s) held.set(term, field.tfs[p]!);
      }
      expect(held).toEqual(expected);
    });
    corpus.articles.forEach((article, a) => {
      const expected = new Map(termFrequencies(article.meta.title ?? ""));
      for (const s of article.sentences) for (const [t, c] of termFrequencies(withoutSpeechTags(s.text))) expected.set(t, (expected.get(t) ?? 0) + c);
      for (const [term, count] of expected) {
        const [from, to] = index.articleField.range(index.terms.idOf(term)!);
        const p = Array.from(index.articleField.docs.subarray(from, to)).indexOf(a);
        expect(index.articleField.tfs[from + p]).toBe(count);
      }
    });
    const vocabulary = new Set<string>();
    for (const article of corpus.articles) {
      for (const s of article.sentences) for (const w of words(withoutSpeechTags(s.text))) vocabulary.add(w);
      for (const w of words(article.meta.title ?? "")) vocabulary.add(w);
    }
    expect([...index.vocabulary]).toEqual([...vocabulary]);
  });

  it("reads pinned dates as the full date reading filtered, and number kinds on every sentence", () => {
    for (const article of corpus.articles) {
      for (const { text } of article.sentences) {
        expect(pinnedDateCandidates(text)).toEqual(dateCandidates(text).filter((d) => d.prior >= 0.8));
      }
    }
    const last = corpus.articles[1]!.sentences.at(-1)!.text;
    expect([...numberKindsOf(last)].sort()).toEqual(["age", "people"]);
  });
});
