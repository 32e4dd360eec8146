/**
 * The last exchange of each chat, kept only as long as a follow-up to it is likely: one entry per
 * chat (the last answered question and its sentence), a time-to-live, and a cap on the number of
 * chats (the least recently used is forgotten first). The clock is injected, so the core stays pure.
 */
import type { SentenceRef } from "../types.js";

/** What a follow-up may lean on: the question as it was read, and the sentence that answered it. */
export interface Exchange {
  readonly question: string;
  readonly sentence: SentenceRef;
}

export const FOLLOWUP_MEMORY = Object.freeze({
  /** A reply to an answer older than this is read with the answer alone (the sentence in the message). */
  ttlMs: 30 * 60_000,
  /** Chats remembered at most; a busy bot forgets the quietest first. */
  maxChats: 10_000,
});

/** The store's interface, small enough for another backend (a key-value store) to implement. */
export interface ExchangeStore {
  get(chat: string): Exchange | undefined;
  set(chat: string, exchange: Exchange): void;
}

/** In-process store: a Map in least-recently-used order, entries dropped after their time-to-live. */
export class ExchangeMemory implements ExchangeStore {
  private readonly entries = new Map<string, { exchange: Exchange; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly options: { readonly ttlMs: number; readonly maxChats: number } = FOLLOWUP_MEMORY,
  ) {}

  get(chat: string): Exchange | undefined {
    const entry = this.entries.get(chat);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.options.ttlMs) {
      this.entries.delete(chat);
      return undefined;
    }
    // Used again: it moves to the most recent end (a Map keeps insertion order).
    this.entries.delete(chat);
    this.entries.set(chat, entry);
    return entry.exchange;
  }

  set(chat: string, exchange: Exchange): void {
    this.entries.delete(chat);
    this.entries.set(chat, { exchange, at: this.now() });
    while (this.entries.size > this.options.maxChats) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
