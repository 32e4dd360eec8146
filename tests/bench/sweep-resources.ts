/**
 * `npx tsx tests/bench/sweep-resources.ts`: sweeps the lexical resources' weights (src/search/resources.ts)
 * on every set the weights can move: news dev (all, answerable, English, near-topic declined), the
 * default article's labelled questions (all, English), TyDi pooled top-1, and TyDi questions asked of
 * the default article (off-topic, declined). IDK-MRC is left out: its questions are Indonesian and
 * single-passage, where the weights of English resources cannot act. The weights in RETRIEVAL come
 * from this table (each setting changes the defaults; the first row is the defaults).
 */
import { loadCorpus } from "../../src/index.js";
import type { Resources } from "../../src/search/resources.js";
import { DEFAULT_CORPUS_DIR, readJsonl, type QaItem } from "./data.js";
import { oursRight } from "./eval-news.js";
import { figures } from "./eval-resources.js";
import { newsDev } from "./news.js";
import { ours } from "./ours.js";
import { table } from "./table.js";

const GRID: Partial<Resources>[] = [
  {},
  ...[0.8, 1].map((translationWeight) => ({ translationWeight })),
  ...[0.5, 0.6, 0.7].map((wordnetWeight) => ({ wordnetWeight })),
  { wordnetSenseDecay: 0.7 },
  { thesaurusWeight: 0.5, thesaurusWeakWeight: 0.3 },
  { thesaurusWeight: 0.7, thesaurusWeakWeight: 0.5 },
  ...[0.5, 0.7].map((synonymWeight) => ({ synonymWeight })),
];

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function row(resources: Partial<Resources>): string[] {
  const dev = newsDev();
  let news = ["-", "-"];
  if (dev) {
    const mine = ours(dev.corpus, { resources });
    const nearTopic = dev.items.filter((i) => i.kind === "unanswerable");
    news = [pct(dev.items.filter((i) => oursRight(mine, i)).length / dev.items.length), pct(nearTopic.filter((i) => oursRight(mine, i)).length / nearTopic.length)];
  }
  const tydi = readJsonl<QaItem>("tydiqa-id-goldp-dev.jsonl") ?? [];
  const own = ours(loadCorpus(DEFAULT_CORPUS_DIR), { resources });
  const declined = tydi.length === 0 ? "-" : pct(tydi.filter((t) => !own.answer(t.question).answered).length / tydi.length);
  const [answerable, english, labelled, labelledEnglish, pooled] = figures(resources);
  return [JSON.stringify(resources), news[0]!, answerable!, english!, news[1]!, labelled!, labelledEnglish!, pooled!, declined];
}

const header = ["changed from the defaults", "news all", "news answerable", "news English", "near-topic declined", "labelled", "labelled English", "TyDi pooled top-1", "off-topic declined"];
console.log(table(header, GRID.map(row)));
