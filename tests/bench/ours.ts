/** Our retriever and answerer, as the benchmarks see them. */
import { answerQuestion } from "../../src/answer.js";
import { withUnquotedSpeaker } from "../../src/unquoted-speaker.js";
import type { Answer, Corpus, SentenceRef } from "../../src/index.js";
import { SearchIndex, type IndexOptions } from "../../src/search/index.js";
import { analyseQuery } from "../../src/search/query.js";
import { rankSentences } from "../../src/search/rank.js";
import type { Retriever } from "./baselines.js";

export interface Ours extends Retriever {
  answer(question: string): Answer;
}

export function ours(corpus: Corpus, options?: IndexOptions): Ours {
  const index = new SearchIndex(corpus, options);
  return {
    name: "tanya-artikel",
    search: (q, limit): SentenceRef[] =>
      rankSentences(analyseQuery(q, index), index).slice(0, limit).map((r) => index.sentences[r.sentence]!.ref),
    answer: (q) => withUnquotedSpeaker(answerQuestion(q, index), q, corpus),
  };
}
