/**
 * Readers for the public benchmark sets in ../shared/benchmarks (never shipped with the product).
 * Every reader returns null when the data is absent, so benchmarks can say so and skip.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle, type Article, type Corpus } from "../../src/index.js";

export const BENCHMARKS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "benchmarks");
export const DEFAULT_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "corpus");

export interface QaItem {
  readonly id: string;
  readonly title?: string;
  readonly context: string;
  readonly question: string;
  readonly answers: readonly { text: string; start: number }[];
  readonly is_impossible?: boolean;
}

export function readJsonl<T>(file: string): T[] | null {
  const path = join(BENCHMARKS, file);
  if (!existsSync(path)) return null;
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as T);
}

/** One passage as an article: the context is one paragraph, the title its title. */
export function passageArticle(id: string, context: string, title?: string): Article {
  const front = title ? `---\ntitle: ${title.replace(/\n/g, " ")}\n---\n` : "";
  return parseArticle(`${id}.txt`, id, `${front}${context.replace(/\n+/g, " ")}`);
}

/** Passages deduplicated by text, each an article, in one corpus. */
export function pooledCorpus(items: readonly QaItem[]): { corpus: Corpus; articleOf: Map<string, string> } {
  const byContext = new Map<string, Article>();
  for (const item of items) {
    if (byContext.has(item.context)) continue;
    byContext.set(item.context, passageArticle(`p${byContext.size}`, item.context, item.title));
  }
  const articleOf = new Map([...byContext].map(([context, article]) => [context, article.id]));
  return { corpus: { articles: [...byContext.values()] }, articleOf };
}

/** True when the sentence holds one of the gold answer strings. */
export function holdsAnswer(sentence: string | undefined, answers: readonly { text: string }[]): boolean {
  if (sentence === undefined) return false;
  const folded = sentence.toLowerCase();
  return answers.some((a) => folded.includes(a.text.toLowerCase().trim()));
}
