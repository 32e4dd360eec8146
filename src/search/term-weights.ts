import type { SearchIndex } from "./index.js";
import type { Alternative } from "./query.js";

/**
 * The index terms gathered for one question word, each with the best weight it came with, and
 * whether one of them is in the corpus yet (checked once per term, as it comes in). A class, not
 * closures made per word: the word's look-ups run for every new word of every question.
 */
export class TermWeights {
  /** Where each term stands in the arrays below, which keep the order the terms came in. */
  private readonly positions = new Map<string, number>();
  private readonly termList: string[] = [];
  private readonly weights: number[] = [];
  /** The index id of each term (SearchIndex.termId). */
  private readonly ids: number[] = [];
  private inCorpus = false;

  constructor(private readonly index: SearchIndex) {}

  add(term: string, weight: number): void {
    const at = this.positions.get(term);
    if (at !== undefined) {
      this.weights[at] = Math.max(this.weights[at]!, weight);
      return;
    }
    const id = this.index.termId(term);
    this.positions.set(term, this.termList.length);
    this.termList.push(term);
    this.weights.push(Math.max(0, weight));
    this.ids.push(id);
    if (!this.inCorpus) this.inCorpus = this.index.hasTermId(id);
  }

  /** True when some term gathered so far is in the corpus. */
  get found(): boolean {
    return this.inCorpus;
  }

  /** The terms gathered so far, in the order they came. */
  terms(): IterableIterator<string> {
    return this.termList.values();
  }

  /**
   * The gathered terms as the query's alternatives, with their index ids. Read from arrays, not
   * the map's entries: this runs for every new word of every question, and the entries' pairs were
   * most of its cost.
   */
  list(): Alternative[] {
    const out: Alternative[] = [];
    for (let i = 0; i < this.termList.length; i++) out.push({ term: this.termList[i]!, weight: this.weights[i]!, id: this.ids[i]! });
    return out;
  }
}
