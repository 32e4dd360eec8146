/** Where the span finder meets the answer: one call, so the ranker can change around it freely. */
import type { Answer, SentenceRef, Span } from "../types.js";
import { spanFinder } from "./find.js";

/** An answered question whose sentence and alternatives do not carry spans yet. */
export type Unspanned = Omit<Answer, "answer"> & { readonly answer: SentenceRef };

/** The answer with the span of its sentence and of each alternative (null where none is found). */
export function withSpans(answer: Unspanned): Answer {
  const spanIn = spanFinder(answer.question);
  return {
    ...answer,
    answer: { ...answer.answer, span: spanIn(answer.answer.text) },
    alternatives: answer.alternatives.map((s: SentenceRef) => withLazySpan(s, spanIn)),
  };
}

/**
 * The alternative with its span found when first read: no reply shows an alternative's span (only
 * the CLI's JSON and callers of the core read it), and finding it was most of the span finder's
 * time per question. The same value either way: the finder is a pure function of its question.
 */
function withLazySpan(sentence: SentenceRef, spanIn: (text: string) => Span | null): SentenceRef & { readonly span: Span | null } {
  const out = { ...sentence } as SentenceRef & { readonly span: Span | null };
  let span: Span | null | undefined;
  // Kept in the closure, not written onto the object: an answer a caller froze still reads it.
  Object.defineProperty(out, "span", { enumerable: true, get: (): Span | null => (span === undefined ? (span = spanIn(sentence.text)) : span) });
  return out;
}
