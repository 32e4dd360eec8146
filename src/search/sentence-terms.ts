/**
 * Reads an index's sentences into term ids and counts: each distinct token's words and stems worked
 * out and numbered once, counts kept in arrays by term id rather than a Map per sentence and a Map
 * per article updated for every term of every sentence. Numbering, order and counts are those that
 * termFrequencies() of each sentence, added to a FieldBuilder in turn, gives; then, each a term of
 * its own, the sentence's multi-word units (src/search/units.ts).
 */
import type { Terms } from "./field.js";
import { TokenMemo, tokenTerms } from "./token-memo.js";
import { tokenize } from "../text/tokens.js";
import { UnitReader, type UnitWord } from "./units.js";

/** One sentence's term ids, in order of first appearance, and how often each appears. */
export interface SentenceCounts {
  readonly ids: number[];
  readonly counts: number[];
}

export class SentenceTermReader {
  /** Per distinct token: its term ids, and its words as multi-word units are looked for. */
  private readonly idsOfToken: TokenMemo<{ readonly ids: Int32Array; readonly unitWords: readonly UnitWord[] | null }>;
  /** Term by id, for the ids this reader numbered. */
  private readonly names: string[] = [];
  // Per term id: the sentence (serial) it was last counted in and its place in that sentence's list.
  private readonly seenIn: number[] = [];
  private readonly placeIn: number[] = [];
  private sentence = 0;
  // The article being read: per term id, its count and the article (serial) it was last counted in.
  private readonly articleCount: number[] = [];
  private readonly articleSeen: number[] = [];
  private articleOrder: number[] = [];
  private article = 0;

  /** Multi-word units, read as terms of their own (src/search/units.ts); null when switched off. */
  private readonly units: UnitReader | null;

  /**
   * @param vocabulary gets every word of the sentences read, in order of first appearance
   * @param units whether multi-word units are read as terms of their own, after the words' terms
   */
  constructor(
    private readonly terms: Terms,
    vocabulary: Set<string>,
    units = true,
  ) {
    const unitReader = units ? new UnitReader() : null;
    this.units = unitReader;
    this.idsOfToken = new TokenMemo((token) => {
      const read = tokenTerms(token);
      for (const word of read.words) vocabulary.add(word);
      const ids = Int32Array.from(read.terms, (term) => {
        const id = terms.intern(term);
        this.names[id] = term;
        return id;
      });
      return { ids, unitWords: unitReader?.wordsOf(read.words) ?? null };
    });
  }

  /** The sentence's term ids and counts (as termFrequencies of the text), counted for its article too. */
  read(text: string): SentenceCounts {
    const serial = ++this.sentence;
    const ids: number[] = [];
    const counts: number[] = [];
    const count = (id: number) => {
      if (this.seenIn[id] === serial) counts[this.placeIn[id]!]!++;
      else {
        while (this.seenIn.length <= id) {
          this.seenIn.push(0);
          this.placeIn.push(0);
        }
        this.seenIn[id] = serial;
        this.placeIn[id] = ids.length;
        ids.push(id);
        counts.push(1);
      }
    };
    for (const token of tokenize(text)) {
      const { ids: tokenIds, unitWords } = this.idsOfToken.of(token);
      for (const id of tokenIds) count(id);
      if (unitWords !== null) this.units!.push(unitWords);
    }
    if (this.units) for (const key of this.units.take()) count(this.idOfUnit(key));
    this.countForArticle(ids, counts);
    return { ids, counts };
  }

  private idOfUnit(key: string): number {
    const id = this.terms.intern(key);
    this.names[id] = key;
    return id;
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

  /** The article's term frequencies: its title's, then its sentences' in order of first appearance. */
  endArticle(titleTf: ReadonlyMap<string, number>): Map<string, number> {
    const tf = new Map(titleTf);
    for (const id of this.articleOrder) {
      const term = this.names[id]!;
      tf.set(term, (tf.get(term) ?? 0) + this.articleCount[id]!);
    }
    this.articleOrder = [];
    this.article++;
    return tf;
  }
}
