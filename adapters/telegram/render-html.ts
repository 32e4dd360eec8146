/**
 * A core Reply as Telegram HTML messages. Every string from the article or a person is escaped (by
 * formatLine); the only tags are the ones written here.
 */
import type { Block, Button, Quote, Reply, SentenceRef } from "../../src/index.js";
import { TELEGRAM } from "./defaults.js";
import { splitLines, type Line } from "./split.js";

export interface RenderedReply {
  /** HTML messages, each under Telegram's limit, in order. */
  readonly messages: readonly string[];
  /** Buttons for the last message. */
  readonly buttons: readonly Button[];
}

const WORDS = Object.freeze({
  id: { confidence: "keyakinan", context: "Konteks", indirect: "tidak langsung" },
  en: { confidence: "confidence", context: "Context", indirect: "indirect" },
});

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
  const words = WORDS[reply.lang];
  switch (block.kind) {
    case "text":
      return block.text.split("\n").map((text) => [{ text }]);
    case "answer":
      return [[{ text: `“${block.sentence.text}”`, tag: "b" }]];
    case "citation":
      return [[{ text: `— ${block.label} (${words.confidence} ${confidenceOf(reply)})`, tag: "i" }]];
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

function numbered(sentence: SentenceRef): Line {
  return [{ text: `[${sentence.sentence}] ${sentence.text}` }];
}

/** One quotation: speaker in bold, the article's words, the sentence it stands in. */
export function quoteLine(quote: Quote, indirect: string): Line {
  // Reported speech is the article's words too, but not the speaker's: no quotation marks around it.
  const said = quote.kind === "indirect" ? ` (${indirect}): ${quote.text}` : `: “${quote.text}”`;
  return [{ text: `[${quote.sentence}] ` }, { text: quote.speaker, tag: "b" }, { text: said }];
}

function confidenceOf(reply: Reply): string {
  const answer = reply.blocks.find((b) => b.kind === "answer");
  return answer?.kind === "answer" ? answer.confidence.toFixed(2) : "-";
}
