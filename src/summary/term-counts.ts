/**
 * An article's sentences as TermCounts, read straight from the text: the same counts, in the same
 * order, as termCountsOf(termFrequencies of each sentence), without a Map per sentence or stemming
 * every occurrence of a word again (a 30 MB article has five million words, a few ten thousand distinct).
 */
import { TokenMemo, tokenTerms } from "../search/token-memo.js";
import { tokenize } from "../text/tokens.js";
import type { TermCounts } from "./centrality.js";
import { IntList } from "../search/int-list.js";

/** Each text's content-stem counts, terms numbered in order of first appearance, each text's in order of appearance. */
export function termCountsOfTexts(texts: readonly string[]): TermCounts {
  const idOf = new Map<string, number>();
  const idsOfToken = new TokenMemo((token) => tokenTerms(token).terms.map((term) => idOf.get(term) ?? idOf.set(term, idOf.size).get(term)!));
  const start = new Int32Array(texts.length + 1);
  const [ids, counts] = [new IntList(), new IntList()];
  // Per term id: where it was last put in `ids`; at or past the text's start, the text holds it already.
  const lastAt: number[] = [];
  texts.forEach((text, s) => {
    const from = ids.length;
    for (const token of tokenize(text)) {
      for (const id of idsOfToken.of(token)) {
        while (lastAt.length <= id) lastAt.push(-1);
        if (lastAt[id]! >= from) counts.increment(lastAt[id]!);
        else {
          lastAt[id] = ids.length;
          ids.push(id);
          counts.push(1);
        }
      }
    }
    start[s + 1] = ids.length;
  });
  return { start, ids: ids.toArray(), counts: Float64Array.from(counts.toArray()), terms: idOf.size };
}
