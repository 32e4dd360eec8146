/**
 * A Reply as inline-mode results: one result per quotation for a quote list, else one result holding
 * the whole answer. Titles are plain text; the message a person picks is the same HTML as in a chat.
 *
 * A long quote list pages the way Telegram pages inline results: the answer's `next_offset` is the
 * action of the list's next-page button, and Telegram sends it back as the `offset` of the query for
 * more results, which to-incoming.ts turns into a press of that button. The core decides what each
 * page holds; this file only picks which of its buttons leads forward.
 */
import { createHash } from "node:crypto";
import type { InlineQueryResultArticle } from "grammy/types";
import type { Reply } from "../../src/index.js";
import { renderPlain, wordsOf } from "../render-plain.js";
import { TELEGRAM } from "./defaults.js";
import { formatLine } from "./split.js";
import { quoteLine, renderHtml } from "./render-html.js";

// Telegram shows about this much of a title and a description; longer text is cut with "…".
const TITLE_CHARS = 100;
const DESCRIPTION_CHARS = 200;
// Telegram refuses a next_offset longer than 64 bytes (page actions are made to fit callback data, also 64).
const OFFSET_BYTES = 64;

/**
 * The results for one answer. `offset` is the query's offset ("" for the first page): result ids
 * must differ across the pages of one query, so later pages tag theirs with it.
 */
export function inlineResults(reply: Reply, offset = ""): InlineQueryResultArticle[] {
  const quotes = reply.blocks.flatMap((b) => (b.kind === "quotes" ? b.quotes : []));
  if (quotes.length > 0) {
    const indirect = wordsOf(reply.lang).indirect;
    const tag = offset === "" ? "" : `${createHash("sha256").update(offset).digest("base64url").slice(0, 16)}.`;
    return quotes.slice(0, TELEGRAM.maxInlineResults).map((q, i) => article(`${tag}q${i}`, q.speaker, q.text, formatLine(quoteLine(q, indirect))));
  }
  // The first plain line is the answer span when there is one: the result's title is the answer.
  const [first = "…", ...rest] = renderPlain(reply).split("\n").filter((line) => line.trim() !== "");
  const html = renderHtml(reply).messages[0] ?? "…";
  return [article("a", first, rest.join(" "), html)];
}

/**
 * The `next_offset` for this answer: the action of the button the core marks `rel: "next"`, or ""
 * when there is no next page (then Telegram asks for no more). An answer's buttons (context, more)
 * are not pages and carry no `rel`.
 */
export function nextOffset(reply: Reply): string {
  const buttons = reply.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : []));
  const forward = buttons.find((button) => button.rel === "next");
  return forward && Buffer.byteLength(forward.action, "utf8") <= OFFSET_BYTES ? forward.action : "";
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
