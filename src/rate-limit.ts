/**
 * Per-user rate limit over a sliding window, with one notice per burst: the first message over the
 * limit gets a polite notice, the rest of the burst is dropped silently. The clock is injected, so
 * the core stays pure and tests need no timers.
 */
import { MESSAGES } from "./i18n.js";

export interface RateLimitOptions {
  /** Messages allowed per window. */
  readonly limit: number;
  readonly windowMs: number;
}

export type RateDecision = "allow" | "notify" | "drop";

/** Defaults: five questions in thirty seconds is brisk human chat; more is a flood or a script. */
export const RATE_LIMIT = Object.freeze({ limit: 5, windowMs: 30_000 });

// Users seen more than this long ago are forgotten, so memory stays flat.
const FORGET_AFTER_WINDOWS = 2;

interface Entry {
  times: number[];
  notified: boolean;
  /** When the user last wrote (allowed or not). */
  last: number;
}

export class RateLimiter {
  // Kept in order of last message (a user who writes moves to the end), so the idle are at the front.
  private readonly seen = new Map<string, Entry>();

  constructor(
    private readonly options: RateLimitOptions = RATE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  /** What to do with a message from `user`: answer it, send the one notice, or drop it. */
  check(user: string): RateDecision {
    const time = this.now();
    this.forgetIdle(time);
    const entry = this.seen.get(user) ?? { times: [], notified: false, last: time };
    entry.times = entry.times.filter((t) => time - t < this.options.windowMs);
    if (entry.times.length === 0) entry.notified = false;
    entry.last = time;
    this.seen.delete(user);
    this.seen.set(user, entry);
    if (entry.times.length < this.options.limit) {
      entry.times.push(time);
      return "allow";
    }
    if (entry.notified) return "drop";
    entry.notified = true;
    return "notify";
  }

  /** People remembered (those who wrote within the last two windows): for tests and metrics. */
  get size(): number {
    return this.seen.size;
  }

  // Only the idle front of the map is visited, so each message costs O(1) amortised at any size.
  private forgetIdle(time: number): void {
    for (const [user, entry] of this.seen) {
      if (time - entry.last <= FORGET_AFTER_WINDOWS * this.options.windowMs) return;
      this.seen.delete(user);
    }
  }
}

/** The notice a user gets once when they go over the limit. */
export const RATE_NOTICE = MESSAGES.rateNotice;
