/**
 * A Reply as inline-mode results: one result per quotation for a quote list, else one result holding
 * the whole answer. Titles are plain text; the message a person picks is the same HTML as in a chat.
 */
import type { InlineQueryResultArticle } from "grammy/types";
import type { Reply } from "../../src/index.js";
import { renderPlain } from "../render-plain.js";
import { TELEGRAM } from "./defaults.js";
import { formatLine } from "./split.js";
import { quoteLine, renderHtml } from "./render-html.js";

// Telegram shows about this much of a title and a description; longer text is cut with "…".
const TITLE_CHARS = 100;
const DESCRIPTION_CHARS = 200;

export function inlineResults(reply: Reply): InlineQueryResultArticle[] {
  const quotes = reply.blocks.flatMap((b) => (b.kind === "quotes" ? b.quotes : []));
  if (quotes.length > 0) {
    const indirect = reply.lang === "en" ? "indirect" : "tidak langsung";
    return quotes.slice(0, TELEGRAM.maxInlineResults).map((q, i) => article(`q${i}`, q.speaker, q.text, formatLine(quoteLine(q, indirect))));
  }
  const [first = "…", ...rest] = renderPlain(reply).split("\n").filter((line) => line.trim() !== "");
  const html = renderHtml(reply).messages[0] ?? "…";
  return [article("a", first, rest.join(" "), html)];
}

function article(id: string, title: string, description: string, html: string): InlineQueryResultArticle {
  return {
    type: "article",
    id,
    title: cut(title, TITLE_CHARS),
    description: cut(description, DESCRIPTION_CHARS),
    input_message_content: { message_text: html, parse_mode: "HTML", link_preview_options: { is_disabled: true } },
  };
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
