/**
 * IndoSum articles from ../shared/benchmarks (relative to the repository root), as the core's
 * Article: one paragraph per `paragraph_of` group, the pre-tokenised sentences joined by spaces.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../../src/corpus/parse.js";
import type { Article } from "../../src/types.js";

export interface IndoSumRow {
  readonly id: string;
  readonly sentences: readonly string[];
  readonly paragraph_of: readonly number[];
  readonly summary: readonly string[];
  readonly extractive_labels: readonly boolean[];
}

/** The repository root (two levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Where the shared benchmark files live. */
export const BENCHMARKS = join(REPO_ROOT, "../shared/benchmarks");
export const INDOSUM_FILE = join(BENCHMARKS, "indosum-dev01.jsonl");
export const SKIPPED = "skipped: ../shared/benchmarks not found";

/** True when the IndoSum file is there. */
export function hasIndoSum(): boolean {
  return existsSync(INDOSUM_FILE);
}

/** Every IndoSum row of the dev fold. */
export function loadIndoSum(): IndoSumRow[] {
  return readFileSync(INDOSUM_FILE, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as IndoSumRow);
}

/** The row as an Article, parsed the way a plain-text corpus file would be. */
export function indoSumArticle(row: IndoSumRow): Article {
  const paragraphs: string[][] = [];
  row.sentences.forEach((sentence, i) => (paragraphs[row.paragraph_of[i] ?? 0] ??= []).push(sentence));
  const text = paragraphs.filter((p) => p !== undefined).map((p) => p.join(" ")).join("\n");
  return parseArticle(`${row.id}.txt`, row.id, text);
}
