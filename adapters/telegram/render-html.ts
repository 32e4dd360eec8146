/**
 * A core Reply as Telegram HTML messages. Every string from the article or a person is escaped (by
 * formatLine); the only tags are the ones written here.
 */
import type { Block, Button, Quote, Reply, SentenceRef, Span } from "../../src/index.js";
import { aroundSpan, citationLine, quoted, wordsOf } from "../render-plain.js";
import { TELEGRAM } from "./defaults.js";
import { splitLines, type Line, type Run } from "./split.js";

export interface RenderedReply {
  /** HTML messages, each under Telegram's limit, in order. */
  readonly messages: readonly string[];
  /** Buttons for the last message. */
  readonly buttons: readonly Button[];
}

export function renderHtml(reply: Reply, max: number = TELEGRAM.messageLimit): RenderedReply {
  const buttons = reply.blocks.flatMap((block) => (block.kind === "buttons" ? block.buttons : []));
  return { messages: splitLines(replyLines(reply), max), buttons };
}

/** The reply as lines of tagged runs; a blank line between blocks. */
export function replyLines(reply: Reply): Line[] {
  const blocks = reply.blocks.map((block) => blockLines(block, reply)).filter((lines) => lines.length > 0);
  return blocks.flatMap((lines, i) => (i === 0 ? lines : [[{ text: "" }], ...lines]));
}

function blockLines(block: Block, reply: Reply): Line[] {
  const words = wordsOf(reply.lang);
  switch (block.kind) {
    case "text":
      return block.text.split("\n").map((text) => [{ text }]);
    case "answer":
      return answerLines(block.sentence.text, block.span);
    case "citation":
      return [[{ text: citationLine(block.label, reply), tag: "i" }]];
    case "context":
      return [[{ text: `${words.context}: `, tag: "i" }, { text: block.sentences.map((s) => s.text).join(" "), tag: "i" }]];
    case "alternatives":
    case "sentences":
      return [[{ text: block.title, tag: "b" }], ...block.sentences.map(numbered)];
    case "quotes": {
      const footer: Line[] = block.footer ? [[{ text: block.footer, tag: "i" }]] : [];
      return [[{ text: block.title, tag: "b" }], ...block.quotes.map((q) => quoteLine(q, words.indirect)), ...footer];
    }
    case "buttons":
      return [];
  }
}

/**
 * With a span: the span in bold, then the sentence as a quotation block with the span in bold inside
 * it (a blockquote needs no quotation marks). Without: the sentence in bold, quoted once.
 */
function answerLines(text: string, span: Span | null | undefined): Line[] {
  const [before, exact, after] = aroundSpan(text, span);
  if (exact === "") return [[{ text: quoted(text), tag: "b" }]];
  const inside: Run[] = [{ text: before, quote: true }, { text: exact, tag: "b", quote: true }, { text: after, quote: true }];
  return [[{ text: exact, tag: "b" }], inside.filter((run) => run.text !== "")];
}

function numbered(sentence: SentenceRef): Line {
  return [{ text: `[${sentence.sentence}] ${sentence.text}` }];
}

/** One quotation: speaker in bold, the article's words, the sentence it stands in. */
export function quoteLine(quote: Quote, indirect: string): Line {
  // Reported speech is the article's words too, but not the speaker's: no quotation marks around it.
  const said = quote.kind === "indirect" ? ` (${indirect}): ${quote.text}` : `: ${quoted(quote.text)}`;
  return [{ text: `[${quote.sentence}] ` }, { text: quote.speaker, tag: "b" }, { text: said }];
}

