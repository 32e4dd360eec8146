/**
 * Quote extraction and attribution against the labels in tests/fixtures/quotes-gold.json: the
 * default article and IndoSum news articles. Prints found %, speaker right % (of those found) and
 * precision, for direct quotations and indirect statements.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/load.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import type { Article, Quote } from "../../src/types.js";
import { hasIndoSum, indoSumArticle, loadIndoSum, REPO_ROOT, SKIPPED } from "./indosum.js";
import { evalQuotesDev } from "./eval-quotes-dev.js";
import { matchQuotes, sameSpeaker, type GoldArticle } from "./quote-match.js";

export interface QuoteScores {
  readonly gold: number;
  readonly found: number;
  readonly speakerRight: number;
  readonly extracted: number;
  readonly correct: number;
}

/** The labelled articles with the Article each label set belongs to. */
export function goldArticles(): { gold: GoldArticle; article: Article }[] {
  const gold = JSON.parse(readFileSync(join(REPO_ROOT, "tests/fixtures/quotes-gold.json"), "utf8")) as GoldArticle[];
  const corpus = loadCorpus(join(REPO_ROOT, "corpus"));
  const rows = new Map(loadIndoSum().map((row) => [row.id, row]));
  return gold.map((g) => {
    const article = g.source === "corpus" ? corpus.articles.find((a) => a.id === g.article) : rowArticle(rows, g.article);
    if (!article) throw new Error(`labelled article ${g.article} not found`);
    return { gold: g, article };
  });
}

function rowArticle(rows: Map<string, Parameters<typeof indoSumArticle>[0]>, id: string): Article | undefined {
  const row = rows.get(id);
  return row && indoSumArticle(row);
}

/** Scores per kind over all labelled articles. */
export function scoreQuotes(): Record<Quote["kind"], QuoteScores> {
  const zero = (): QuoteScores => ({ gold: 0, found: 0, speakerRight: 0, extracted: 0, correct: 0 });
  const totals = { direct: zero(), indirect: zero() };
  for (const { gold, article } of goldArticles()) {
    const found = extractQuotes(article).quotes;
    const pairs = matchQuotes(gold.quotes, found);
    for (const kind of ["direct", "indirect"] as const) {
      const mine = pairs.filter((p) => p.gold.kind === kind);
      const right = mine.filter((p) => sameSpeaker(p.gold.speaker, p.found.speaker)).length;
      const t = totals[kind];
      totals[kind] = {
        gold: t.gold + gold.quotes.filter((q) => q.kind === kind).length,
        found: t.found + mine.length,
        speakerRight: t.speakerRight + right,
        extracted: t.extracted + found.filter((q) => q.kind === kind).length,
        correct: t.correct + right,
      };
    }
  }
  return totals;
}

const pct = (a: number, b: number) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);

/** The printed table, or a note that the benchmark data is absent. */
export async function evalQuotes(): Promise<string> {
  const dev = await evalQuotesDev();
  if (!hasIndoSum()) return `Quotes: ${SKIPPED}\n\n${dev}`;
  const s = scoreQuotes();
  const row = (kind: Quote["kind"]) => {
    const t = s[kind];
    return `| ${kind} | ${t.gold} | ${pct(t.found, t.gold)} | ${pct(t.speakerRight, t.found)} | ${pct(t.found, t.extracted)} | ${pct(t.correct, t.extracted)} |`;
  };
  return [
    "Quotes (tests/fixtures/quotes-gold.json: default article + 10 IndoSum articles; match = same kind, word-overlap F1 >= 0.6)",
    "| kind | labelled | found | speaker right (of found) | precision (found quote) | precision (quote and speaker) |",
    "|---|---|---|---|---|---|",
    row("direct"),
    row("indirect"),
    "",
    dev,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) evalQuotes().then((table) => console.log(table));
