import { RETRIEVAL } from "../defaults.js";
import { askedBits, TYPE_BITS } from "./entities.js";
import type { SearchIndex } from "./index.js";
import type { Query } from "./query.js";
import type { TopK } from "./top-k.js";

/**
 * A sentence's ranking score for one query: its BM25, part of its article's and of its neighbours',
 * boosted when it holds the kind of thing asked (see rankSentences). A class rather than closures
 * made per question, with the weights read once: this runs for every sentence of the best articles.
 */
export class SentenceScorer {
  private readonly typeBit: number;
  // A sentence with a number of another kind than the finer one asked gets part of the boost.
  private readonly coarseBit: number;
  private readonly articleWeight = RETRIEVAL.articleWeight;
  private readonly neighbourWeight = RETRIEVAL.neighbourWeight;
  private readonly typeBoost = 1 + RETRIEVAL.answerTypeBoost;
  private readonly coarseBoost = 1 + RETRIEVAL.answerTypeBoost * RETRIEVAL.coarseTypeShare;
  private readonly articleOf: Int32Array;
  private readonly answerTypes: Uint16Array;

  constructor(
    query: Query,
    index: SearchIndex,
    private readonly sentenceScores: Float64Array,
    private readonly articleScores: Float64Array,
  ) {
    this.typeBit = askedBits(query.type, query.detail);
    this.coarseBit = query.detail ? (TYPE_BITS[query.type] ?? 0) : 0;
    this.articleOf = index.articleOf;
    this.answerTypes = index.answerTypes;
  }

  /**
   * The sentence's score, given the sum of its neighbours' scores; it grows with that sum (every
   * boost is a factor of at least 1), which the pass over sentences outside the best articles relies on.
   */
  scoreOf(sentence: number, neighbours: number): number {
    let value = this.sentenceScores[sentence]! + this.articleWeight * this.articleScores[this.articleOf[sentence]!]!;
    value += this.neighbourWeight * neighbours;
    const types = this.answerTypes[sentence]!;
    if ((types & this.typeBit) !== 0) value *= this.typeBoost;
    else if ((types & this.coarseBit) !== 0) value *= this.coarseBoost;
    return value;
  }

  /**
   * An own score (BM25) below which a sentence scores under `floor` whatever its kind, when its
   * article scores at most `articleScore` and its neighbours at most `neighbours`: the pass over
   * sentences outside the best articles then compares one number before reading anything else.
   * Checked with scoreOf's own arithmetic (rounding only ever raises a result with its operands), so
   * it never passes over a sentence scoreOf would keep.
   */
  ownScoreBelow(floor: number, articleScore: number, neighbours: number): number {
    const boost = Math.max(1, this.typeBit !== 0 ? this.typeBoost : 1, this.coarseBit !== 0 ? this.coarseBoost : 1);
    let own = floor / boost - this.articleWeight * articleScore - this.neighbourWeight * neighbours;
    own -= 1e-9 * Math.abs(floor);
    while (own > 0 && this.boundOf(own, articleScore, neighbours, boost) >= floor) own -= 1e-9 * Math.abs(floor);
    return own > 0 ? own : -Infinity;
  }

  // scoreOf's arithmetic on the given parts, in its order.
  private boundOf(own: number, articleScore: number, neighbours: number, boost: number): number {
    let value = own + this.articleWeight * articleScore;
    value += this.neighbourWeight * neighbours;
    return value * boost;
  }

  /** Offers the sentence, with its neighbours' scores, to the best ones kept. */
  offer(sentence: number, best: TopK): void {
    const value = this.scoreOf(sentence, this.neighbourScore(sentence));
    if (value > 0) best.offer(sentence, value);
  }

  /**
   * Offers every sentence of an article (its index positions [start, end)), as `offer` would one by
   * one: the neighbours are the sentences just read and about to be read, and a sentence that cannot
   * enter the best ones kept is not offered.
   */
  offerArticle(start: number, end: number, best: TopK): void {
    const { sentenceScores } = this;
    let previous = 0;
    for (let sentence = start; sentence < end; sentence++) {
      const next = sentence + 1 < end ? sentenceScores[sentence + 1]! : 0;
      const value = this.scoreOf(sentence, previous + next);
      if (value > 0 && !(best.full && value < best.lowest)) best.offer(sentence, value);
      previous = sentenceScores[sentence]!;
    }
  }

  // The sum of the scores of the sentences before and after, within the same article.
  private neighbourScore(sentence: number): number {
    const { articleOf, sentenceScores } = this;
    const article = articleOf[sentence];
    let sum = 0;
    if (sentence > 0 && articleOf[sentence - 1] === article) sum += sentenceScores[sentence - 1]!;
    if (articleOf[sentence + 1] === article) sum += sentenceScores[sentence + 1]!;
    return sum;
  }
}
