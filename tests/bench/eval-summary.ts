/**
 * Extractive summaries on IndoSum (indosum-dev01, 750 news articles) against the gold abstractive
 * summaries: LEAD-3, ours (default settings) and the gold extractive labels (the oracle), with one
 * ROUGE scorer on lower-cased whitespace tokens for all three, in the same run.
 */
import { summarize } from "../../src/summary.js";
import { hasIndoSum, indoSumArticle, loadIndoSum, SKIPPED, type IndoSumRow } from "./indosum.js";
import { rouge, type RougeScores } from "./rouge.js";

export interface SystemScores {
  readonly system: string;
  readonly scores: RougeScores;
}

type System = (row: IndoSumRow) => string;

const SYSTEMS: ReadonlyArray<[string, System]> = [
  ["LEAD-3", (row) => row.sentences.slice(0, 3).join(" ")],
  ["ours (lead prior + TextRank, 3 sentences)", (row) => summarize(indoSumArticle(row)).map((s) => s.text).join(" ")],
  ["gold extractive labels (oracle)", (row) => row.sentences.filter((_, i) => row.extractive_labels[i]).join(" ")],
];

/** Mean ROUGE F1 of each system over the rows. */
export function scoreSummaries(rows: readonly IndoSumRow[]): SystemScores[] {
  return SYSTEMS.map(([system, run]) => {
    const sum = { r1: 0, r2: 0, rl: 0 };
    for (const row of rows) {
      const s = rouge(run(row), row.summary.join(" "));
      sum.r1 += s.r1;
      sum.r2 += s.r2;
      sum.rl += s.rl;
    }
    const n = Math.max(1, rows.length);
    return { system, scores: { r1: sum.r1 / n, r2: sum.r2 / n, rl: sum.rl / n } };
  });
}

/** The printed table, or a note that the benchmark data is absent. */
export async function evalSummary(): Promise<string> {
  if (!hasIndoSum()) return `Summary: ${SKIPPED}`;
  const rows = loadIndoSum();
  const pct = (v: number) => (100 * v).toFixed(2);
  const lines = scoreSummaries(rows).map(({ system, scores }) => `| ${system} | ${pct(scores.r1)} | ${pct(scores.r2)} | ${pct(scores.rl)} |`);
  return [
    `Summary (indosum-dev01, ${rows.length} articles; ROUGE F1 on lower-cased whitespace tokens, same scorer for all)`,
    "| system | R-1 | R-2 | R-L |",
    "|---|---|---|---|",
    ...lines,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) evalSummary().then((table) => console.log(table));
