import { CONFIDENCE, RETRIEVAL } from "../defaults.js";
import type { Field, SearchIndex } from "./index.js";
import type { Query, TermGroup } from "./query.js";

export interface Ranked {
  /** Position of the sentence in the index. */
  readonly sentence: number;
  readonly score: number;
}

// How many of the best-matching articles lend their score to all of their sentences.
const ARTICLE_CANDIDATES = 15;

/** Sentences that match the query, best first. */
export function rankSentences(query: Query, index: SearchIndex): Ranked[] {
  const sentenceScores = bm25(query.groups, index.sentenceField, (doc, term) => topicDiscount(index, doc, term));
  const articleScores = bm25(query.groups, index.articleField);
  const candidates = new Set<number>(sentenceScores.keys());
  for (const article of topKeys(articleScores, ARTICLE_CANDIDATES)) {
    for (const sentence of sentencesOfArticle(index, article)) candidates.add(sentence);
  }
  const ranked: Ranked[] = [];
  for (const sentence of candidates) {
    const entry = index.sentences[sentence]!;
    let score = (sentenceScores.get(sentence) ?? 0) + RETRIEVAL.articleWeight * (articleScores.get(entry.article) ?? 0);
    score += RETRIEVAL.neighbourWeight * neighbourScore(index, sentence, sentenceScores);
    if (entry.answerTypes.has(query.type)) score *= 1 + RETRIEVAL.answerTypeBoost;
    if (score > 0) ranked.push({ sentence, score });
  }
  return ranked.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}

/** What the confidence is computed from; each in [0, 1]. */
export interface Evidence {
  /** Share of the question's information in the sentence, its neighbours counting in part. */
  readonly coverage: number;
  /** Share of the question's information the corpus holds anywhere. */
  readonly known: number;
  /** Share of the best score the runner-up reaches (1: a tie, 0: no runner-up). */
  readonly closeness: number;
  /** 1 when the sentence holds the kind of thing asked for, 0 when it lacks it, 0.5 when none is asked. */
  readonly answerType: number;
}

// Question types whose answer a sentence visibly holds or lacks.
const TYPED = new Set(["person", "time", "place", "number", "cause"]);

/** The evidence for the best-ranked sentence. */
export function evidenceFor(query: Query, index: SearchIndex, ranked: readonly Ranked[]): Evidence {
  const best = ranked[0]!;
  let total = 0;
  let known = 0;
  for (const group of query.groups) {
    const weight = groupIdf(group, index.sentenceField);
    total += weight;
    known += weight * Math.max(0, ...group.alternatives.map((alt) => (index.hasTerm(alt.term) ? alt.weight : 0)));
  }
  const types = index.sentences[best.sentence]!.answerTypes;
  return {
    coverage: coverage(query, index, best.sentence),
    known: total === 0 ? 0 : known / total,
    closeness: ranked[1] ? ranked[1].score / best.score : 0,
    answerType: !TYPED.has(query.type) ? 0.5 : types.has(query.type) ? 1 : 0,
  };
}

/**
 * Share of the question's information (idf-weighted content words) that the sentence holds; words
 * found only next to it (neighbouring sentences, the title) count in part. In [0, 1].
 */
export function coverage(query: Query, index: SearchIndex, sentence: number): number {
  let total = 0;
  let found = 0;
  for (const group of query.groups) {
    const weight = groupIdf(group, index.sentenceField);
    total += weight;
    found += weight * credit(group, index, sentence);
  }
  return total === 0 ? 0 : found / total;
}

function credit(group: TermGroup, index: SearchIndex, sentence: number): number {
  const entry = index.sentences[sentence]!;
  const best = (terms: ReadonlyMap<string, number>) =>
    Math.max(0, ...group.alternatives.map((alt) => (terms.has(alt.term) ? alt.weight : 0)));
  const own = best(entry.terms);
  const near = Math.max(
    best(index.titleTerms[entry.article]!),
    ...neighbours(index, sentence).map((n) => best(index.sentences[n]!.terms)),
  );
  return Math.max(own, CONFIDENCE.contextCredit * near);
}

// A word the corpus lacks altogether: as informative as its rarest word, times unknownWordWeight.
function groupIdf(group: TermGroup, field: Field): number {
  const present = group.alternatives.filter((alt) => field.documentFrequency(alt.term) > 0);
  if (present.length === 0) return CONFIDENCE.unknownWordWeight * Math.log(1 + (field.size + 0.5) / 0.5);
  return Math.max(...present.map((alt) => field.idf(alt.term)));
}

/**
 * A question word that names the article's subject (it is in the title) says which article, not
 * which sentence: "Kapan Gerakan Pemuda Ansor didirikan?" is answered by "Organisasi ini didirikan
 * pada ..." in an article titled with the name. Such words count less within the article's sentences;
 * the article's own score still carries them.
 */
function topicDiscount(index: SearchIndex, sentence: number, term: string): number {
  const title = index.titleTerms[index.sentences[sentence]!.article]!;
  return title.has(term) ? RETRIEVAL.titleTermWeight : 1;
}

function bm25(
  groups: readonly TermGroup[],
  field: Field,
  discount: (doc: number, term: string) => number = () => 1,
): Map<number, number> {
  const totals = new Map<number, number>();
  const average = field.averageLength;
  for (const group of groups) {
    const best = new Map<number, number>();
    for (const alt of group.alternatives) {
      const postings = field.postings.get(alt.term);
      if (!postings) continue;
      const idf = field.idf(alt.term) * alt.weight;
      for (const { doc, tf } of postings) {
        const norm = 1 - RETRIEVAL.b + (RETRIEVAL.b * field.lengths[doc]!) / average;
        const value = (discount(doc, alt.term) * idf * tf * (RETRIEVAL.k1 + 1)) / (tf + RETRIEVAL.k1 * norm);
        if (value > (best.get(doc) ?? 0)) best.set(doc, value);
      }
    }
    for (const [doc, value] of best) totals.set(doc, (totals.get(doc) ?? 0) + value);
  }
  return totals;
}

function topKeys(scores: ReadonlyMap<number, number>, limit: number): number[] {
  return [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([key]) => key);
}

function neighbours(index: SearchIndex, sentence: number): number[] {
  const article = index.sentences[sentence]!.article;
  return [sentence - 1, sentence + 1].filter((n) => index.sentences[n]?.article === article);
}

function neighbourScore(index: SearchIndex, sentence: number, scores: ReadonlyMap<number, number>): number {
  return neighbours(index, sentence).reduce((sum, n) => sum + (scores.get(n) ?? 0), 0);
}

function sentencesOfArticle(index: SearchIndex, article: number): number[] {
  const range = index.articleRanges[article]!;
  return Array.from({ length: range.end - range.start }, (_, i) => range.start + i);
}
