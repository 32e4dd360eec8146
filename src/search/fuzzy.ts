import Fuse from "fuse.js";
import { RETRIEVAL } from "../defaults.js";

export interface FuzzyHit {
  readonly word: string;
  /** Fuse.js score: 0 is the same word, 1 nothing alike. */
  readonly score: number;
}

const FUSE_OPTIONS = Object.freeze({
  includeScore: true,
  ignoreLocation: true, // match anywhere in the word, not only near its start
  threshold: RETRIEVAL.fuzzyMaxScore,
  isCaseSensitive: true, // both sides are folded to lower case already
});

/**
 * Typo-tolerant lookup of single words in the corpus vocabulary, with Fuse.js doing what it is good
 * at: short strings. The vocabulary is bucketed by first letter so that each search scans a few
 * thousand words, not all of them; a typo in the first letter is rare in chat.
 */
export class FuzzyVocabulary {
  private readonly buckets = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, readonly FuzzyHit[]>();

  constructor(vocabulary: Iterable<string>) {
    for (const word of vocabulary) {
      if (word.length < RETRIEVAL.fuzzyMinLength - 1) continue;
      const key = word[0]!;
      const bucket = this.buckets.get(key) ?? [];
      bucket.push(word);
      this.buckets.set(key, bucket);
    }
  }

  /** Vocabulary words that look like `word` mistyped, best first (at most `limit`). */
  lookup(word: string, limit = 2): readonly FuzzyHit[] {
    if (word.length < RETRIEVAL.fuzzyMinLength) return [];
    const cached = this.cache.get(word);
    if (cached) return cached;
    const fuse = this.fuseFor(word[0]!);
    const hits = (fuse?.search(word, { limit: limit * 4 }) ?? [])
      .filter((r) => Math.abs(r.item.length - word.length) <= 2)
      .slice(0, limit)
      .map((r) => ({ word: r.item, score: r.score ?? 1 }));
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, hits);
    return hits;
  }

  private fuseFor(letter: string): Fuse<string> | undefined {
    const existing = this.fuses.get(letter);
    if (existing) return existing;
    const bucket = this.buckets.get(letter);
    if (!bucket) return undefined;
    const fuse = new Fuse(bucket, FUSE_OPTIONS);
    this.fuses.set(letter, fuse);
    return fuse;
  }
}
