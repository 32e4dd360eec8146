/**
 * A reply as plain text lines, optionally styled: the console and the CLI print it, and Telegram uses
 * it where only plain text fits (a button's alert, an inline result's title).
 */
import type { Block, Quote, Reply, SentenceRef } from "../src/index.js";

/** Styles for the console: plain text by default, ANSI colours on a terminal. */
export interface TextStyle {
  answer(text: string): string;
  dim(text: string): string;
  title(text: string): string;
}

export const PLAIN: TextStyle = { answer: (t) => t, dim: (t) => t, title: (t) => t };

/** A reply as readable text lines (the CLI, piped console, logs). */
export function renderPlain(reply: Reply, style: TextStyle = PLAIN): string {
  return reply.blocks.map((block) => renderBlock(block, reply, style)).filter((s) => s !== "").join("\n");
}

function renderBlock(block: Block, reply: Reply, style: TextStyle): string {
  const en = reply.lang === "en";
  switch (block.kind) {
    case "text":
      return block.text;
    case "answer":
      return `${style.answer(`“${block.sentence.text}”`)}`;
    case "citation":
      return style.dim(`— ${block.label} (${en ? "confidence" : "keyakinan"} ${block.ref && confidenceOf(reply)})`);
    case "context":
      return style.dim(`${en ? "Context" : "Konteks"}: ${block.sentences.map((s) => s.text).join(" ")}`);
    case "alternatives":
    case "sentences":
      return [style.title(block.title), ...block.sentences.map(numbered)].join("\n");
    case "quotes":
      return [style.title(block.title), ...block.quotes.map((q) => quoteLine(q, en)), ...(block.footer ? [style.dim(block.footer)] : [])].join("\n");
    case "buttons":
      return "";
  }
}

function quoteLine(q: Quote, en: boolean): string {
  // Reported speech is the article's words too, but not the speaker's: no quotation marks around it.
  if (q.kind === "indirect") return `  [${q.sentence}] ${q.speaker} (${en ? "indirect" : "tidak langsung"}): ${q.text}`;
  return `  [${q.sentence}] ${q.speaker}: “${q.text}”`;
}

function numbered(s: SentenceRef): string {
  return `  [${s.sentence}] ${s.text}`;
}

function confidenceOf(reply: Reply): string {
  const answer = reply.blocks.find((b) => b.kind === "answer");
  return answer && answer.kind === "answer" ? answer.confidence.toFixed(2) : "-";
}
