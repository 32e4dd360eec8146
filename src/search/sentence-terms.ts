/**
 * Reads an index's sentences into term ids and counts: each distinct token's words and stems worked
 * out and numbered once, counts kept in arrays by term id rather than a Map per sentence and a Map
 * per article updated for every term of every sentence. Numbering, order and counts are those that
 * termFrequencies() of each sentence, added to a FieldBuilder in turn, gives.
 */
import type { Terms } from "./field.js";
import { TokenMemo, tokenTerms } from "./token-memo.js";
import { tokenize } from "../text/tokens.js";

/** One sentence's term ids, in order of first appearance, and how often each appears. */
export interface SentenceCounts {
  readonly ids: number[];
  readonly counts: number[];
}

export class SentenceTermReader {
  private readonly idsOfToken: TokenMemo<Int32Array>;
  // Per term id: the sentence (serial) it was last counted in and its place in that sentence's list.
  private readonly seenIn: number[] = [];
  private readonly placeIn: number[] = [];
  private sentence = 0;
  // The article being read: per term id, its count and the article (serial) it was last counted in.
  private readonly articleCount: number[] = [];
  private readonly articleSeen: number[] = [];
  private articleOrder: number[] = [];
  private article = 0;

  /** @param vocabulary gets every word of the sentences read, in order of first appearance */
  constructor(
    private readonly terms: Terms,
    vocabulary: Set<string>,
  ) {
    this.idsOfToken = new TokenMemo((token) => {
      const read = tokenTerms(token);
      for (const word of read.words) vocabulary.add(word);
      return Int32Array.from(read.terms, (term) => terms.intern(term));
    });
  }

  /** The sentence's term ids and counts (as termFrequencies of the text), counted for its article too. */
  read(text: string): SentenceCounts {
    const serial = ++this.sentence;
    const ids: number[] = [];
    const counts: number[] = [];
    for (const token of tokenize(text)) {
      for (const id of this.idsOfToken.of(token)) {
        if (this.seenIn[id] === serial) counts[this.placeIn[id]!]!++;
        else {
          this.mark(id, serial, ids.length);
          ids.push(id);
          counts.push(1);
        }
      }
    }
    this.countForArticle(ids, counts);
    return { ids, counts };
  }

  private countForArticle(ids: readonly number[], counts: readonly number[]): void {
    ids.forEach((id, k) => {
      while (this.articleSeen.length <= id) {
        this.articleSeen.push(-1);
        this.articleCount.push(0);
      }
      if (this.articleSeen[id] !== this.article) {
        this.articleSeen[id] = this.article;
        this.articleCount[id] = 0;
        this.articleOrder.push(id);
      }
      this.articleCount[id]! += counts[k]!;
    });
  }

  /**
   * The article's term ids and counts: its title's (numbered here when new, in the title's order),
   * then its sentences' in order of first appearance: the numbering and counts of the title's and
   * sentences' term frequencies merged by term, without spelling every term out and looking it up.
   */
  endArticle(titleTf: ReadonlyMap<string, number>): SentenceCounts {
    const ids: number[] = [];
    const counts: number[] = [];
    const serial = ++this.sentence;
    for (const [term, count] of titleTf) {
      const id = this.terms.intern(term);
      this.mark(id, serial, ids.length);
      ids.push(id);
      counts.push(count);
    }
    for (const id of this.articleOrder) {
      if (this.seenIn[id] === serial) counts[this.placeIn[id]!]! += this.articleCount[id]!;
      else {
        ids.push(id);
        counts.push(this.articleCount[id]!);
      }
    }
    this.articleOrder = [];
    this.article++;
    return { ids, counts };
  }

  // Records that the term is at `place` in the list numbered `serial` (a sentence's or a title's).
  private mark(id: number, serial: number, place: number): void {
    while (this.seenIn.length <= id) {
      this.seenIn.push(0);
      this.placeIn.push(0);
    }
    this.seenIn[id] = serial;
    this.placeIn[id] = place;
  }
}
