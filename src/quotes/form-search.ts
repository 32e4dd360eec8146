/**
 * Fuse.js over many short strings (a big article's speakers have thousands of name forms), asked
 * one pattern at a time. Fuse.js runs its bitap matcher on every string, which took 30 ms a look-up
 * on a 1 MB article; a cheap letter count rules out most strings first, and Fuse.js scores the rest
 * exactly as it would have among all of them.
 *
 * Why the count is safe: with `ignoreLocation`, Fuse.js accepts a string when some part of it is
 * within k edits of the pattern, k / m <= threshold (m the pattern's length; a pattern over 32
 * characters is matched in 32-character chunks, any of which may match). That part is at most m + k
 * characters long, and each edit loses at most one of the pattern's characters, so some m + k
 * characters of an accepted string hold at least m - k of them. Fuse.js's score of a string depends
 * on that string and the pattern alone (never below the bitap score, which is k / m), and it breaks
 * ties by the strings' order, which the survivors keep.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from "fuse.js";

/** Fuse.js matches a longer pattern in chunks of this many characters (bitap's machine word). */
const CHUNK = 32;

export type FilteredFuseOptions<T> = IFuseOptions<T> & { readonly threshold: number; readonly ignoreLocation: true };

interface Chunk {
  /** Per UTF-16 code unit (as bitap reads them): 1 + its slot in `counts`, 0 when the chunk lacks it. */
  readonly slots: Int8Array;
  /** How many times each distinct character occurs in the chunk. */
  readonly counts: Int32Array;
  /** The fewest of its characters a match holds, and the longest stretch of text they lie in. */
  readonly needed: number;
  readonly window: number;
}

export class FilteredFuse<T> {
  // Lower case, as Fuse.js compares them (counting without case only lets more strings through).
  private readonly lowered: readonly string[];
  // Fuse.js's index of every string, made once: the survivors' entries are taken from it.
  private readonly index: FuseIndex<T>;
  private readonly all: Fuse<T>;

  /** @param options Fuse.js options; `ignoreLocation` must be true (the count assumes it). */
  constructor(
    private readonly items: readonly T[],
    textOf: (item: T) => string,
    private readonly options: FilteredFuseOptions<T>,
  ) {
    this.lowered = items.map((item) => textOf(item).toLowerCase());
    this.index = Fuse.createIndex(options.keys ?? [], items as T[]);
    this.all = new Fuse(items, options, this.index);
  }

  /**
   * What `new Fuse(items, options).search(pattern, { limit })` returns, in the same order; with
   * `maxScore`, only its results scored at most that (a caller that wants no worse looks at fewer).
   */
  search(pattern: string, limit: number, maxScore = this.options.threshold): FuseResult<T>[] {
    const chunks = chunksOf(pattern.toLowerCase(), Math.min(maxScore, this.options.threshold));
    // A blank pattern has nothing to count: Fuse.js answers it (every string, unscored) over all.
    const results = pattern.trim() === "" ? this.all.search(pattern, { limit }) : this.searchSurvivors(chunks, pattern, limit);
    return maxScore < this.options.threshold ? results.filter((r) => (r.score ?? 1) <= maxScore) : results;
  }

  // Fuse.js over the strings that pass the count, with their index entries (not made again).
  private searchSurvivors(chunks: readonly Chunk[], pattern: string, limit: number): FuseResult<T>[] {
    const inWindow = new Int32Array(CHUNK);
    const { keys, records } = this.index.toJSON();
    const kept = records.filter((record) => chunks.some((chunk) => held(this.lowered[record.i]!, chunk, inWindow) >= chunk.needed));
    const index = Fuse.parseIndex<T>({ keys, records: kept.map((record, i) => ({ ...record, i })) });
    const fuse = new Fuse(kept.map((record) => this.items[record.i]!), this.options, index);
    return fuse.search(pattern, { limit }).map((r) => ({ ...r, refIndex: kept[r.refIndex]!.i }));
  }
}

/** The pattern's chunks as Fuse.js cuts them: 32 characters at a time, the last 32 for a remainder. */
function chunksOf(pattern: string, threshold: number): Chunk[] {
  if (pattern.length <= CHUNK) return [chunk(pattern, threshold)];
  const out: Chunk[] = [];
  const whole = pattern.length - (pattern.length % CHUNK);
  for (let i = 0; i < whole; i += CHUNK) out.push(chunk(pattern.slice(i, i + CHUNK), threshold));
  if (whole < pattern.length) out.push(chunk(pattern.slice(-CHUNK), threshold));
  return out;
}

function chunk(text: string, threshold: number): Chunk {
  const slots = new Int8Array(0x10000);
  const counts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (slots[code] === 0) {
      counts.push(0);
      slots[code] = counts.length;
    }
    counts[slots[code]! - 1]!++;
  }
  // The most edits Fuse.js allows, found with its own comparison (errors / length <= threshold).
  let edits = 0;
  while (edits < text.length && (edits + 1) / text.length <= threshold) edits++;
  return { slots, counts: Int32Array.from(counts), needed: text.length - edits, window: text.length + edits };
}

/** The most of the chunk's characters (with their multiplicity) that one window of the text holds. */
function held(text: string, chunk: Chunk, inWindow: Int32Array): number {
  inWindow.fill(0);
  let count = 0;
  let best = 0;
  for (let i = 0; i < text.length && best < chunk.needed; i++) {
    const slot = chunk.slots[text.charCodeAt(i)]! - 1;
    if (slot >= 0 && inWindow[slot]!++ < chunk.counts[slot]!) count++;
    const leaving = i >= chunk.window ? chunk.slots[text.charCodeAt(i - chunk.window)]! - 1 : -1;
    if (leaving >= 0 && --inWindow[leaving]! < chunk.counts[leaving]!) count--;
    best = Math.max(best, count);
  }
  return best;
}
