import type { Corpus, Sentence } from "../types.js";
import { answerTypesOf } from "./entities.js";
import { FuzzyVocabulary } from "./fuzzy.js";
import type { QuestionType } from "./question-type.js";
import { termFrequencies, words } from "./terms.js";

/** One posting: which document holds the term, and how often. */
export interface Posting {
  readonly doc: number;
  readonly tf: number;
}

/** A BM25 field: documents' term postings and lengths. Sentences are one field, articles another. */
export class Field {
  readonly postings = new Map<string, Posting[]>();
  readonly lengths: number[] = [];
  private totalLength = 0;

  add(tf: ReadonlyMap<string, number>): number {
    const doc = this.lengths.length;
    let length = 0;
    for (const [term, count] of tf) {
      const list = this.postings.get(term);
      if (list) list.push({ doc, tf: count });
      else this.postings.set(term, [{ doc, tf: count }]);
      length += count;
    }
    this.lengths.push(length);
    this.totalLength += length;
    return doc;
  }

  get size(): number {
    return this.lengths.length;
  }

  get averageLength(): number {
    return this.size === 0 ? 1 : Math.max(1, this.totalLength / this.size);
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** BM25's idf (never negative). */
  idf(term: string): number {
    const n = this.size;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

export interface IndexedSentence {
  readonly ref: Sentence;
  /** Position of the sentence's article in the corpus. */
  readonly article: number;
  readonly terms: ReadonlyMap<string, number>;
  readonly answerTypes: ReadonlySet<QuestionType>;
}

/** Everything retrieval needs, built once per corpus. */
export class SearchIndex {
  readonly sentences: IndexedSentence[] = [];
  readonly sentenceField = new Field();
  readonly articleField = new Field();
  /** Terms of each article's title, for crediting a question word the title answers. */
  readonly titleTerms: ReadonlyMap<string, number>[] = [];
  /** Every word form of the corpus, folded, for typo-tolerant lookup. */
  readonly vocabulary = new Set<string>();
  readonly fuzzy: FuzzyVocabulary;
  /** Each article's sentences are the index positions [start, end). */
  readonly articleRanges: { readonly start: number; readonly end: number }[] = [];

  constructor(readonly corpus: Corpus) {
    corpus.articles.forEach((article, articleIndex) => {
      const title = article.meta.title ?? "";
      const titleTf = termFrequencies(title);
      this.titleTerms.push(titleTf);
      const articleTf = new Map(titleTf);
      const start = this.sentences.length;
      for (const sentence of article.sentences) {
        const terms = termFrequencies(sentence.text);
        this.sentenceField.add(terms);
        this.sentences.push({ ref: sentence, article: articleIndex, terms, answerTypes: answerTypesOf(sentence.text) });
        for (const [term, count] of terms) articleTf.set(term, (articleTf.get(term) ?? 0) + count);
        for (const word of words(sentence.text)) this.vocabulary.add(word);
      }
      for (const word of words(title)) this.vocabulary.add(word);
      this.articleField.add(articleTf);
      this.articleRanges.push({ start, end: this.sentences.length });
    });
    // Stems join the fuzzy vocabulary: a typo of a root ("tekat") finds it even when the corpus only
    // has derived forms ("bertekad").
    this.fuzzy = new FuzzyVocabulary([...this.vocabulary, ...this.sentenceField.postings.keys()]);
  }

  /** True when some sentence or title holds the term. */
  hasTerm(term: string): boolean {
    return this.articleField.documentFrequency(term) > 0;
  }
}
