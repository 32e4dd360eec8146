/**
 * Splits a paragraph into sentences. Respects abbreviations (dll., Jl., Dr., No., ...), initials,
 * decimals and thousands separators, and quotations: a sentence that ends inside a quotation is
 * marked so that its other half is never shown alone.
 */

// Abbreviations after which a full stop does not end a sentence (general Indonesian and English;
// "Sp." is a specialist's title, always followed by the specialty: "dr. X, Sp. Rad").
const NEVER_ENDS = new Set(
  `jl jln no dr drs dra prof ir h hj kh st sdr sdri bpk ibu yth tgl a.n u.p s.h s.e s.pd m.si
   m.m m.a ph.d kol letjen mayjen brigjen jend kapt lett serda kompol akbp kombes ipda iptu aiptu
   mr mrs ms jr sr vs no nos hlm hal vol kab kec kel prov pt cv tbk gg rt rw kg km cm mm ttd
   e.g i.e etc.al sp`.split(/\s+/),
);
// Abbreviations that end a sentence only when a capital letter follows.
const MAY_END = new Set(["dll", "dsb", "dkk", "dst", "etc", "al", "sbb"]);

const OPENERS = new Set(["“", '"', "‘", "«", "„"]);
const CLOSERS = new Set(["”", '"', "’", "»"]);

export interface SplitSentence {
  readonly text: string;
  readonly continuesQuote: boolean;
  readonly opensQuote: boolean;
}

/** The sentences of one paragraph, verbatim, in order. */
export function splitSentences(paragraph: string): SplitSentence[] {
  const text = paragraph.trim();
  const out: SplitSentence[] = [];
  let start = 0;
  let inQuote = false;
  let quoteAtStart = false;
  for (let i = 0; i < text.length; i++) {
    inQuote = updateQuoteState(text, i, inQuote);
    if (!".!?".includes(text[i]!)) continue;
    const end = boundaryEnd(text, i);
    if (end < 0) continue;
    let close = end;
    while (close < text.length && (CLOSERS.has(text[close]!) || ")]".includes(text[close]!))) {
      if (CLOSERS.has(text[close]!)) inQuote = false;
      close++;
    }
    if (!startsNewSentence(text, close)) continue;
    if (!endsHere(text, start, i, close)) continue;
    out.push({ text: text.slice(start, close).trim(), continuesQuote: quoteAtStart, opensQuote: inQuote });
    quoteAtStart = inQuote;
    start = close;
    i = close - 1;
  }
  const rest = text.slice(start).trim();
  if (rest.length > 0) out.push({ text: rest, continuesQuote: quoteAtStart, opensQuote: false });
  return out;
}

// A straight double quote opens when it follows a space or starts the text, and closes otherwise.
function updateQuoteState(text: string, i: number, inQuote: boolean): boolean {
  const c = text[i]!;
  if (c === '"') return inQuote ? false : i === 0 || /[\s([]/.test(text[i - 1]!);
  if (c === "“" || c === "«" || c === "„") return true;
  if (c === "”" || c === "»") return false;
  if (c === "‘" && (i === 0 || /\s/.test(text[i - 1]!))) return true;
  if (c === "’" && inQuote && (i + 1 >= text.length || /[\s,.;:!?]/.test(text[i + 1]!))) return false;
  return inQuote;
}

/** Index just past a run of terminal punctuation at i, or -1 when i sits inside a number. */
function boundaryEnd(text: string, i: number): number {
  if (text[i] === "." && /\p{N}/u.test(text[i - 1] ?? "") && /\p{N}/u.test(text[i + 1] ?? "")) return -1;
  let end = i + 1;
  while (end < text.length && ".!?".includes(text[end]!)) end++;
  return end;
}

function startsNewSentence(text: string, at: number): boolean {
  if (at >= text.length) return false;
  if (!/\s/.test(text[at]!)) return false;
  const next = text.slice(at).trimStart()[0] ?? "";
  return /[\p{Lu}\p{N}]/u.test(next) || OPENERS.has(next) || next === "(" || next === "-" || next === "–";
}

function endsHere(text: string, start: number, dot: number, close: number): boolean {
  if (text[dot] !== ".") return true;
  const before = text.slice(start, dot).match(/(\S+)$/)?.[1] ?? "";
  const word = before.replace(/^[("“‘'«]+/, "").toLowerCase();
  if (/^(?:\p{L}\.)*\p{Lu}$/u.test(before)) return false; // an initial: "J." or "J.K."
  if (NEVER_ENDS.has(word)) return false;
  if (MAY_END.has(word)) return /\p{Lu}/u.test(text.slice(close).trimStart()[0] ?? "");
  return true;
}
