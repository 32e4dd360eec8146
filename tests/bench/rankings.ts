/**
 * Rankings of a fixed question set, for checking that a rework of the ranker keeps its answers: the
 * news dev questions and the TyDi questions (nearly all off-topic there, so they exercise the typo and
 * synonym look-ups), asked of the news dev corpus. `npx tsx tests/bench/rankings.ts` records them into
 * tests/fixtures/rankings.json; tests/core/rankings.test.ts compares the current ranker with it.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { answerQuestion } from "../../src/answer.js";
import { SearchIndex } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { rankSentences } from "../../src/search/rank.js";
import { readJsonl, type QaItem } from "./data.js";
import { REPO_ROOT } from "./indosum.js";
import { newsDev } from "./news.js";

export const RANKINGS_FILE = join(REPO_ROOT, "tests", "fixtures", "rankings.json");
const TOP = 5;

export interface Recorded {
  readonly q: string;
  /** Index positions of the best sentences, best first, with their scores. */
  readonly top: readonly (readonly [number, number])[];
  readonly answered: boolean;
  readonly confidence: number;
}

/** The fixed questions, or null where ../shared is absent. */
export function fixedQuestions(): { index: SearchIndex; questions: string[] } | null {
  const dev = newsDev();
  const tydi = readJsonl<QaItem>("tydiqa-id-goldp-dev.jsonl");
  if (!dev || !tydi) return null;
  return { index: new SearchIndex(dev.corpus), questions: [...dev.items.map((i) => i.q), ...tydi.map((t) => t.question)] };
}

export function record(index: SearchIndex, q: string): Recorded {
  const query = analyseQuery(q, index);
  const ranked = query.groups.length === 0 ? [] : rankSentences(query, index);
  const answer = answerQuestion(q, index);
  return { q, top: ranked.slice(0, TOP).map((r) => [r.sentence, r.score] as const), answered: answer.answered, confidence: answer.confidence };
}

if (process.argv[1]?.endsWith("rankings.ts")) {
  const fixed = fixedQuestions();
  if (!fixed) throw new Error("../shared/benchmarks not found: cannot record rankings");
  const rows = fixed.questions.map((q) => record(fixed.index, q));
  writeFileSync(RANKINGS_FILE, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
  console.log(`recorded ${rows.length} rankings into ${RANKINGS_FILE}`);
}
