/**
 * A deadline on every Bot API call. grammY's own is 500 s for every call, so a Bot API server that
 * accepts a request and never answers stalled polling for minutes (and held a chat's queue for five
 * attempts of that), with nothing logged. Here a long poll may take its `timeout` plus a margin, any
 * other call `requestTimeoutMs`; past that the call is abandoned as a dropped connection would be
 * (retry.ts retries it, grammY's polling loop polls again), and the hang is logged once.
 */
import type { Transformer } from "grammy";
import type { Logger } from "../logger.js";

export interface TimeoutOptions {
  /** Deadline of a call other than getUpdates. */
  readonly requestTimeoutMs: number;
  /** Added to a getUpdates call's own long-poll `timeout`. */
  readonly pollMarginMs: number;
}

/** Install innermost (first), so that each retry attempt has its own deadline. */
export function callTimeout(options: TimeoutOptions, log: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    const ms = deadlineOf(method, payload, options);
    // grammY's signal (aborted when it stops polling) is a polyfill's, which AbortSignal.any does not
    // follow: it is joined to the deadline by hand.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    const cancel = () => controller.abort();
    if (signal?.aborted) cancel();
    signal?.addEventListener("abort", cancel);
    try {
      return await prev(method, payload, controller.signal as unknown as Signal);
    } catch (error) {
      if (timedOut && !signal?.aborted) log.warn(`Telegram did not answer ${method} within ${ms / 1000} s; the call was abandoned`);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", cancel);
    }
  };
}

// grammY's own AbortSignal type (a polyfill's on older Node); Node's is the same at run time.
type Signal = Parameters<Transformer>[3];

function deadlineOf(method: string, payload: unknown, options: TimeoutOptions): number {
  if (method !== "getUpdates") return options.requestTimeoutMs;
  const poll = (payload as { timeout?: number } | undefined)?.timeout ?? 0;
  return poll * 1000 + options.pollMarginMs;
}
