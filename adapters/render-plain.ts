/**
 * A reply as plain text lines, optionally styled: the console and the CLI print it, and Telegram uses
 * it where only plain text fits (a button's alert, an inline result's title).
 */
import { MESSAGES, confidenceInWords, say, type Block, type Lang, type Quote, type Reply, type SentenceRef, type Span } from "../src/index.js";

/** Styles for the console: plain text by default, ANSI colours on a terminal. */
export interface TextStyle {
  answer(text: string): string;
  dim(text: string): string;
  title(text: string): string;
  /** The answer span marked inside its sentence; plain text leaves it as it is. */
  mark?(text: string): string;
}

export const PLAIN: TextStyle = { answer: (t) => t, dim: (t) => t, title: (t) => t };

// Marks that open or close a quotation; a sentence that starts or ends with one carries its own.
const OPENING = /^["“‘'«„]/;
const CLOSING = /["”’'»]$/;

/**
 * The sentence in quotation marks, unless it begins or ends with its own (no "““…”"). A sentence that
 * closes a quotation opened before it ("Kami bertekad …,” ujar dia.") takes only the opening mark.
 */
export function quoted(text: string): string {
  if (OPENING.test(text) || CLOSING.test(text)) return text;
  return count(text, "”") > count(text, "“") ? `“${text}` : `“${text}”`;
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/** A sentence cut around its span: before, the span, after (the span "" when there is none). */
export function aroundSpan(text: string, span: Span | null | undefined): readonly [string, string, string] {
  if (!span || span.end <= span.start || text.slice(span.start, span.end) !== span.text) return [text, "", ""];
  return [text.slice(0, span.start), span.text, text.slice(span.end)];
}

/** "— paragraf 5, kalimat 5 (cukup yakin)": where the answer stands, and how sure the bot is. */
export function citationLine(label: string, reply: Reply): string {
  const answer = reply.blocks.find((b) => b.kind === "answer");
  return answer?.kind === "answer" ? `— ${label} (${confidenceInWords(answer.confidence, reply.lang)})` : `— ${label}`;
}

/** The words of the catalog an adapter shows around replies. */
export function wordsOf(lang: Lang): { context: string; indirect: string } {
  return { context: say(MESSAGES.contextTitle, lang), indirect: say(MESSAGES.indirect, lang) };
}

/** A reply as readable text lines (the CLI, piped console, logs). */
export function renderPlain(reply: Reply, style: TextStyle = PLAIN): string {
  return reply.blocks.map((block) => renderBlock(block, reply, style)).filter((s) => s !== "").join("\n");
}

function renderBlock(block: Block, reply: Reply, style: TextStyle): string {
  const words = wordsOf(reply.lang);
  switch (block.kind) {
    case "text":
      return block.text;
    case "answer":
      return answerLines(block.sentence.text, block.span, style);
    case "citation":
      return style.dim(citationLine(block.label, reply));
    case "context":
      return style.dim(`${words.context}: ${block.sentences.map((s) => s.text).join(" ")}`);
    case "alternatives":
    case "sentences":
      return [style.title(block.title), ...block.sentences.map(numbered)].join("\n");
    case "quotes":
      return [style.title(block.title), ...block.quotes.map((q) => quoteLine(q, words.indirect)), ...(block.footer ? [style.dim(block.footer)] : [])].join("\n");
    case "buttons":
      return "";
  }
}

// The span on the first line, then the sentence quoted with the span marked; or just the sentence.
function answerLines(text: string, span: Span | null | undefined, style: TextStyle): string {
  const [before, exact, after] = aroundSpan(text, span);
  if (exact === "") return style.answer(quoted(text));
  const mark = style.mark ?? ((t: string) => t);
  return `${style.answer(exact)}\n${quoted(`${before}${mark(exact)}${after}`)}`;
}

function quoteLine(q: Quote, indirect: string): string {
  // Reported speech is the article's words too, but not the speaker's: no quotation marks around it.
  if (q.kind === "indirect") return `  [${q.sentence}] ${q.speaker} (${indirect}): ${q.text}`;
  return `  [${q.sentence}] ${q.speaker}: ${quoted(q.text)}`;
}

function numbered(s: SentenceRef): string {
  return `  [${s.sentence}] ${s.text}`;
}

