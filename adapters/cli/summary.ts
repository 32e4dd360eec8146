import { findArticle, SUMMARY, summarize, type Article, type Corpus } from "../../src/index.js";
import { loadBotFromArgs, takeFlag, takeOption, UsageError } from "./common.js";
import type { CliIo } from "./io.js";

/**
 * `summary [--sentences N] [--article ID] [--json]`: the extractive summary. Without --article and
 * with several articles, one summary per article (one JSON line each with --json).
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { corpus, rest } = loadBotFromArgs(argv);
  const sentences = takeOption(rest, "--sentences");
  const article = takeOption(sentences.rest, "--article");
  const json = takeFlag(article.rest, "--json");
  if (json.rest.length > 0) throw new UsageError(`summary does not take "${json.rest.join(" ")}".`);
  const count = sentenceCount(sentences.value);
  for (const chosen of articlesFor(corpus, article.value)) {
    const picked = summarize(chosen, count);
    if (json.present) {
      const out = picked.map((s) => ({ paragraph: s.paragraph, sentence: s.sentence, text: s.text }));
      io.stdout(JSON.stringify({ article: chosen.id, sentences: out }));
    } else {
      if (corpus.articles.length > 1) io.stdout(`# ${chosen.meta.title ?? chosen.id}`);
      for (const s of picked) io.stdout(`[${s.sentence}] ${s.text}`);
    }
  }
  return 0;
}

function sentenceCount(value: string | undefined): number {
  if (value === undefined) return SUMMARY.defaultSentences;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > SUMMARY.maxSentences) {
    throw new UsageError(`--sentences must be a whole number from 1 to ${SUMMARY.maxSentences}.`);
  }
  return n;
}

function articlesFor(corpus: Corpus, wanted: string | undefined): readonly Article[] {
  if (wanted === undefined) return corpus.articles;
  const found = findArticle(corpus, wanted);
  if (!found) throw new UsageError(`no article "${wanted}"; the articles: ${corpus.articles.map((a) => a.id).join(", ")}`);
  return [found];
}
