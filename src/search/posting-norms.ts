import type { Field } from "./field.js";

/**
 * Where BM25 reads each posting's document norm (its k1Norm): `norms[at[p]]`. When every document's
 * length fits 16 bits, `at` holds each posting's document length and `norms` the norm of each length
 * (documents of one length have one norm): scoring then reads a small table and two bytes a posting,
 * in the order it walks the postings, instead of each document's norm at random or eight bytes a
 * posting. Otherwise (a giant article) `at` is the postings' documents and `norms` the field's k1Norm.
 */
export interface PostingNorms {
  readonly at: Uint16Array | Int32Array;
  readonly norms: Float64Array;
}

const MAX_SHORT = 0xffff;

export function postingNorms(field: Field): PostingNorms {
  const { docs, lengths, k1Norm } = field;
  let longest = 0;
  for (const length of lengths) if (length > longest) longest = length;
  if (longest > MAX_SHORT) return { at: docs, norms: k1Norm };
  // The same number k1Norm holds for each document of that length (the same formula of the length).
  const norms = new Float64Array(longest + 1);
  lengths.forEach((length, doc) => (norms[length] = k1Norm[doc]!));
  const at = new Uint16Array(docs.length);
  for (let p = 0; p < docs.length; p++) at[p] = lengths[docs[p]!]!;
  return { at, norms };
}
