import type { Ranked } from "./rank.js";

/**
 * The k best of a stream of scored sentences, kept sorted (score descending, then position
 * ascending): a question ranks thousands of candidates but reads only the first few. Kept in two
 * typed arrays, shifted in place: an offer allocates nothing.
 */
export class TopK {
  private sentences: Int32Array;
  private scores: Float64Array;
  private count = 0;

  constructor(private k: number) {
    // A k past the first few hundred (or an unbounded one) grows the arrays as items come in.
    const capacity = Math.max(0, Math.min(k, INITIAL_CAPACITY));
    this.sentences = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  /**
   * Empties the list for another stream, of which the k best are kept. The arrays stay: allocating
   * two typed arrays cost a question more than any other step of ranking its best articles.
   */
  reset(k: number): this {
    this.k = k;
    this.count = 0;
    return this;
  }

  offer(sentence: number, score: number): void {
    if (this.k <= 0) return;
    if (this.count === this.sentences.length && this.count < this.k) this.grow();
    const { sentences, scores } = this;
    let kept = this.count;
    if (kept === this.k) {
      // Full: the lowest goes, unless the offer does not beat it.
      if (!better(sentence, score, sentences[kept - 1]!, scores[kept - 1]!)) return;
      kept--;
    }
    let at = kept;
    while (at > 0 && better(sentence, score, sentences[at - 1]!, scores[at - 1]!)) {
      sentences[at] = sentences[at - 1]!;
      scores[at] = scores[at - 1]!;
      at--;
    }
    sentences[at] = sentence;
    scores[at] = score;
    this.count = kept + 1;
  }

  /** True when k items are kept: an offer must then beat the lowest of them. */
  get full(): boolean {
    return this.count === this.k;
  }

  /** The lowest score kept (of the k-th item when full). */
  get lowest(): number {
    return this.count === 0 ? -Infinity : this.scores[this.count - 1]!;
  }

  private grow(): void {
    const capacity = Math.min(this.k, Math.max(INITIAL_CAPACITY, this.sentences.length * 2));
    const sentences = new Int32Array(capacity);
    const scores = new Float64Array(capacity);
    sentences.set(this.sentences);
    scores.set(this.scores);
    this.sentences = sentences;
    this.scores = scores;
  }

  sorted(): Ranked[] {
    const out: Ranked[] = [];
    for (let i = 0; i < this.count; i++) out.push({ sentence: this.sentences[i]!, score: this.scores[i]! });
    return out;
  }
}

const INITIAL_CAPACITY = 256;

function better(sentence: number, score: number, thanSentence: number, thanScore: number): boolean {
  return score > thanScore || (score === thanScore && sentence < thanSentence);
}
