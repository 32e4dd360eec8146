/**
 * Where things stand: an article's body paragraphs with the character range of each sentence, so
 * that a quotation found by character offset can be cited by paragraph and sentence.
 */
import type { Article, Sentence } from "../types.js";

// "Baca juga: <another article's headline>": a link, not the article's own words.
const CROSS_LINK = /^(?:baca|lihat|simak) juga\b/i;

export interface SentenceSpan {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

/** A body paragraph's text (verbatim) and its sentences' ranges in it. */
export interface Para {
  readonly number: number;
  readonly text: string;
  readonly sentences: readonly SentenceSpan[];
}

/** A place in the article: a body paragraph (index into the list) and a character offset in it. */
export interface Place {
  readonly para: number;
  readonly offset: number;
}

// Made once per article: the quote extractor and every speaker of the index read the same layout.
const layouts = new WeakMap<Article, readonly Para[]>();

/** The body paragraphs, in order, each with its sentences located. */
export function bodyParagraphs(article: Article): readonly Para[] {
  let paras = layouts.get(article);
  if (!paras) {
    paras = layOut(article);
    layouts.set(article, paras);
  }
  return paras;
}

// Linear in the article: each paragraph's own sentences, not every sentence per paragraph.
function layOut(article: Article): Para[] {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of article.sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  return article.paragraphs
    .filter((p) => p.kind === "body" && !CROSS_LINK.test(p.text))
    .map((p) => ({ number: p.number, text: p.text, sentences: locate(p.text, byParagraph.get(p.number) ?? []) }));
}

function locate(text: string, sentences: readonly Sentence[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  for (const s of sentences) {
    const at = text.indexOf(s.text, from);
    const start = at < 0 ? from : at;
    out.push({ sentence: s.sentence, start, end: start + s.text.length });
    from = start + s.text.length;
  }
  return out;
}

/** The sentence that holds the offset (the last one starting at or before it). */
export function sentenceAt(para: Para, offset: number): SentenceSpan {
  let found = para.sentences[0] ?? { sentence: 0, start: 0, end: para.text.length };
  for (const s of para.sentences) if (s.start <= offset) found = s;
  return found;
}

/** True when place a comes before place b. */
export function before(a: Place, b: Place): boolean {
  return a.para < b.para || (a.para === b.para && a.offset < b.offset);
}
