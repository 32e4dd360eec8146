/**
 * The public quote dev set (../shared/benchmarks/news-quotes-dev.jsonl): every quotation of 10
 * IndoSum articles with its speaker and how the article names it. The articles are written into a
 * temporary corpus directory by ../shared/benchmarks/make-news-corpus.mjs (the text as a reader sees
 * it) and loaded like any operator's corpus. A quotation is found when a quotation of its kind
 * holds its key (case, punctuation and spacing ignored), and right when that quotation's speaker
 * shares a name word with the label.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/load.js";
import { quoteIndexOf } from "../../src/quotes/index.js";
import type { Quote } from "../../src/types.js";
import { BENCHMARKS, readJsonl } from "./data.js";
import type { QuoteReader } from "./quote-baseline.js";

export interface DevQuote {
  readonly article: string;
  readonly kind: Quote["kind"];
  readonly speaker: string;
  readonly key: string;
  readonly how: string;
}

/** One labelled quotation and what the extractor made of it. */
export interface DevResult {
  readonly gold: DevQuote;
  readonly found?: Quote;
  readonly right: boolean;
}

export interface DevScores {
  readonly results: readonly DevResult[];
  /** Quotations given to someone the labels of that article never quote (a place, a person only mentioned). */
  readonly strayQuotes: readonly Quote[];
  readonly extracted: number;
}

export const DEV_FILE = "news-quotes-dev.jsonl";

/** The labels, or null when ../shared/benchmarks is absent. */
export function readDevQuotes(): DevQuote[] | null {
  return readJsonl<DevQuote>(DEV_FILE);
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const folded = (text: string) => words(text).join(" ");

/** True when the two names share a word ("Stoltenberg" and "Jens Stoltenberg"). */
export function shareNameWord(a: string, b: string): boolean {
  const wb = new Set(words(b));
  return words(a).some((w) => wb.has(w));
}

/** The current code's reader: load the directory as a corpus, list its quotations. */
export const currentReader = (dir: string): readonly Quote[] => quoteIndexOf(loadCorpus(dir)).quotes;

/**
 * Writes the dev articles into a temporary corpus directory with make-news-corpus.mjs, lets each
 * reader read it, and removes it.
 */
export function readDevArticles(ids: readonly string[], readers: readonly QuoteReader[]): (readonly Quote[])[] {
  const dir = mkdtempSync(join(tmpdir(), "quotes-dev-"));
  try {
    execFileSync(process.execPath, [join(BENCHMARKS, "make-news-corpus.mjs"), dir, ...ids], { stdio: "ignore" });
    return readers.map((read) => read(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Scores the extracted quotations against the labels. */
export function scoreDev(labels: readonly DevQuote[], quotes: readonly Quote[]): DevScores {
  const results = labels.map((gold) => {
    const key = folded(gold.key);
    const holding = quotes.filter((q) => q.article === gold.article && q.kind === gold.kind && folded(q.text).includes(key));
    const found = holding.find((q) => shareNameWord(q.speaker, gold.speaker)) ?? holding[0];
    return { gold, found, right: found !== undefined && shareNameWord(found.speaker, gold.speaker) };
  });
  const speakersOf = (article: string) => labels.filter((l) => l.article === article).map((l) => l.speaker);
  const strayQuotes = quotes.filter((q) => !speakersOf(q.article).some((s) => shareNameWord(q.speaker, s)));
  return { results, strayQuotes, extracted: quotes.length };
}

/** The dev articles' ids, in the labels' order. */
export function devArticleIds(labels: readonly DevQuote[]): string[] {
  return [...new Set(labels.map((l) => l.article))];
}

/** Labels and the current code's scores, or null when the benchmark data is absent. */
export function devScores(): DevScores | null {
  const labels = readDevQuotes();
  if (!labels) return null;
  return scoreDev(labels, readDevArticles(devArticleIds(labels), [currentReader])[0]!);
}
