/**
 * The sentences' term counts the search index already made (every stem of every content word, as
 * `termFrequencies` counts them), per article, for summary centrality: reading the corpus a second
 * time for them was a fifth of a big article's start-up.
 */
import type { SearchIndex } from "../search/index.js";
import type { TermCounts } from "./centrality.js";

/** For an article (its position in the index's corpus): its sentences' term counts, terms numbered within it. */
export function articleTermCounts(index: SearchIndex): (article: number) => TermCounts {
  const all = sentenceTermCounts(index);
  const local = new Int32Array(index.terms.size).fill(-1);
  return (article) => {
    const { start, end } = index.articleRanges[article]!;
    const [from, to] = [all.start[start]!, all.start[end]!];
    const ids = all.ids.slice(from, to);
    let terms = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (local[id] === -1) local[id] = terms++;
      ids[k] = local[id]!;
    }
    for (let k = from; k < to; k++) local[all.ids[k]!] = -1;
    const starts = all.start.slice(start, end + 1).map((s) => s - from);
    return { start: starts, ids, counts: all.counts.slice(from, to), terms };
  };
}

// Every sentence's terms, read off the sentence field's postings (which run term by term).
function sentenceTermCounts(index: SearchIndex): TermCounts {
  const field = index.sentenceField;
  const count = index.sentences.length;
  const start = new Int32Array(count + 1);
  for (const doc of field.docs) start[doc + 1]!++;
  for (let s = 0; s < count; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, count);
  const ids = new Int32Array(field.docs.length);
  const counts = new Float64Array(field.docs.length);
  for (let term = 0; term < index.terms.size; term++) {
    const [from, to] = field.range(term);
    for (let p = from; p < to; p++) {
      const at = fill[field.docs[p]!]!++;
      ids[at] = term;
      counts[at] = field.tfs[p]!;
    }
  }
  return { start, ids, counts, terms: index.terms.size };
}
