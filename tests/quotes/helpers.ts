import { parseArticle } from "../../src/corpus/parse.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import type { Article, Quote } from "../../src/types.js";

/** An article from plain text: one paragraph per line. */
export function articleOf(...paragraphs: string[]): Article {
  return parseArticle("t.txt", "t", paragraphs.join("\n"));
}

/** The quotations of an article written as lines. */
export function quotesOf(...paragraphs: string[]): Quote[] {
  return [...extractQuotes(articleOf(...paragraphs)).quotes];
}

/** [kind, speaker, text] of each quotation, for compact expectations. */
export function summary(quotes: readonly Quote[]): [string, string, string][] {
  return quotes.map((q) => [q.kind, q.speaker, q.text]);
}
