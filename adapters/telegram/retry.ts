/**
 * Retrying Bot API calls that failed for a passing reason. 429s are @grammyjs/auto-retry's job (it
 * waits the retry_after Telegram asks for); 5xx answers and dropped connections are retried here with
 * a bounded exponential backoff, so that tests can make it tiny and a dead server is not retried for
 * hours (auto-retry's backoff starts at 3 s and has no bound on attempts).
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { HttpError, type Transformer } from "grammy";
import type { RetryOptions } from "./defaults.js";

// Best effort: a late "typing…" is worse than none, so these are tried once.
const TRY_ONCE: ReadonlySet<string> = new Set(["sendChatAction"]);

/** The transformers to install, innermost first: `api.config.use(...retryTransformers(options))`. */
export function retryTransformers(options: RetryOptions): Transformer[] {
  const floodWait = autoRetry({
    maxRetryAttempts: options.maxAttempts - 1,
    maxDelaySeconds: options.maxRetryAfterSeconds,
    rethrowInternalServerErrors: true,
    rethrowHttpErrors: true,
  });
  return [floodWait, transientRetry(options)];
}

/** Retries 5xx answers and network failures, doubling the delay each time. */
export function transientRetry(options: RetryOptions): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= options.maxAttempts || TRY_ONCE.has(method);
      try {
        const result = await prev(method, payload, signal);
        if (result.ok || result.error_code < 500 || last) return result;
      } catch (error) {
        if (!(error instanceof HttpError) || signal?.aborted || last) throw error;
      }
      await sleep(Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1)), signal);
    }
  };
}

// grammY's own AbortSignal type (a polyfill's on older Node).
type Signal = Parameters<Transformer>[3];

function sleep(ms: number, signal: Signal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("aborted while waiting to retry"));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(new Error("aborted while waiting to retry"));
    };
    signal?.addEventListener("abort", abort, { once: true });
  });
}
