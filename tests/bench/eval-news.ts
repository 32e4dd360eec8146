/**
 * (5) The news dev set: right per kind. Ours: the answer is of the question's article and holds a gold
 * span, or, for near-topic questions the article does not answer, a decline. The baselines cannot
 * decline: they are scored top-1 on the answerable questions (their near-topic rows say n/a).
 */
import { fuseWholeQuestion, miniSearchDefaults, type Retriever } from "./baselines.js";
import { answersItem, newsDev, NEWS_SKIPPED, type NewsItem } from "./news.js";
import { ours, type Ours } from "./ours.js";

type Row = readonly [string, string, string, string];
const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
const GROUPS: readonly (readonly [string, (i: NewsItem) => boolean])[] = [
  ["all", () => true],
  ["answerable", (i) => i.kind !== "unanswerable"],
  ["formal", (i) => i.kind === "id"],
  ["chatty", (i) => i.kind === "informal"],
  ["typo", (i) => i.kind === "typo"],
  ["English", (i) => i.kind === "en"],
  ["near-topic declined", (i) => i.kind === "unanswerable"],
];

/** True when our answer to the item is right (an answer holding the gold, or a decline). */
export function oursRight(mine: Ours, item: NewsItem): boolean {
  const a = mine.answer(item.q);
  if (item.kind === "unanswerable") return !a.answered;
  return a.answered && answersItem(item, a.answer);
}

function baselineRight(r: Retriever, item: NewsItem): boolean {
  return item.kind !== "unanswerable" && answersItem(item, r.search(item.q, 1)[0]);
}

export function newsRows(): Row[] | string {
  const dev = newsDev();
  if (!dev) return NEWS_SKIPPED;
  const mine = ours(dev.corpus);
  const baselines = [fuseWholeQuestion(dev.corpus), miniSearchDefaults(dev.corpus)];
  const right = new Map(dev.items.map((i) => [i, [oursRight(mine, i), ...baselines.map((b) => baselineRight(b, i))]]));
  return GROUPS.map(([name, keep]): Row => {
    const items = dev.items.filter(keep);
    const cell = (k: number) => (k > 0 && name.startsWith("near") ? "n/a" : pct(items.filter((i) => right.get(i)![k]).length, items.length));
    return [`(5) news dev, ${name} (n=${items.length})`, cell(0), cell(1), cell(2)];
  });
}
