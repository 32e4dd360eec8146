/**
 * The news dev set (../shared/benchmarks/news-qa-dev.jsonl): 140 questions on 14 IndoSum articles, all
 * 14 in one corpus built exactly as the set's own script builds it (`make-news-corpus.mjs OUT_DIR --dev`,
 * run into a temporary directory). Returns null where ../shared is absent, so callers can say so.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus, type Corpus } from "../../src/index.js";
import { BENCHMARKS, readJsonl } from "./data.js";

export interface NewsItem {
  /** Corpus id of the article that answers it (aNNNN). */
  readonly article: string;
  readonly q: string;
  /** Verbatim spans of the answering sentence; empty when the article does not answer it. */
  readonly gold: readonly string[];
  readonly kind: "id" | "informal" | "typo" | "en" | "unanswerable";
}

export interface NewsDev {
  readonly corpus: Corpus;
  readonly items: readonly NewsItem[];
}

export const NEWS_SKIPPED = `skipped the news dev set: ${BENCHMARKS} not found`;

let cached: NewsDev | null | undefined;

/** The dev corpus and its questions, or null when ../shared/benchmarks is absent. */
export function newsDev(): NewsDev | null {
  if (cached !== undefined) return cached;
  const script = join(BENCHMARKS, "make-news-corpus.mjs");
  const items = readJsonl<NewsItem>("news-qa-dev.jsonl");
  if (!existsSync(script) || !items) return (cached = null);
  const dir = mkdtempSync(join(tmpdir(), "news-dev-"));
  try {
    execFileSync(process.execPath, [script, dir, "--dev"], { stdio: "ignore" });
    cached = { corpus: loadCorpus(dir), items };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return cached;
}

/** Loose match, as the set defines it: case, punctuation and spacing ignored. */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** True when the sentence is of the item's article and holds one of its gold spans. */
export function answersItem(item: NewsItem, sentence: { article: string; text: string } | null | undefined): boolean {
  if (!sentence || sentence.article !== item.article) return false;
  const text = looseKey(sentence.text);
  return item.gold.some((g) => text.includes(looseKey(g)));
}
