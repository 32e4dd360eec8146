import Fuse from "fuse.js";
import { RETRIEVAL } from "../defaults.js";
import { editDistance } from "../text/edit-distance.js";

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
 * at: short strings. The vocabulary is bucketed by first letter and length, and a word is looked up
 * only in the buckets of lengths it could have with its allowed typos, so each search scans a few
 * hundred words, not all of them; a typo in the first letter is rare in chat.
 */
export class FuzzyVocabulary {
  private readonly buckets = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, readonly FuzzyHit[]>();

  constructor(vocabulary: Iterable<string>) {
    for (const word of vocabulary) {
      if (word.length < RETRIEVAL.fuzzyMinLength - 1) continue; // one deletion away at most
      const key = bucketKey(word[0]!, word.length);
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
    // Fuse.js proposes; an edit-distance check keeps only what is plausibly the same word mistyped
    // (Fuse's scores are generous: "serikat" scores close to "sepakat").
    const allowed = allowedEdits(word.length);
    const proposals = [];
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      proposals.push(...(this.fuseFor(bucketKey(word[0]!, length))?.search(word, { limit: limit * 3 }) ?? []));
    }
    const hits = proposals
      .map((r) => ({ word: r.item, score: r.score ?? 1, edits: editDistance(word, r.item, allowed) }))
      .filter((h) => h.edits <= allowed)
      .sort((a, b) => a.edits - b.edits || a.score - b.score)
      .slice(0, limit)
      .map(({ word: w, score }) => ({ word: w, score }));
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, hits);
    return hits;
  }

  private fuseFor(key: string): Fuse<string> | undefined {
    const existing = this.fuses.get(key);
    if (existing) return existing;
    const bucket = this.buckets.get(key);
    if (!bucket) return undefined;
    const fuse = new Fuse(bucket, FUSE_OPTIONS);
    this.fuses.set(key, fuse);
    return fuse;
  }
}

/** Typos allowed in a word of this length: 1 up to 7 letters, 2 from 8 on (shorter words never reach here). */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

function bucketKey(letter: string, length: number): string {
  return `${letter}${length}`;
}
