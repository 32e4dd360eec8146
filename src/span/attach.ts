/** Where the span finder meets the answer: one call, so the ranker can change around it freely. */
import type { Answer, SentenceRef } from "../types.js";
import { spanFinder } from "./find.js";

/** An answered question whose sentence and alternatives do not carry spans yet. */
export type Unspanned = Omit<Answer, "answer"> & { readonly answer: SentenceRef };

/** The answer with the span of its sentence and of each alternative (null where none is found). */
export function withSpans(answer: Unspanned): Answer {
  const spanIn = spanFinder(answer.question);
  return {
    ...answer,
    answer: { ...answer.answer, span: spanIn(answer.answer.text) },
    alternatives: answer.alternatives.map((s: SentenceRef) => ({ ...s, span: spanIn(s.text) })),
  };
}
