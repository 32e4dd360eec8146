/**
 * `npm run calibrate`: sweeps the answer threshold and the weight of "known" in the confidence, and
 * prints the settings that keep at least 95% of off-topic questions declined, best first. The chosen
 * pair goes into src/defaults.ts (CONFIDENCE) with this output as its reason.
 */
import { loadCorpus, type Corpus } from "../../src/index.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { evidenceFor, rankSentences, type Evidence } from "../../src/search/rank.js";
import { DEFAULT_CORPUS_DIR, holdsAnswer, passageArticle, readJsonl, type QaItem } from "./data.js";
import { readLabelled } from "./eval-qa.js";
import { table } from "./table.js";

interface Point extends Evidence {
  readonly set: "own" | "off" | "idk";
  readonly right: boolean;
  readonly answerable: boolean;
}

function point(question: string, index: SearchIndex): { evidence: Evidence; text: string } {
  const query = analyseQuery(question, index);
  const ranked = query.groups.length === 0 ? [] : rankSentences(query, index);
  if (!ranked[0]) return { evidence: { coverage: 0, known: 0, closeness: 0 }, text: "" };
  return { evidence: evidenceFor(query, index, ranked), text: index.sentences[ranked[0].sentence]!.ref.text };
}

function points(): Point[] {
  const index = new SearchIndex(loadCorpus(DEFAULT_CORPUS_DIR));
  const out: Point[] = readLabelled().map((l) => {
    const p = point(l.q, index);
    return { set: "own", right: l.gold !== null && l.gold.some((g) => p.text.includes(g)), answerable: l.gold !== null, ...p.evidence };
  });
  for (const t of readJsonl<QaItem>("tydiqa-id-goldp-dev.jsonl") ?? []) {
    out.push({ set: "off", right: false, answerable: false, ...point(t.question, index).evidence });
  }
  for (const it of readJsonl<QaItem>("idkmrc-test.jsonl") ?? []) {
    const corpus: Corpus = { articles: [passageArticle("p", it.context, it.title)] };
    const p = point(it.question, new SearchIndex(corpus));
    out.push({ set: "idk", right: !it.is_impossible && holdsAnswer(p.text, it.answers), answerable: !it.is_impossible, ...p.evidence });
  }
  return out;
}

const share = (list: readonly Point[], ok: (p: Point) => boolean) => list.filter(ok).length / Math.max(1, list.length);

function main(): void {
  const all = points();
  const own = all.filter((p) => p.set === "own");
  const off = all.filter((p) => p.set === "off");
  const idk = all.filter((p) => p.set === "idk");
  if (off.length === 0) console.log("skipped the TyDi/IDK-MRC sets: ../shared/benchmarks not found");
  const rows: string[][] = [];
  for (const weight of [0, 0.5, 1, 1.5]) {
    for (let threshold = 0.1; threshold < 0.7; threshold += 0.02) {
      const answered = (p: Point) => (p.coverage + weight * p.known) / (1 + weight) >= threshold;
      const offDeclined = share(off, (p) => !answered(p));
      if (off.length > 0 && offDeclined < 0.95) continue;
      const ownRight = share(own, (p) => (answered(p) ? p.right : !p.answerable));
      const idkRight = share(idk.filter((p) => p.answerable), (p) => answered(p) && p.right);
      const idkDeclined = share(idk.filter((p) => !p.answerable), (p) => !answered(p));
      rows.push([String(weight), threshold.toFixed(2), pc(ownRight), pc(offDeclined), pc(idkRight), pc(idkDeclined)]);
    }
  }
  rows.sort((a, b) => parseFloat(b[2]!) - parseFloat(a[2]!));
  console.log(table(["knownWeight", "threshold", "own right", "off-topic declined", "IDK answered right", "IDK declined"], rows.slice(0, 12)));
}

const pc = (x: number) => `${(100 * x).toFixed(1)}%`;
main();
