/**
 * What an article's reader meets in order: reported statements (one per sentence at most) and
 * chains of direct quotation pieces (a quotation over several paragraphs is one chain).
 */
import { statementIn, type Statement } from "./cues.js";
import type { Para, Place } from "./layout.js";
import type { Span } from "./marks.js";
import type { Token } from "./tokens.js";

export type Item = { kind: "statement"; place: Place; statement: Statement } | { kind: "chain"; place: Place; chain: Span[] };

/** Pronouns that open a sentence which goes on with what the last cue's speaker said. */
const GOING_ON = new Set(["ia", "dia", "beliau"]);

/** Statements and quotation chains, in article order (a statement before a chain at the same place). */
export function itemsOf(paras: readonly Para[], tokens: (para: number) => readonly Token[], spans: readonly Span[]): Item[] {
  const items: Item[] = [];
  for (const chain of chainsOf(spans)) items.push({ kind: "chain", place: { para: chain[0]!.para, offset: chain[0]!.open }, chain });
  // Each paragraph's own spans: testing every span of the article per word grew with its square.
  const spansOf = new Map<number, Span[]>();
  for (const span of spans) {
    const list = spansOf.get(span.para);
    if (list) list.push(span);
    else spansOf.set(span.para, [span]);
  }
  paras.forEach((para, index) => {
    const words = tokens(index);
    const here = spansOf.get(index) ?? [];
    const inQuote = (i: number) => here.some((s) => s.open <= words[i]!.start && words[i]!.start <= s.close);
    const found = para.sentences.map((sentence) => {
      const [from, to] = [words.findIndex((t) => t.start >= sentence.start), words.findIndex((t) => t.start >= sentence.end)];
      return from < 0 ? undefined : { from, to: to < 0 ? words.length : to, statement: statementIn(words, from, to < 0 ? words.length : to, inQuote) };
    });
    found.forEach((one, k) => {
      const statement = one?.statement?.short ? goingOn(words, one.statement, found[k + 1], inQuote) : one?.statement;
      if (statement) items.push({ kind: "statement", place: { para: index, offset: para.sentences[k]!.start }, statement });
    });
  });
  return items.sort((a, b) => a.place.para - b.place.para || a.place.offset - b.place.offset || (a.kind === "statement" ? -1 : 1));
}

// "Rudi mengaku puas. Dia akan melanjutkan …": a cue with too little after it, and a next
// sentence that opens with a personal pronoun and has no cue or quotation of its own.
function goingOn(words: readonly Token[], cue: Statement, next: { from: number; to: number; statement?: Statement } | undefined, inQuote: (i: number) => boolean): Statement | undefined {
  if (!next || next.statement || !GOING_ON.has(words[next.from]!.lower)) return undefined;
  let end = next.to;
  while (end > next.from && !words[end - 1]!.word) end--;
  for (let i = next.from; i < end; i++) if (inQuote(i)) return undefined;
  return { ...cue, short: false, contentFrom: next.from, contentTo: end };
}

function chainsOf(spans: readonly Span[]): Span[][] {
  const chains: Span[][] = [];
  for (const span of spans) {
    const last = chains.at(-1);
    if (span.continues && last && !last.at(-1)!.closed) last.push(span);
    else chains.push([span]);
  }
  return chains;
}
