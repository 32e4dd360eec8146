/** Answer-quality measurements: each returns table rows [measure, ours, Fuse.js, MiniSearch]. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus, type Corpus } from "../../src/index.js";
import { fuseWholeQuestion, miniSearchDefaults, type Retriever } from "./baselines.js";
import { DEFAULT_CORPUS_DIR, holdsAnswer, passageArticle, pooledCorpus, type QaItem } from "./data.js";
import { ours } from "./ours.js";

export interface Labelled {
  readonly q: string;
  readonly gold: readonly string[] | null;
  readonly kind: string;
}

export type Row = readonly [string, string, string, string];
const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);

export function readLabelled(): Labelled[] {
  const file = join(DEFAULT_CORPUS_DIR, "..", "tests", "fixtures", "questions-default.jsonl");
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);
}

/** (1) Own labelled questions: correct sentence, or "not covered" where it is not covered. */
export function labelledRows(labelled: readonly Labelled[]): Row[] {
  const corpus = loadCorpus(DEFAULT_CORPUS_DIR);
  const mine = ours(corpus);
  const baselines = [fuseWholeQuestion(corpus), miniSearchDefaults(corpus)];
  const kinds = ["all", ...new Set(labelled.map((l) => l.kind))];
  return kinds.map((kind): Row => {
    const items = labelled.filter((l) => kind === "all" || l.kind === kind);
    const ok = items.filter((l) => {
      const a = mine.answer(l.q);
      return l.gold === null ? !a.answered : a.answered && l.gold.some((g) => a.answer!.text.includes(g));
    }).length;
    // Baselines cannot decline: they score on answerable questions only, top-1.
    const base = baselines.map((b) => {
      const answerable = items.filter((l) => l.gold !== null);
      return answerable.length === 0 ? "-" : pct(answerable.filter((l) => top1(b, l)).length, answerable.length);
    });
    return [`(1) own labelled, ${kind} (n=${items.length})`, pct(ok, items.length), base[0]!, base[1]!];
  });
}

function top1(r: Retriever, l: Labelled): boolean {
  const text = r.search(l.q, 1)[0]?.text ?? "";
  return l.gold!.some((g) => text.includes(g));
}

/** (2a) TyDi within each passage: top-1 sentence holds the answer. */
export function withinPassageRow(items: readonly QaItem[], label: string): Row {
  const counts = [0, 0, 0];
  for (const item of items) {
    const corpus: Corpus = { articles: [passageArticle("p", item.context, item.title)] };
    [ours(corpus), fuseWholeQuestion(corpus), miniSearchDefaults(corpus)].forEach((r, i) => {
      if (holdsAnswer(r.search(item.question, 1)[0]?.text, item.answers)) counts[i]!++;
    });
  }
  return [label, pct(counts[0]!, items.length), pct(counts[1]!, items.length), pct(counts[2]!, items.length)];
}

/** (2b) All passages pooled into one corpus: top-1 and top-3. */
export function pooledRows(items: readonly QaItem[]): Row[] {
  const { corpus } = pooledCorpus(items);
  const sentences = corpus.articles.reduce((n, a) => n + a.sentences.length, 0);
  const retrievers = [ours(corpus), fuseWholeQuestion(corpus), miniSearchDefaults(corpus)];
  // One search per question and retriever; top-1 and top-3 are read from the same list.
  const lists = retrievers.map((r) => items.map((it) => r.search(it.question, 3)));
  const at = (k: number) =>
    lists.map((per) => pct(items.filter((it, i) => per[i]!.slice(0, k).some((s) => holdsAnswer(s.text, it.answers))).length, items.length));
  const one = at(1);
  const three = at(3);
  return [
    [`(2b) TyDi pooled (${sentences} sentences), top-1`, one[0]!, one[1]!, one[2]!],
    [`(2b) TyDi pooled, top-3`, three[0]!, three[1]!, three[2]!],
  ];
}

/** (3) Off-topic: TyDi questions asked of the default article, share answered "not covered". */
export function offTopicRow(items: readonly QaItem[]): Row {
  const mine = ours(loadCorpus(DEFAULT_CORPUS_DIR));
  const declined = items.filter((it) => !mine.answer(it.question).answered).length;
  return [`(3) TyDi questions vs default article, declined (n=${items.length})`, pct(declined, items.length), "n/a", "n/a"];
}

/** (4) IDK-MRC: answered correctly (answerable), declined (unanswerable). */
export function idkRows(items: readonly QaItem[]): Row[] {
  let right = 0;
  let answerable = 0;
  let declined = 0;
  let impossible = 0;
  for (const item of items) {
    const mine = ours({ articles: [passageArticle("p", item.context, item.title)] });
    const a = mine.answer(item.question);
    if (item.is_impossible) {
      impossible++;
      if (!a.answered) declined++;
    } else {
      answerable++;
      if (a.answered && holdsAnswer(a.answer?.text, item.answers)) right++;
    }
  }
  return [
    [`(4) IDK-MRC answerable, answered correctly (n=${answerable})`, pct(right, answerable), "n/a", "n/a"],
    [`(4) IDK-MRC unanswerable, declined (n=${impossible})`, pct(declined, impossible), "n/a", "n/a"],
  ];
}
