import { CONFIDENCE, RETRIEVAL } from "../defaults.js";
import { definesSubject } from "./definition.js";
import { askedBits } from "./entities.js";
import type { Field } from "./field.js";
import type { SearchIndex } from "./index.js";
import { bm25, type Scores } from "./scores.js";
import { TopK } from "./top-k.js";
import { SentenceScorer } from "./sentence-scorer.js";
import type { Query, TermGroup } from "./query.js";

export interface Ranked {
  /** Position of the sentence in the index. */
  readonly sentence: number;
  readonly score: number;
}

// How many of the best-matching articles lend their score to all of their sentences.
const ARTICLE_CANDIDATES = 15;
/** How many sentences rankSentences returns unless asked for another number. */
export const RANK_LIMIT = 32;

// The best sentences of the question being ranked: one list, emptied for each (see TopK.reset).
const kept = new TopK(RANK_LIMIT);

/** Sentences that match the query, best first (at most `limit`). */
export function rankSentences(query: Query, index: SearchIndex, limit = RANK_LIMIT): Ranked[] {
  const sentences = bm25(query.groups, index.sentenceField, index, true);
  const articles = bm25(query.groups, index.articleField, index, false);
  const best = kept.reset(limit);
  const scorer = new SentenceScorer(query, index, sentences.of, articles.of);
  const { articleOf } = index;
  const isTop = topFlagsOf(index);
  const top = topArticles(articles);
  for (const article of top) {
    isTop[article] = 1;
    const range = index.articleRanges[article]!;
    scorer.offerArticle(range.start, range.end, best);
  }
  // Outside the best articles most sentences cannot reach the k-th best score even with both
  // neighbours scoring as the best sentence does: those are passed over without reading the neighbours.
  const { touched, of } = sentences;
  const neighbourBound = 2 * highest(of, touched);
  // No article outside the best scores more than the last of them (see topArticles).
  const outsideBound = top.length === ARTICLE_CANDIDATES ? articles.of[top[top.length - 1]!]! : 0;
  let floor = best.full ? best.lowest : -Infinity;
  let least = scorer.ownScoreBelow(floor, outsideBound, neighbourBound);
  for (let i = 0; i < touched.length; i++) {
    const sentence = touched[i]!;
    if (of[sentence]! < least || isTop[articleOf[sentence]!] !== 0 || scorer.scoreOf(sentence, neighbourBound) < floor) continue;
    scorer.offer(sentence, best);
    if (best.full && best.lowest !== floor) least = scorer.ownScoreBelow((floor = best.lowest), outsideBound, neighbourBound);
  }
  return query.defines ? definitionsFirst(best.sorted(), query, index) : best.sorted();
}

// For a definition question, the ranked sentences that define its subject get 1 + definitionBoost
// of their score. Only the ranked ones that could then pass the best are read, not every sentence
// holding a common word of the subject.
function definitionsFirst(ranked: readonly Ranked[], query: Query, index: SearchIndex): Ranked[] {
  const subject = query.defines!;
  const person = query.type === "person";
  const boost = 1 + RETRIEVAL.definitionBoost;
  // A sentence whose boosted score cannot pass the best one's is not read.
  const reach = ranked.length > 0 ? ranked[0]!.score / boost : Infinity;
  let boosted = false;
  const rescored = ranked.map((r) => {
    if (r.score < reach || !definesSubject(index, r.sentence, subject, person, query.expandsDefined)) return r;
    boosted = true;
    return { sentence: r.sentence, score: r.score * boost };
  });
  // `ranked` is in this order already (see TopK): only a boost can change it.
  return boosted ? rescored.sort((a, b) => b.score - a.score || a.sentence - b.sentence) : rescored;
}

function highest(scores: Float64Array, of: Int32Array): number {
  let max = 0;
  for (let i = 0; i < of.length; i++) if (scores[of[i]!]! > max) max = scores[of[i]!]!;
  return max;
}

// Per index, a flag per article, reused: allocating it for every question cost more than clearing it.
const topFlags = new WeakMap<SearchIndex, Uint8Array>();

function topFlagsOf(index: SearchIndex): Uint8Array {
  let flags = topFlags.get(index);
  if (!flags) topFlags.set(index, (flags = new Uint8Array(index.articleRanges.length)));
  return flags.fill(0);
}

// The best-scoring articles, best first; ties keep the order in which the articles first scored.
function topArticles(articles: Scores): number[] {
  const { of, touched } = articles;
  const top: number[] = [];
  // The last kept score once the list is full: most articles fall below it and are passed over.
  let lowest = -Infinity;
  for (let i = 0; i < touched.length; i++) {
    const article = touched[i]!;
    const score = of[article]!;
    if (score <= lowest) continue;
    let at = top.length;
    while (at > 0 && score > of[top[at - 1]!]!) at--;
    top.splice(at, 0, article);
    if (top.length > ARTICLE_CANDIDATES) top.pop();
    if (top.length === ARTICLE_CANDIDATES) lowest = of[top[top.length - 1]!]!;
  }
  return top;
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
  /**
   * Share of the question's focus words (those that are not topic words of the sentence's article)
   * that the sentence holds, its neighbours counting in part; 1 when every word is a topic word.
   */
  readonly focus: number;
}

// Question types whose answer a sentence visibly holds or lacks.
const TYPED = new Set(["person", "time", "place", "number", "cause"]);

/** The evidence for the best-ranked sentence. */
export function evidenceFor(query: Query, index: SearchIndex, ranked: readonly Ranked[]): Evidence {
  const best = ranked[0]!;
  // Each word's weight and credit are read once: the coverage and the focus weigh the words alike.
  const words = wordCredits(query, index, best.sentence);
  let total = 0;
  let known = 0;
  for (let i = 0; i < words.length; i++) {
    const { weight } = words[i]!;
    total += weight;
    known += weight * knownWeight(query.groups[i]!, index);
  }
  const types = index.answerTypes[best.sentence]!;
  return {
    coverage: coverage(query, index, best.sentence, words),
    known: total === 0 ? 0 : known / total,
    closeness: ranked[1] ? ranked[1].score / best.score : 0,
    answerType: !TYPED.has(query.type) && !query.detail ? 0.5 : (types & askedBits(query.type, query.detail)) !== 0 ? 1 : 0,
    focus: focusCoverage(query, index, best.sentence, words),
  };
}

/**
 * Share of the question's information (idf-weighted content words) that the sentence holds; words
 * found only next to it (neighbouring sentences, the title) count in part. In [0, 1].
 */
export function coverage(query: Query, index: SearchIndex, sentence: number, words = wordCredits(query, index, sentence)): number {
  let total = 0;
  let found = 0;
  for (const { weight, held } of words) {
    total += weight;
    found += weight * held;
  }
  return total === 0 ? 0 : found / total;
}

/** See Evidence.focus. */
export function focusCoverage(query: Query, index: SearchIndex, sentence: number, words = wordCredits(query, index, sentence)): number {
  const article = index.articleOf[sentence]!;
  let total = 0;
  let found = 0;
  for (let i = 0; i < words.length; i++) {
    if (query.groups[i]!.alternatives.some((alt) => index.isTopicId(article, alt.id))) continue;
    const { weight, held } = words[i]!;
    total += weight;
    found += weight * held;
  }
  return total === 0 ? 1 : found / total;
}

// The best weight among the group's alternatives that the corpus holds, 0 when it holds none.
function knownWeight(group: TermGroup, index: SearchIndex): number {
  let best = 0;
  for (const alt of group.alternatives) if (alt.weight > best && index.hasTermId(alt.id)) best = alt.weight;
  return best;
}


// The best weight among the group's alternatives the sentence holds, its neighbours and title in part.
// Plain loops: this runs for every question word of every question.
function credit(group: TermGroup, index: SearchIndex, sentence: number): number {
  const article = index.articleOf[sentence]!;
  const title = index.titleTerms[article]!;
  // The sentences before and after, within the same article (-1: none).
  const before = sentence > 0 && index.articleOf[sentence - 1] === article ? sentence - 1 : -1;
  const after = index.articleOf[sentence + 1] === article ? sentence + 1 : -1;
  let own = 0;
  let near = 0;
  const share = CONFIDENCE.contextCredit;
  for (const { term, weight, id } of group.alternatives) {
    if (weight > own && index.sentenceHasId(sentence, id)) own = weight;
    // Found next to the sentence, the word could not pass what the sentence itself holds: not looked up.
    if (share * weight <= own) continue;
    if (weight > near && (title.has(term) || (before >= 0 && index.sentenceHasId(before, id)) || (after >= 0 && index.sentenceHasId(after, id)))) near = weight;
  }
  return Math.max(own, share * near);
}

/** Per question word (in the order of query.groups): its weight (see groupIdf) and how much of it the sentence holds (see credit). */
function wordCredits(query: Query, index: SearchIndex, sentence: number): { weight: number; held: number }[] {
  return query.groups.map((group) => ({ weight: groupIdf(group, index.sentenceField), held: credit(group, index, sentence) }));
}

// A word the corpus lacks altogether: as informative as its rarest word, times unknownWordWeight, or
// times unknownNameWeight for a name.
function groupIdf(group: TermGroup, field: Field): number {
  let best = -Infinity;
  for (const alt of group.alternatives) if (field.documentFrequencyOf(alt.id) > 0) best = Math.max(best, field.idfOf(alt.id));
  if (best !== -Infinity) return best;
  const weight = group.named ? CONFIDENCE.unknownNameWeight : CONFIDENCE.unknownWordWeight;
  return weight * Math.log(1 + (field.size + 0.5) / 0.5);
}
