import type { SearchIndex } from "./index.js";
import type { Alternative } from "./query.js";

/**
 * The index terms gathered for one question word, each with the best weight it came with, and
 * whether one of them is in the corpus yet (checked once per term, as it comes in). A class, not
 * closures made per word: the word's look-ups run for every new word of every question.
 */
export class TermWeights {
  private readonly weights = new Map<string, number>();
  /** The index id of each term, in the order the terms came (that of `weights`). */
  private readonly ids: number[] = [];
  private inCorpus = false;

  constructor(private readonly index: SearchIndex) {}

  add(term: string, weight: number): void {
    const known = this.weights.get(term);
    if (known === undefined) {
      const id = this.index.termId(term);
      this.ids.push(id);
      if (!this.inCorpus) this.inCorpus = this.index.hasTermId(id);
    }
    this.weights.set(term, Math.max(known ?? 0, weight));
  }

  /** True when some term gathered so far is in the corpus. */
  get found(): boolean {
    return this.inCorpus;
  }

  /** The terms gathered so far, in the order they came. */
  terms(): IterableIterator<string> {
    return this.weights.keys();
  }

  /** The gathered terms as the query's alternatives, with their index ids. */
  list(): Alternative[] {
    return [...this.weights].map(([term, weight], i) => ({ term, weight, id: this.ids[i]! }));
  }
}
