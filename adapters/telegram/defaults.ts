/**
 * Frozen defaults for the Telegram adapter, each with the reason it has that value.
 */
export const TELEGRAM = Object.freeze({
  /** The official Bot API server; TELEGRAM_API_ROOT points at a self-hosted one instead. */
  apiRoot: "https://api.telegram.org",
  /** Telegram refuses messages longer than this (UTF-16 units after parsing; we measure the HTML, which is longer). */
  messageLimit: 4096,
  /** Telegram's limit on callback_data. */
  callbackDataBytes: 64,
  /** Long-polling wait per getUpdates call: grammY's default, few idle requests, quick enough to stop. */
  pollTimeoutSeconds: 30,
  /** A long poll may take its own timeout plus this before it counts as hung (network and server slack). */
  pollMarginMs: 10_000,
  /** Any other Bot API call answers in well under a second; one that takes ten is hung. */
  requestTimeoutMs: 10_000,
  /** Updates being handled (running) at once across all chats: enough to keep a busy bot fast. */
  maxInFlight: 200,
  /**
   * Updates waiting in one chat behind the one being answered. Fifty is minutes of replies in a busy
   * group (Telegram lets a bot post about 20 messages a minute there); a question older than that is
   * stale, and a flooded group must not fill the memory the other chats need. Past it, newer updates
   * of that chat are dropped and the drop is logged once per backlog.
   */
  maxWaitingPerChat: 50,
  /**
   * Updates accepted and not yet answered, across chats, per update running (2,000 by default): past
   * it a flood is held back at getUpdates instead of piling up in memory.
   */
  queuedPerRunning: 10,
  /** update_ids remembered to drop re-sent webhook updates; Telegram re-sends within minutes, not thousands. */
  dedupeWindow: 10_000,
  /** How long a taken update_id is remembered in Redis (several workers): Telegram gives up re-sending within a day. */
  dedupeTtlMs: 24 * 60 * 60 * 1000,
  /** Where the webhook server listens when TELEGRAM_WEBHOOK_PORT is unset (behind a TLS proxy). */
  webhookPort: 8080,
  /** Interface the webhook server listens on: all, so a reverse proxy or container port can reach it. */
  webhookHost: "0.0.0.0",
  /** Webhook request bodies larger than this get 413 unread: Telegram's updates are a few KB, far below 1 MB. */
  webhookMaxBodyBytes: 1_000_000,
  /**
   * On stop, the time requests already accepted by the webhook get to finish before their connections
   * are closed: a genuine update is read in milliseconds, and a stop must not wait on a slow client.
   */
  webhookShutdownGraceMs: 5_000,
  /** Seconds Telegram may cache an inline answer: it depends only on the query text and the corpus. */
  inlineCacheSeconds: 300,
  /** Telegram shows at most 50 inline results. */
  maxInlineResults: 50,
  /** A callback query's toast text is cut by Telegram at 200 characters. */
  callbackTextLimit: 200,
});

/** How transient failures (5xx, dropped connections, 429) are retried. */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** First backoff delay after a 5xx or a dropped connection; doubles each attempt. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A 429 asking to wait longer than this is not retried (the call fails and is logged). */
  readonly maxRetryAfterSeconds: number;
}

/**
 * Defaults: five attempts over about eight seconds ride out a Bot API restart or a flaky network
 * without holding one chat's queue for minutes; Telegram's flood waits are usually seconds, rarely a
 * minute.
 */
export const RETRY: RetryOptions = Object.freeze({ maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterSeconds: 60 });
