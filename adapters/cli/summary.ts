import { findArticle, SUMMARY, summarize, type Article, type Corpus } from "../../src/index.js";
import { CORPUS_OPTION, loadBot, parseCli, UsageError } from "./common.js";
import type { CliIo } from "./io.js";

const SUMMARY_OPTIONS = { ...CORPUS_OPTION, sentences: { type: "string" }, article: { type: "string" }, json: { type: "boolean" } } as const;

/**
 * `summary [--sentences N] [--article ID] [--json]`: the extractive summary. Without --article and
 * with several articles, one summary per article (one JSON line each with --json).
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCli("summary", argv, SUMMARY_OPTIONS);
  const { corpus } = loadBot(values.corpus);
  const count = sentenceCount(values.sentences);
  for (const chosen of articlesFor(corpus, values.article)) {
    const picked = summarize(chosen, count);
    if (values.json) {
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
