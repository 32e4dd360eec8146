import type { Terms } from "./field.js";
import type { Alternative } from "./query.js";

/**
 * Per sentence, the index terms before its copula ("X adalah …") among its first words (see
 * copulaHead in definition.ts), worked out when the index is built: a definition question reads them
 * for each ranked sentence that may define its subject, and reading those sentences word by word then
 * cost more than ranking them.
 */
export class CopulaHeads {
  /** Sentence s's head is ids[start[s] .. start[s + 1]) when present[s] is 1. */
  private readonly start: Int32Array;
  private readonly ids: Int32Array;
  private readonly present: Uint8Array;
  /** The rare heads with a term the index lacks (a word a speech tag hid from it), kept as terms. */
  private readonly asTerms = new Map<number, ReadonlySet<string>>();

  constructor(texts: readonly string[], terms: Terms, headOf: (text: string) => ReadonlySet<string> | null) {
    this.start = new Int32Array(texts.length + 1);
    this.present = new Uint8Array(texts.length);
    const ids: number[] = [];
    texts.forEach((text, sentence) => {
      const head = headOf(text);
      if (head !== null) {
        this.present[sentence] = 1;
        const known = [...head].map((term) => terms.idOf(term) ?? -1);
        if (known.includes(-1)) this.asTerms.set(sentence, head);
        else ids.push(...known);
      }
      this.start[sentence + 1] = ids.length;
    });
    this.ids = Int32Array.from(ids);
  }

  /** True when the sentence has a copula among its first words, with words before it. */
  has(sentence: number): boolean {
    return this.present[sentence] === 1;
  }

  /** True when the alternative's term stands before the sentence's copula. */
  holds(sentence: number, alt: Alternative): boolean {
    const terms = this.asTerms.get(sentence);
    if (terms !== undefined) return terms.has(alt.term);
    if (alt.id < 0) return false;
    for (let i = this.start[sentence]!; i < this.start[sentence + 1]!; i++) if (this.ids[i] === alt.id) return true;
    return false;
  }
}
