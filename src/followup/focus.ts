import type { Ranked } from "../search/rank.js";
import type { SearchIndex } from "../search/index.js";
import type { Focus } from "./read.js";

/**
 * A ranking kept to the follow-up's article, with the sentence that answers first (the earlier
 * answer that already holds what is asked, or the next sentence for "terus?") on top.
 */
export function refocus(ranked: readonly Ranked[], focus: Focus, index: SearchIndex): Ranked[] {
  const must = focus.mustHave ?? [];
  const holds = (r: Ranked) => must.length === 0 || must.some((t) => index.sentenceHas(r.sentence, t));
  const inArticle = ranked.filter((r) => index.sentences[r.sentence]!.article === focus.article && holds(r));
  if (focus.first === undefined) return inArticle;
  const top = Math.max(1e-6, inArticle[0]?.score ?? 0) * 1.01;
  return [{ sentence: focus.first, score: top }, ...inArticle.filter((r) => r.sentence !== focus.first)];
}
