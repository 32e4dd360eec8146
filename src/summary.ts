/**
 * Extractive summary: whole sentences of the article, verbatim, in article order. Each sentence is
 * scored by its place (news puts the gist first) and its centrality (TextRank over Indonesian
 * stems, restarting near the lead); the best are taken, never half a quotation, never a heading.
 */
import type { Article, Sentence } from "./types.js";
import { termFrequencies } from "./search/terms.js";
import { cosine, textRankOf } from "./summary/centrality.js";
import { termCountsOfTexts } from "./summary/term-counts.js";
import { unitsOf, type Unit } from "./summary/units.js";

const QUOTE_MARK = /["“”„«»]/;

export const SUMMARY = Object.freeze({
  /** Sentences in a summary when none is asked for: three is the news lead and what IndoSum's gold averages. */
  defaultSentences: 3,
  /** "/summary pendek" (short): the lead sentence and one more. */
  shortSentences: 2,
  /** "/summary panjang" (long). */
  longSentences: 6,
  /** The most a person may ask for: more is no longer a summary in a chat. */
  maxSentences: 10,
  /** Lead prior: a sentence's place weight is 1 / (1 + position) ^ leadDecay. Tuned on indosum-dev01. */
  leadDecay: 1,
  /** Share of the score that is centrality; the rest is the lead prior. Tuned on indosum-dev01. */
  centralityWeight: 0.2,
  /**
   * Weight of a sentence that holds a quotation mark: news summaries report, they rarely quote
   * (indosum-dev01: such sentences in places 2-6 are chosen a third as often as the others).
   */
  quoteFactor: 0.4,
  /** A candidate this similar (cosine) to a sentence already chosen repeats it and is skipped. */
  maxRedundancy: 0.7,
});

export type SummaryOptions = Partial<Pick<typeof SUMMARY, "leadDecay" | "centralityWeight" | "maxRedundancy" | "quoteFactor">>;

/** What a summary of any length is picked from: the article's units, best first. */
interface Ranking {
  readonly ranked: readonly Unit[];
}

// With the default options the ranking depends on the article alone: made once, kept while it lives.
const rankings = new WeakMap<Article, Ranking>();

/** The `count` best sentences of the article, in article order (fewer when the article is shorter). */
export function summarize(article: Article, count: number = SUMMARY.defaultSentences, options: SummaryOptions = {}): Sentence[] {
  const settings = { ...SUMMARY, ...options };
  const { ranked } = Object.keys(options).length === 0 ? prepareSummary(article) : rank(article, settings);
  // Only the few sentences looked at need vectors: keeping every sentence's held 180 MB on 30 MB.
  const vectors = new Map<number, Map<string, number>>();
  const vectorOf = (i: number) => vectors.get(i) ?? vectors.set(i, termFrequencies(article.sentences[i]!.text)).get(i)!;
  const chosen: number[] = [];
  for (const unit of ranked) {
    if (chosen.length + unit.sentences.length > count) continue;
    if (chosen.some((c) => unit.sentences.some((i) => cosine(vectorOf(c), vectorOf(i)) > settings.maxRedundancy))) continue;
    chosen.push(...unit.sentences);
    if (chosen.length >= count) break;
  }
  return chosen.sort((a, b) => a - b).map((i) => article.sentences[i]!);
}

/** Ranks the article's sentences for summaries now (createBot does, so no /summary waits for it). */
export function prepareSummary(article: Article): Ranking {
  let ranking = rankings.get(article);
  if (!ranking) {
    ranking = rank(article, SUMMARY);
    rankings.set(article, ranking);
  }
  return ranking;
}

function rank(article: Article, settings: typeof SUMMARY): Ranking {
  const sentences = article.sentences;
  const prior = sentences.map((_, i) => 1 / Math.pow(1 + i, settings.leadDecay));
  // Each sentence's content-stem counts, laid out flat (a Map per sentence held at once was 180 MB on
  // a 30 MB article).
  const centrality = textRankOf(termCountsOfTexts(sentences.map((s) => s.text)), prior);
  const score = (unit: Unit) => {
    const i = unit.sentences[0]!;
    const base = (1 - settings.centralityWeight) * prior[i]! + settings.centralityWeight * centrality[i]!;
    return unit.sentences.some((k) => QUOTE_MARK.test(sentences[k]!.text)) ? base * settings.quoteFactor : base;
  };
  const scored = unitsOf(sentences).map((unit) => ({ unit, score: score(unit) }));
  const ranked = scored.sort((a, b) => b.score - a.score).map((s) => s.unit);
  return { ranked };
}
