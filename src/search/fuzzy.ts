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
 * Typo-tolerant lookup of single words in the corpus vocabulary. The vocabulary is bucketed by first
 * letter and length (a typo in the first letter is rare in chat), and a word is compared only with
 * the buckets of lengths it could have with its allowed typos. A bounded edit distance picks the
 * plausible words first (most look-ups are of words the corpus lacks, and find nothing); Fuse.js then
 * scores the few that pass, as it would have among all of them (its score of a word depends on that
 * word alone).
 */
export class FuzzyVocabulary {
  private readonly buckets = new Map<string, { words: string[]; letters: number[]; twice: number[] }>();
  private readonly cache = new Map<string, readonly FuzzyHit[]>();
  // One Fuse.js instance, given each look-up's few near words in turn: making one per look-up (its
  // options merged, its key store built) cost a quarter of the scoring.
  private readonly fuse = new Fuse<string>([], FUSE_OPTIONS);

  constructor(vocabulary: Iterable<string>) {
    for (const word of vocabulary) {
      if (word.length < RETRIEVAL.fuzzyMinLength - 1) continue; // one deletion away at most
      const key = bucketKey(word[0]!, word.length);
      const bucket = this.buckets.get(key) ?? { words: [], letters: [], twice: [] };
      const [letters, twice] = letterMasks(word);
      bucket.words.push(word);
      bucket.letters.push(letters);
      bucket.twice.push(twice);
      this.buckets.set(key, bucket);
    }
  }

  /** Vocabulary words that look like `word` mistyped, best first (at most `limit`). */
  lookup(word: string, limit = 2): readonly FuzzyHit[] {
    if (word.length < RETRIEVAL.fuzzyMinLength) return [];
    const cached = this.cache.get(word);
    if (cached) return cached;
    const allowed = allowedEdits(word.length);
    const near: { word: string; edits: number }[] = [];
    const [letters, twice] = letterMasks(word);
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      const bucket = this.buckets.get(bucketKey(word[0]!, length));
      if (!bucket) continue;
      for (let i = 0; i < bucket.words.length; i++) {
        // Each edit brings in at most one letter the other word lacks, counted with repeats: a letter
        // it lacks, or has once where the other has it twice, is one such letter (two if both).
        // A cheap bound before the distance.
        const other = bucket.letters[i]!;
        const otherTwice = bucket.twice[i]!;
        if (bitCount(letters & ~other) + bitCount(twice & ~otherTwice) > allowed) continue;
        if (bitCount(other & ~letters) + bitCount(otherTwice & ~twice) > allowed) continue;
        const candidate = bucket.words[i]!;
        const edits = editDistance(word, candidate, allowed);
        if (edits <= allowed) near.push({ word: candidate, edits });
      }
    }
    const hits = near.length === 0 ? [] : scored(this.fuse, word, near, limit);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, hits);
    return hits;
  }
}

// Fuse.js's score for each near word (those over its threshold drop out), best by edits then score.
function scored(fuse: Fuse<string>, word: string, near: readonly { word: string; edits: number }[], limit: number): FuzzyHit[] {
  const edits = new Map(near.map((n) => [n.word, n.edits]));
  fuse.setCollection(near.map((n) => n.word));
  return fuse
    .search(word)
    .map((r) => ({ word: r.item, score: r.score ?? 1, edits: edits.get(r.item)! }))
    .sort((a, b) => a.edits - b.edits || a.score - b.score)
    .slice(0, limit)
    .map(({ word: w, score }) => ({ word: w, score }));
}

/** Typos allowed in a word of this length: 1 up to 7 letters, 2 from 8 on (shorter words never reach here). */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * One bit per letter a–z the word holds (any other character shares one bit), and one per letter it
 * holds at least twice.
 */
function letterMasks(word: string): [number, number] {
  let once = 0;
  let twice = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    const bit = code >= 0 && code < 26 ? 1 << code : 1 << 26;
    twice |= once & bit;
    once |= bit;
  }
  return [once, twice];
}

function bitCount(value: number): number {
  let n = value - ((value >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function bucketKey(letter: string, length: number): string {
  return `${letter}${length}`;
}
