/**
 * Reading "/summary" arguments: a length (a number from 1 to 10, pendek/short, panjang/long) and an
 * article (fuzzy on id and title), in any order as typed, or as named options.
 */
import Fuse from "fuse.js";
import type { Article, Corpus } from "../types.js";
import { SUMMARY } from "../summary.js";

export interface SummaryRequest {
  /** Sentences asked for; null when the number given is out of range. */
  readonly count: number | null;
  /** The article words, "" when none were given. */
  readonly article: string;
}

const SHORT = new Set(["pendek", "singkat", "short", "brief"]);
const LONG = new Set(["panjang", "lengkap", "long"]);

/** The length and article words of a /summary request. */
export function readSummaryArgs(args: string): SummaryRequest {
  let count: number | null = SUMMARY.defaultSentences;
  const rest: string[] = [];
  for (const word of args.trim().split(/\s+/).filter((w) => w.length > 0)) {
    const length = lengthOf(word);
    if (length === undefined) rest.push(word);
    else count = length;
  }
  return { count, article: rest.join(" ") };
}

/**
 * The request from named options (`sentences`, `article`): the article is taken whole, so a title
 * that starts with a number or with "pendek" stays a title. A `sentences` value that is not a length
 * is out of range (null).
 */
export function summaryRequestOf(options: Readonly<Record<string, string>>): SummaryRequest {
  const sentences = options.sentences;
  const count = sentences === undefined ? SUMMARY.defaultSentences : (lengthOf(sentences) ?? null);
  return { count, article: options.article ?? "" };
}

// A number of sentences (null when out of range), a length word, or undefined for any other word.
function lengthOf(word: string): number | null | undefined {
  const lower = word.trim().toLowerCase();
  if (/^\d+$/.test(lower)) return inRange(Number(lower));
  if (SHORT.has(lower)) return SUMMARY.shortSentences;
  if (LONG.has(lower)) return SUMMARY.longSentences;
  return undefined;
}

function inRange(n: number): number | null {
  return Number.isInteger(n) && n >= 1 && n <= SUMMARY.maxSentences ? n : null;
}

/** The article the words name best (exact id first, then Fuse.js on id and title), or undefined. */
export function findArticle(corpus: Corpus, words: string): Article | undefined {
  const query = words.trim();
  if (query === "") return corpus.articles[0];
  const exact = corpus.articles.find((a) => a.id.toLowerCase() === query.toLowerCase());
  if (exact) return exact;
  const fuse = new Fuse(corpus.articles.map((a) => ({ article: a, id: a.id, title: a.meta.title ?? "" })), {
    keys: ["id", "title"],
    ignoreLocation: true, // a word of the title may stand anywhere in it
    threshold: 0.4,
  });
  return fuse.search(query, { limit: 1 })[0]?.item.article;
}
