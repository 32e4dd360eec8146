import type { Ranked } from "./rank.js";

/**
 * The k best of a stream of scored sentences, kept sorted (score descending, then position
 * ascending): a question ranks thousands of candidates but reads only the first few.
 */
export class TopK {
  private readonly items: Ranked[] = [];

  constructor(private readonly k: number) {}

  offer(sentence: number, score: number): void {
    const items = this.items;
    if (this.k <= 0) return;
    if (items.length === this.k && !better(sentence, score, items[items.length - 1]!)) return;
    let at = items.length;
    while (at > 0 && better(sentence, score, items[at - 1]!)) at--;
    items.splice(at, 0, { sentence, score });
    if (items.length > this.k) items.pop();
  }

  /** True when k items are kept: an offer must then beat the lowest of them. */
  get full(): boolean {
    return this.items.length === this.k;
  }

  /** The lowest score kept (of the k-th item when full). */
  get lowest(): number {
    return this.items[this.items.length - 1]?.score ?? -Infinity;
  }

  sorted(): Ranked[] {
    return this.items;
  }
}

function better(sentence: number, score: number, than: Ranked): boolean {
  return score > than.score || (score === than.score && sentence < than.sentence);
}
