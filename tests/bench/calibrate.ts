/**
 * `npm run calibrate`: sweeps the answer threshold and the weight of the focus coverage in the
 * confidence, on every set at once: the default article's labelled questions, the news dev set (14
 * other articles), TyDi questions asked of the default article (off-topic), and IDK-MRC (other text,
 * answerable and not). It prints the settings that keep at least 95% of off-topic questions declined,
 * best first by the mean of five shares: labelled right, news dev answerable right, news dev
 * near-topic declined, IDK-MRC answerable right, IDK-MRC unanswerable declined. The best row goes into
 * src/defaults.ts (CONFIDENCE) with this output as its reason.
 */
import { loadCorpus, type Corpus } from "../../src/index.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { evidenceFor, rankSentences, type Evidence } from "../../src/search/rank.js";
import { eventFactor, failsQuestion, spanHolds } from "../../src/answer.js";
import { DEFAULT_CORPUS_DIR, holdsAnswer, passageArticle, readJsonl, type QaItem } from "./data.js";
import { readLabelled } from "./eval-qa.js";
import { answersItem, newsDev } from "./news.js";
import { table } from "./table.js";

interface Point extends Evidence {
  readonly set: "own" | "news" | "off" | "idk";
  /** What answerQuestion checks besides the confidence: the kind asked is held, no other gate fails. */
  readonly fit: boolean;
  /** What the confidence is multiplied by (src/answer.ts, eventFactor). */
  readonly factor: number;
  readonly right: boolean;
  readonly answerable: boolean;
}

function point(question: string, index: SearchIndex): { evidence: Evidence & { fit: boolean; factor: number }; best: number | null } {
  const query = analyseQuery(question, index);
  const ranked = query.groups.length === 0 ? [] : rankSentences(query, index);
  if (!ranked[0]) return { evidence: { coverage: 0, known: 0, closeness: 0, answerType: 0, focus: 0, fit: false, factor: 1 }, best: null };
  const best = ranked[0].sentence;
  const evidence = evidenceFor(query, index, ranked);
  // The same gates as answerQuestion (src/answer.ts), read once: the sweep changes only the threshold.
  const typeHeld = evidence.answerType !== 0 || spanHolds(query, question, index, best);
  return { evidence: { ...evidence, fit: typeHeld && !failsQuestion(question, query, index, best), factor: eventFactor(query, index, best) }, best };
}

function points(): Point[] {
  const index = new SearchIndex(loadCorpus(DEFAULT_CORPUS_DIR));
  const textOf = (p: { best: number | null }, at: SearchIndex) => (p.best === null ? "" : at.sentences[p.best]!.ref.text);
  const out: Point[] = readLabelled().map((l) => {
    const p = point(l.q, index);
    return { set: "own", right: l.gold !== null && l.gold.some((g) => textOf(p, index).includes(g)), answerable: l.gold !== null, ...p.evidence };
  });
  const dev = newsDev();
  if (dev) {
    const news = new SearchIndex(dev.corpus);
    for (const item of dev.items) {
      const p = point(item.q, news);
      const ref = p.best === null ? null : news.sentences[p.best]!.ref;
      out.push({ set: "news", right: answersItem(item, ref), answerable: item.kind !== "unanswerable", ...p.evidence });
    }
  }
  for (const t of readJsonl<QaItem>("tydiqa-id-goldp-dev.jsonl") ?? []) {
    out.push({ set: "off", right: false, answerable: false, ...point(t.question, index).evidence });
  }
  for (const it of readJsonl<QaItem>("idkmrc-test.jsonl") ?? []) {
    const passage = new SearchIndex({ articles: [passageArticle("p", it.context, it.title)] } satisfies Corpus);
    const p = point(it.question, passage);
    out.push({ set: "idk", right: !it.is_impossible && holdsAnswer(textOf(p, passage), it.answers), answerable: !it.is_impossible, ...p.evidence });
  }
  return out;
}

const share = (list: readonly Point[], ok: (p: Point) => boolean) => list.filter(ok).length / Math.max(1, list.length);

function main(): void {
  const all = points();
  const of = (set: Point["set"]) => all.filter((p) => p.set === set);
  const [own, news, off, idk] = [of("own"), of("news"), of("off"), of("idk")];
  if (off.length === 0) console.log("skipped the TyDi/IDK-MRC/news sets: ../shared/benchmarks not found");
  const rows: string[][] = [];
  for (const focusWeight of [0, 0.5, 1, 1.5, 2, 3]) {
    for (let threshold = 0.1; threshold < 0.8; threshold += 0.02) {
      const answered = (p: Point) => p.fit && (p.factor * (p.coverage + focusWeight * p.focus)) / (1 + focusWeight) >= threshold;
      const offDeclined = share(off, (p) => !answered(p));
      if (off.length > 0 && offDeclined < 0.95) continue;
      const shares = [
        share(own, (p) => (answered(p) ? p.right : !p.answerable)),
        share(news.filter((p) => p.answerable), (p) => answered(p) && p.right),
        share(news.filter((p) => !p.answerable), (p) => !answered(p)),
        share(idk.filter((p) => p.answerable), (p) => answered(p) && p.right),
        share(idk.filter((p) => !p.answerable), (p) => !answered(p)),
      ];
      const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
      rows.push([String(focusWeight), threshold.toFixed(2), pc(mean), ...shares.map(pc), pc(offDeclined)]);
    }
  }
  rows.sort((a, b) => parseFloat(b[2]!) - parseFloat(a[2]!));
  console.log("chosen: the first row (the best mean; the answer-type and other gates of src/answer.ts on)\n");
  const header = ["focusWeight", "threshold", "mean", "own right", "news answerable right", "news near-topic declined", "IDK answered right", "IDK declined", "off-topic declined"];
  console.log(table(header, rows.slice(0, 12)));
}

const pc = (x: number) => `${(100 * x).toFixed(1)}%`;
main();
