import { IntList } from "./int-list.js";
import { RETRIEVAL } from "../defaults.js";

/** Term ids of the index: every stem gets a small integer, shared by all fields. */
export class Terms {
  private readonly ids = new Map<string, number>();
  // The term looked up last and its id: a question's look-ups often ask for a term twice in a row
  // (whether the corpus holds it, then its id), and the map is big enough for each look-up to cost.
  private lastTerm: string | undefined;
  private lastId: number | undefined;

  get size(): number {
    return this.ids.size;
  }

  idOf(term: string): number | undefined {
    if (term === this.lastTerm) return this.lastId;
    const id = this.ids.get(term);
    this.lastTerm = term;
    this.lastId = id;
    return id;
  }

  intern(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    this.ids.set(term, this.ids.size);
    this.lastTerm = undefined;
    return this.ids.size - 1;
  }

  keys(): IterableIterator<string> {
    return this.ids.keys();
  }
}

/**
 * A BM25 field (sentences are one, articles another): each term's postings, stored flat in typed
 * arrays (term t's documents are docs[start[t] .. start[t + 1]), in document order), so scoring walks
 * plain numbers instead of objects. Built by FieldBuilder.
 */
export class Field {
  /** Per document: BM25's k1 times its length norm, the denominator's constant part. */
  readonly k1Norm: Float64Array;
  /** Per term: BM25's idf (never negative). */
  private readonly idfs: Float64Array;

  constructor(
    private readonly terms: Terms,
    private readonly start: Int32Array,
    readonly docs: Int32Array,
    readonly tfs: Uint16Array,
    readonly lengths: Uint32Array,
  ) {
    const total = lengths.reduce((sum, length) => sum + length, 0);
    const average = lengths.length === 0 ? 1 : Math.max(1, total / lengths.length);
    const { k1, b } = RETRIEVAL;
    this.k1Norm = Float64Array.from(lengths, (length) => k1 * (1 - b + (b * length) / average));
    const n = lengths.length;
    this.idfs = Float64Array.from({ length: start.length - 1 }, (_, t) => {
      const df = start[t + 1]! - start[t]!;
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    });
  }

  get size(): number {
    return this.lengths.length;
  }

  /** The range of the term's postings in `docs` / `tfs` (empty for a term the field lacks). */
  range(term: number): readonly [number, number] {
    if (term >= this.start.length - 1) return [0, 0];
    return [this.start[term]!, this.start[term + 1]!];
  }

  documentFrequency(term: string): number {
    return this.documentFrequencyOf(this.terms.idOf(term) ?? -1);
  }

  /** documentFrequency by term id (-1: a term the index lacks). */
  documentFrequencyOf(term: number): number {
    // Read straight off `start`: the evidence asks this for every alternative of every question word.
    if (term < 0 || term >= this.start.length - 1) return 0;
    return this.start[term + 1]! - this.start[term]!;
  }

  /** BM25's idf (never negative); for a term the field lacks, that of a term in no document. */
  idf(term: string): number {
    const id = this.terms.idOf(term);
    if (id !== undefined && id < this.idfs.length) return this.idfs[id]!;
    return Math.log(1 + (this.size + 0.5) / 0.5);
  }

  idfOf(term: number): number {
    return this.idfs[term]!;
  }
}

/** Collects documents' term counts, then lays them out as a Field. */
export class FieldBuilder {
  // Every document's term ids and counts, one after the other: document d's are at
  // [docStart[d], docStart[d + 1]) (an array or two per sentence held 80 MB on a 30 MB article).
  private readonly docStart: number[] = [0];
  private readonly ids = new IntList();
  private readonly counts = new IntList();

  constructor(private readonly terms: Terms) {}

  /** Adds a document by its term ids and their counts; returns its number. */
  addIds(ids: readonly number[], counts: readonly number[]): number {
    ids.forEach((id, i) => {
      this.ids.push(id);
      this.counts.push(counts[i]!);
    });
    this.docStart.push(this.ids.length);
    return this.docStart.length - 2;
  }

  build(): Field {
    const termCount = this.terms.size;
    const documents = this.docStart.length - 1;
    const start = new Int32Array(termCount + 1);
    for (let k = 0; k < this.ids.length; k++) start[this.ids.at(k) + 1]!++;
    for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
    const fill = start.slice(0, termCount);
    const docs = new Int32Array(start[termCount]!);
    const tfs = new Uint16Array(docs.length);
    const lengths = new Uint32Array(documents);
    for (let doc = 0; doc < documents; doc++) {
      for (let k = this.docStart[doc]!; k < this.docStart[doc + 1]!; k++) {
        const [id, count] = [this.ids.at(k), this.counts.at(k)];
        docs[fill[id]!] = doc;
        tfs[fill[id]!++] = Math.min(count, 0xffff);
        lengths[doc]! += count;
      }
    }
    return new Field(this.terms, start, docs, tfs, lengths);
  }
}
