import type { Article, Corpus, Sentence } from "../types.js";
import { prepareSynonyms } from "../text/synonyms.js";
import { prepareWrittenAbbreviations } from "../text/abbreviations-written.js";
import { prepareCommonWords } from "../span/common-words.js";
import { answerTypeMask } from "./entities.js";
import { Field, FieldBuilder, Terms } from "./field.js";
import { FuzzyVocabulary } from "./fuzzy.js";
import { resourcesWith, type Resources } from "./resources.js";
import { prepareScores } from "./scores.js";
import { withoutSpeechTags } from "./speech-tags.js";
import { topicTerms } from "./topic.js";
import { termFrequencies, words } from "./terms.js";
import { SentenceTermReader } from "./sentence-terms.js";
import { CopulaHeads } from "./copula-heads.js";
import { copulaHead } from "./definition.js";

export interface IndexOptions {
  /** The lexical resources questions are expanded with, and their weights (default: RETRIEVAL's). */
  readonly resources?: Partial<Resources>;
}

export interface IndexedSentence {
  readonly ref: Sentence;
  /** Position of the sentence's article in the corpus. */
  readonly article: number;
}

/** Everything retrieval needs, built once per corpus; the work a first question would do is done here. */
export class SearchIndex {
  readonly sentences: IndexedSentence[] = [];
  readonly terms = new Terms();
  readonly sentenceField: Field;
  readonly articleField: Field;
  /** Terms of each article's title, for crediting a question word the title answers. */
  readonly titleTerms: ReadonlyMap<string, number>[] = [];
  /** Per article: its topic terms (see topicTerms). */
  readonly topics: readonly Set<number>[];
  /** For each topic term, the articles it is a topic term of. */
  readonly topicArticles = new Map<number, Set<number>>();
  /**
   * Per posting of the sentence field (its position in `docs`): 1 when the term is a topic term of
   * the sentence's article, so scoring reads a flag instead of looking the article up.
   */
  readonly topicPostings: Uint8Array;
  /** Every word form of the corpus, folded, for typo-tolerant lookup. */
  readonly vocabulary = new Set<string>();
  readonly fuzzy: FuzzyVocabulary;
  /** Each article's sentences are the index positions [start, end). */
  readonly articleRanges: { readonly start: number; readonly end: number }[] = [];
  /** Per sentence: its article's position. */
  readonly articleOf: Int32Array;
  /** Per sentence: the kinds of answer it holds, as bits (see answerTypeMask). */
  readonly answerTypes: Uint16Array;
  /** Per sentence: the terms before its copula, for definition questions (see CopulaHeads). */
  readonly copulaHeads: CopulaHeads;
  /** Per sentence: its term ids, sorted, at sentenceTerms[termStart[s] .. termStart[s + 1]). */
  private readonly termStart: Int32Array;
  private readonly sentenceTerms: Int32Array;
  private readonly articlesById: ReadonlyMap<string, Article>;
  /** The lexical resources questions on this index are expanded with (see IndexOptions). */
  readonly resources: Resources;

  constructor(readonly corpus: Corpus, options: IndexOptions = {}) {
    this.resources = resourcesWith(options.resources);
    const sentenceBuilder = new FieldBuilder(this.terms);
    const articleBuilder = new FieldBuilder(this.terms);
    const masks: number[] = [];
    const reader = new SentenceTermReader(this.terms, this.vocabulary);
    corpus.articles.forEach((article, articleIndex) => {
      const title = article.meta.title ?? "";
      const titleTf = termFrequencies(title);
      this.titleTerms.push(titleTf);
      const start = this.sentences.length;
      for (const sentence of article.sentences) {
        const { ids, counts } = reader.read(withoutSpeechTags(sentence.text));
        sentenceBuilder.addIds(ids, counts);
        this.sentences.push({ ref: sentence, article: articleIndex });
        masks.push(answerTypeMask(sentence.text));
      }
      for (const word of words(title)) this.vocabulary.add(word);
      const { ids, counts } = reader.endArticle(titleTf);
      articleBuilder.addIds(ids, counts);
      this.articleRanges.push({ start, end: this.sentences.length });
    });
    this.articlesById = new Map(corpus.articles.map((a) => [a.id, a]));
    this.sentenceField = sentenceBuilder.build();
    this.articleField = articleBuilder.build();
    this.articleOf = Int32Array.from(this.sentences, (s) => s.article);
    this.answerTypes = Uint16Array.from(masks);
    [this.termStart, this.sentenceTerms] = sentenceTermLists(this.sentenceField, this.sentences.length);
    const titles = this.titleTerms.map((title) => [...title.keys()].map((term) => this.terms.intern(term)));
    this.topics = topicTerms(titles, this.articleRanges, (s) => this.sentenceTerms.subarray(this.termStart[s]!, this.termStart[s + 1]!));
    this.topics.forEach((topic, article) => {
      for (const id of topic) {
        const set = this.topicArticles.get(id) ?? new Set<number>();
        this.topicArticles.set(id, set.add(article));
      }
    });
    this.topicPostings = topicPostingFlags(this.sentenceField, this.topicArticles, this.articleOf);
    // Stems join the fuzzy vocabulary: a typo of a root ("tekat") finds it even when the corpus only
    // has derived forms ("bertekad").
    this.fuzzy = new FuzzyVocabulary([...this.vocabulary, ...this.terms.keys()]);
    prepareSynonyms();
    prepareWrittenAbbreviations();
    prepareCommonWords();
    // After every term is numbered: a head's terms are read by id.
    this.copulaHeads = new CopulaHeads(this.sentences.map((s) => s.ref.text), this.terms, copulaHead);
    prepareScores(this.sentenceField, this.topicPostings);
    prepareScores(this.articleField, null);
  }

  /** The corpus's article with this id. */
  articleWithId(id: string): Article | undefined {
    return this.articlesById.get(id);
  }

  /** True when the term is one of the article's topic terms. */
  isTopic(article: number, term: string): boolean {
    return this.isTopicId(article, this.termId(term));
  }

  /** isTopic by term id (see termId). */
  isTopicId(article: number, id: number): boolean {
    return this.topics[article]!.has(id);
  }

  /** True when some sentence or title holds the term. */
  hasTerm(term: string): boolean {
    return this.articleField.documentFrequency(term) > 0;
  }

  /** hasTerm by term id (see termId). */
  hasTermId(id: number): boolean {
    return this.articleField.documentFrequencyOf(id) > 0;
  }

  /**
   * The term's id, or -1 for a term the index has never seen. A query's terms are looked up once
   * (src/search/query.ts): ranking and the evidence read them by id, sentence after sentence.
   */
  termId(term: string): number {
    return this.terms.idOf(term) ?? -1;
  }

  /** True when the article (its position) holds the term in its title or a sentence. */
  articleHas(article: number, term: string): boolean {
    const id = this.terms.idOf(term);
    if (id === undefined) return false;
    const [from, to] = this.articleField.range(id);
    return this.articleField.docs.subarray(from, to).includes(article);
  }

  /** True when the sentence (index position) holds the term. */
  sentenceHas(sentence: number, term: string): boolean {
    return this.sentenceHasId(sentence, this.termId(term));
  }

  /** sentenceHas by term id (see termId). */
  sentenceHasId(sentence: number, id: number): boolean {
    if (id < 0) return false;
    let low = this.termStart[sentence]!;
    let high = this.termStart[sentence + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.sentenceTerms[middle]!;
      if (at === id) return true;
      if (at < id) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/** See SearchIndex.topicPostings. */
function topicPostingFlags(field: Field, topicArticles: ReadonlyMap<number, ReadonlySet<number>>, articleOf: Int32Array): Uint8Array {
  const flags = new Uint8Array(field.docs.length);
  for (const [term, articles] of topicArticles) {
    const [from, to] = field.range(term);
    for (let p = from; p < to; p++) if (articles.has(articleOf[field.docs[p]!]!)) flags[p] = 1;
  }
  return flags;
}

/** Each sentence's term ids, sorted, laid out flat (the field's postings read the other way round). */
function sentenceTermLists(field: Field, count: number): [Int32Array, Int32Array] {
  const start = new Int32Array(count + 1);
  for (const doc of field.docs) start[doc + 1]!++;
  for (let s = 0; s < count; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, count);
  const terms = new Int32Array(field.docs.length);
  // Postings are walked term by term in increasing term id, so each sentence's list comes out sorted.
  for (let term = 0, at = 0; at < field.docs.length; term++) {
    const [from, to] = field.range(term);
    for (let p = from; p < to; p++, at++) terms[fill[field.docs[p]!]!++] = term;
  }
  return [start, terms];
}
