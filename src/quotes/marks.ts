/**
 * Direct quotations by their marks: “…”, "…" (also pre-tokenised ` " … " `), ‘…’ and '…'. A
 * quotation left open at the end of a paragraph runs on when the next paragraph opens with a mark
 * (the news convention for quotations over several paragraphs).
 */
import type { Para } from "./layout.js";

/** One paragraph's piece of a quotation: the words inside the marks (trimmed, trailing comma dropped). */
export interface Span {
  readonly para: number;
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark (the paragraph's length when it stays open). */
  readonly close: number;
  readonly start: number;
  readonly end: number;
  /** The piece goes on from a quotation left open in the previous paragraph. */
  readonly continues: boolean;
  readonly closed: boolean;
}

const OPEN_DOUBLE = new Set(["“", "„", "«"]);
const CLOSE_DOUBLE = new Set(["”", "»"]);
const DOUBLE_MARKS = /["“„«”»]/g;
const SINGLE_OPENS = /['‘]/;
// A single-quoted span is a quotation only from this many words on; shorter ones are scare quotes.
const SINGLE_MIN_WORDS = 4;

/** Every quotation piece of the article's body paragraphs, in order. */
export function quotationSpans(paras: readonly Para[]): Span[] {
  const out: Span[] = [];
  let openAtEnd = false;
  paras.forEach((para, index) => {
    const doubles = doubleSpans(para.text, index);
    const singles = singleSpans(para.text, index).filter((s) => !doubles.some((d) => s.open < d.close && d.open < s.close));
    const pieces = doubles.concat(singles);
    const first = /^\s*["“„«]/.test(para.text);
    for (const piece of pieces.sort((a, b) => a.open - b.open)) {
      out.push({ ...piece, continues: openAtEnd && first && piece.open === para.text.search(/\S/) });
    }
    openAtEnd = pieces.some((p) => !p.closed);
  });
  return out.filter((s) => s.end > s.start);
}

type Piece = Omit<Span, "continues">;

function doubleSpans(text: string, para: number): Piece[] {
  const out: Piece[] = [];
  let open = -1;
  // Only the marks themselves: every other character left the loop below as it was.
  for (const mark of text.matchAll(DOUBLE_MARKS)) {
    const i = mark.index;
    const c = mark[0];
    const opens = OPEN_DOUBLE.has(c) || ((c === '"' || misturned(text, i)) && open < 0);
    const closes = CLOSE_DOUBLE.has(c) || (c === '"' && open >= 0);
    if (open < 0 && opens) open = i;
    else if (open >= 0 && closes) {
      out.push(piece(text, para, open, i, true));
      open = -1;
    }
  }
  if (open >= 0) out.push(piece(text, para, open, text.length, false));
  return out;
}

// A closing mark where a quotation can only open ("” Kami …, ” ujar X" at a paragraph's or a
// sentence's start): a typesetting slip common in Indonesian news.
function misturned(text: string, i: number): boolean {
  return CLOSE_DOUBLE.has(text[i]!) && /(?:^|[.!?:])$/.test(text.slice(0, i).trimEnd()) && /^\s?\p{L}/u.test(text.slice(i + 1, i + 3));
}

// ‘…’ or '…' opening after a space (not an apostrophe inside a word), closing before a space or
// punctuation.
function singleSpans(text: string, para: number): Piece[] {
  const out: Piece[] = [];
  if (!SINGLE_OPENS.test(text)) return out;
  for (const m of text.matchAll(/(?<=^|[\s(])['‘]\s?([^'’"“”]+?)\s?['’](?=$|[\s,.;:!?)])/gu)) {
    const open = m.index;
    const close = open + m[0].length - 1;
    if (m[1]!.trim().split(/\s+/).length >= SINGLE_MIN_WORDS) out.push(piece(text, para, open, close, true));
  }
  return out;
}

function piece(text: string, para: number, open: number, close: number, closed: boolean): Piece {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { para, open, close, start, end, closed };
}
