/**
 * "Is this offset inside a quotation?", asked for every capitalised word of an article: the spans
 * grouped by paragraph once, so each question reads only its own paragraph's few spans (asking all
 * spans each time made start-up quadratic in the article's length).
 */
import type { Span } from "./marks.js";

/** A test for one place of the article: is it inside a quotation's marks? */
export type InsideQuotation = (para: number, offset: number) => boolean;

export function insideQuotation(spans: readonly Span[]): InsideQuotation {
  const byPara = new Map<number, Span[]>();
  for (const span of spans) {
    const list = byPara.get(span.para);
    if (list) list.push(span);
    else byPara.set(span.para, [span]);
  }
  return (para, offset) => byPara.get(para)?.some((s) => s.open <= offset && offset < s.close) ?? false;
}
