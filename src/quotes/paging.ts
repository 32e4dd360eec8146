/**
 * Long quote lists, a page at a time. A page button's action names the page by the corpus's
 * fingerprint, the reply's language, the speaker's place in the speaker list, the page number and
 * the topic: "qp:3fa9c1:id:0:2:nuklir". All of it is derived from the corpus and what was asked, so
 * a button still works after a restart, and says it has expired once the corpus has changed.
 */
import { fingerprint } from "../fingerprint.js";
import type { Block, Button, Corpus, Lang, Quote } from "../types.js";
import { QUOTE_MESSAGES as M } from "./messages.js";

export const QUOTE_PAGING = Object.freeze({
  /**
   * Quotations on one page: five fill a phone screen on Telegram and one Discord embed with room to
   * spare; a longer list is a wall of text in which the first quotes scroll away.
   */
  pageSize: 5,
  /**
   * Longest topic, in UTF-8 bytes, that a page button carries. The rest of the action takes at most
   * 24 bytes (with fewer than 10,000 speakers and pages), so the whole stays within `actionBytes`. A
   * longer topic is cut at a word before the search, so that every page lists the same quotations.
   */
  topicBytes: 40,
  /** Telegram's limit on callback data, the tightest of the platforms. */
  actionBytes: 64,
});

/** One page of one speaker's quotations, as a page button asks for it. */
export interface PageRequest {
  /** The speaker's position in SpeakerIndex.speakers. */
  readonly speakerAt: number;
  /** 1-based. */
  readonly page: number;
  /** The topic, already cut by `shortTopic`; "" for all of the speaker's quotations. */
  readonly topic: string;
  readonly lang: Lang;
}

const ACTION = /^qp:([0-9a-f]{6}):(id|en):(\d{1,4}):(\d{1,4}):([\s\S]*)$/;
const encoder = new TextEncoder();

/** The action of a button that shows this page. */
export function pageAction(corpus: Corpus, request: PageRequest): string {
  return `qp:${fingerprint(corpus)}:${request.lang}:${request.speakerAt}:${request.page}:${request.topic}`;
}

/** The page a "qp:" action asks for and the corpus fingerprint it was made with, or null if it is not one. */
export function readPageAction(action: string): (PageRequest & { readonly print: string }) | null {
  const match = ACTION.exec(action);
  if (!match) return null;
  const [, print, lang, speakerAt, page, topic] = match;
  return { print: print!, lang: lang as Lang, speakerAt: Number(speakerAt), page: Number(page), topic: topic! };
}

/**
 * The blocks for one page of a list: the quotations (with "Halaman 2 dari 3" under them) and buttons
 * to the pages either side. A list that fits one page comes whole, without buttons. Null when the
 * page does not exist.
 */
export function pageBlocks(corpus: Corpus, title: string, quotes: readonly Quote[], request: PageRequest): Block[] | null {
  const pages = Math.max(1, Math.ceil(quotes.length / QUOTE_PAGING.pageSize));
  if (request.page < 1 || request.page > pages) return null;
  if (pages === 1) return [{ kind: "quotes", title, quotes }];
  const from = (request.page - 1) * QUOTE_PAGING.pageSize;
  const shown = quotes.slice(from, from + QUOTE_PAGING.pageSize);
  const footer = M.page[request.lang](request.page, pages);
  const buttons: Button[] = [];
  if (request.page > 1) buttons.push({ label: M.previousPage[request.lang], action: pageAction(corpus, { ...request, page: request.page - 1 }), rel: "previous" });
  if (request.page < pages) buttons.push({ label: M.nextPage[request.lang], action: pageAction(corpus, { ...request, page: request.page + 1 }), rel: "next" });
  const usable = buttons.filter((b) => bytes(b.action) <= QUOTE_PAGING.actionBytes);
  const blocks: Block[] = [{ kind: "quotes", title, quotes: shown, footer }];
  return usable.length > 0 ? [...blocks, { kind: "buttons", buttons: usable }] : blocks;
}

/** The topic as a page button can carry it: its words while they fit in QUOTE_PAGING.topicBytes. */
export function shortTopic(topic: string): string {
  const words = topic.trim().split(/\s+/).filter((w) => w !== "");
  let out = "";
  for (const word of words) {
    const next = out === "" ? word : `${out} ${word}`;
    if (bytes(next) > QUOTE_PAGING.topicBytes) break;
    out = next;
  }
  // One word longer than the limit: as many of its characters as fit.
  if (out === "" && words.length > 0) {
    for (const char of words[0]!) {
      if (bytes(out + char) > QUOTE_PAGING.topicBytes) break;
      out += char;
    }
  }
  return out;
}

function bytes(text: string): number {
  return encoder.encode(text).length;
}
