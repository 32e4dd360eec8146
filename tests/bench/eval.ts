/**
 * `npm run eval`: answer quality with baselines computed in the same run. Reads ../shared/benchmarks;
 * where it is absent, says so and runs only the labelled questions on the default article.
 */
import { existsSync } from "node:fs";
import { BENCHMARKS, readJsonl, type QaItem } from "./data.js";
import { idkRows, labelledRows, offTopicRow, pooledRows, readLabelled, withinPassageRow, type Row } from "./eval-qa.js";
import { newsRows } from "./eval-news.js";
import { table } from "./table.js";

async function main(): Promise<void> {
  const rows: Row[] = [...labelledRows(readLabelled())];
  const tydi = readJsonl<QaItem>("tydiqa-id-goldp-dev.jsonl");
  const idk = readJsonl<QaItem>("idkmrc-test.jsonl");
  if (!existsSync(BENCHMARKS) || !tydi || !idk) {
    console.log(`skipped the public benchmarks: ${BENCHMARKS} not found`);
  } else {
    rows.push(withinPassageRow(tydi, `(2a) TyDi within each passage, top-1 (n=${tydi.length})`));
    rows.push(...pooledRows(tydi), offTopicRow(tydi), ...idkRows(idk));
  }
  const news = newsRows();
  if (typeof news === "string") console.log(news);
  else rows.push(...news);
  console.log("Answer quality (top-1 sentence holds the answer unless said otherwise)\n");
  console.log(table(["measure", "tanya-artikel", "Fuse.js whole q.", "MiniSearch"], rows));
  for (const extra of await extraSections()) console.log(`\n${extra}`);
}

// Summary and quote tables, when their modules are present.
async function extraSections(): Promise<string[]> {
  const out: string[] = [];
  for (const [file, name] of [["./eval-span.js", "evalSpans"], ["./eval-summary.js", "evalSummary"], ["./eval-quotes.js", "evalQuotes"], ["./eval-dialogues.js", "evalDialogues"], ["./eval-resources.js", "evalResources"], ["./news-lexicon.js", "evalNewsLexicon"]] as const) {
    try {
      const module = (await import(file)) as Record<string, () => Promise<string>>;
      out.push(await module[name]!());
    } catch (error) {
      if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
    }
  }
  return out;
}

await main();
