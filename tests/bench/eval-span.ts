/**
 * Answer spans (`npm run eval`, "Answer spans" table): exact match and token F1 of what is shown
 * first, with two baselines from the same sentences: the whole sentence, and the first stretch of
 * the asked kind in the sentence (no question-aware choice). A question with no span shows the whole
 * sentence, and is scored so.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "../../src/index.js";
import { loadCorpus } from "../../src/index.js";
import { askedKind } from "../../src/span/asked.js";
import { candidatesOf } from "../../src/span/find.js";
import { findSpan } from "../../src/span/find.js";
import { tokensOf } from "../../src/span/tokens.js";
import { DEFAULT_CORPUS_DIR, holdsAnswer, passageArticle, pooledCorpus, readJsonl, type QaItem } from "./data.js";
import { ours } from "./ours.js";
import { bestScores } from "./span-score.js";
import { table } from "./table.js";

type Spanner = (question: string, sentence: string) => string;
export const SPANNERS: ReadonlyArray<readonly [string, Spanner]> = [
  ["tanya-artikel", (q, s) => findSpan(q, s)?.text ?? s],
  ["whole sentence", (_q, s) => s],
  ["first of asked kind", firstOfKind],
];

function firstOfKind(question: string, sentence: string): string {
  const kind = askedKind(question);
  if (!kind) return sentence;
  const first = candidatesOf(kind, sentence, tokensOf(sentence)).sort((a, b) => a.start - b.start || b.end - a.end)[0];
  return first ? sentence.slice(first.start, first.end) : sentence;
}

export interface Scored {
  readonly em: number;
  readonly f1: number;
  readonly n: number;
}

/** Mean EM and F1 of each spanner over (question, sentence, golds) triples. */
export function scoreAll(cases: readonly { q: string; sentence: string; golds: readonly string[] }[]): Scored[] {
  return SPANNERS.map(([, spanner]) => {
    let em = 0;
    let f1 = 0;
    for (const c of cases) {
      const s = bestScores(spanner(c.q, c.sentence), c.golds);
      [em, f1] = [em + s.em, f1 + s.f1];
    }
    const n = Math.max(1, cases.length);
    return { em: em / n, f1: f1 / n, n: cases.length };
  });
}

type Case = { q: string; sentence: string; golds: readonly string[] };

/** The public set's cases: top-1 sentence within each gold passage, and among all passages pooled. */
export function publicCases(items: readonly QaItem[]): { passage: Case[]; pooled: Case[]; right: Case[] } {
  const golds = (it: QaItem) => it.answers.map((a) => a.text);
  const passage = items.map((it) => {
    const corpus: Corpus = { articles: [passageArticle("p", it.context, it.title)] };
    return { q: it.question, sentence: ours(corpus).search(it.question, 1)[0]?.text ?? "", golds: golds(it) };
  });
  const pool = ours(pooledCorpus(items).corpus);
  const pooled = items.map((it) => ({ q: it.question, sentence: pool.search(it.question, 1)[0]?.text ?? "", golds: golds(it) }));
  const right = passage.filter((c, i) => holdsAnswer(c.sentence, items[i]!.answers));
  return { passage, pooled, right };
}

export interface LabelledSpan {
  readonly q: string;
  readonly kind: string;
  /** The article's sentence (1-based, as cited) that answers it. */
  readonly sentence: number;
  /** Right spans of that sentence, verbatim; any one counts. */
  readonly gold: readonly string[];
}

export function readLabelledSpans(): LabelledSpan[] {
  const file = join(DEFAULT_CORPUS_DIR, "..", "tests", "fixtures", "spans-default.jsonl");
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledSpan);
}

/** The labelled questions on the default article, answered by the bot end to end (declined: no span). */
export function labelledCases(labelled: readonly LabelledSpan[]): Case[] {
  const bot = ours(loadCorpus(DEFAULT_CORPUS_DIR));
  return labelled.map((l) => ({ q: l.q, sentence: bot.answer(l.q).answer?.text ?? "", golds: l.gold }));
}

/** The same questions given the sentence that answers them: the span finder alone. */
export function labelledGivenSentence(labelled: readonly LabelledSpan[]): Case[] {
  const [article] = loadCorpus(DEFAULT_CORPUS_DIR).articles;
  return labelled.map((l) => ({ q: l.q, sentence: article!.sentences.find((s) => s.sentence === l.sentence)?.text ?? "", golds: l.gold }));
}

/** Share of cases whose F1 reaches 0.5, for each spanner. */
export function shareAtHalf(cases: readonly Case[]): number[] {
  return SPANNERS.map(([, spanner]) => cases.filter((c) => bestScores(spanner(c.q, c.sentence), c.golds).f1 >= 0.5).length / Math.max(1, cases.length));
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const cells = (scores: readonly Scored[]) => scores.flatMap((s) => [pct(s.em), pct(s.f1)]);

/** The "Answer spans" table. */
export async function evalSpans(): Promise<string> {
  const rows: string[][] = [];
  const spans = readLabelledSpans();
  const labelled = labelledCases(spans);
  const given = labelledGivenSentence(spans);
  rows.push([`(5) default article, own labelled spans, end to end (n=${labelled.length})`, ...cells(scoreAll(labelled))]);
  rows.push([`(5) ... share with F1 >= 0.5, end to end`, ...shareAtHalf(labelled).flatMap((x) => ["", pct(x)])]);
  rows.push([`(5) ... given the sentence that holds the answer`, ...cells(scoreAll(given))]);
  rows.push([`(5) ... share with F1 >= 0.5, given the sentence`, ...shareAtHalf(given).flatMap((x) => ["", pct(x)])]);
  for (const [file, name] of [["tydiqa-id-goldp-dev.jsonl", "TyDi"], ["facqa-test.jsonl", "FacQA"]] as const) {
    const items = readJsonl<QaItem>(file);
    if (!items) {
      rows.push([`${name}: skipped, ../shared/benchmarks not found`, "", "", "", "", "", ""]);
      continue;
    }
    const { passage, pooled, right } = publicCases(items);
    rows.push([`(6) ${name} top-1 sentence in its gold passage (n=${passage.length})`, ...cells(scoreAll(passage))]);
    rows.push([`(6) ${name} top-1 sentence, passages pooled (n=${pooled.length})`, ...cells(scoreAll(pooled))]);
    rows.push([`(6) ${name} where the sentence is right (n=${right.length})`, ...cells(scoreAll(right))]);
  }
  const header = ["measure", ...SPANNERS.flatMap(([name]) => [`${name} EM`, "F1"])];
  return `Answer spans (what is shown first: the span, or the sentence when there is none)\n\n${table(header, rows)}`;
}
