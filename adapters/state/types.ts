/**
 * State that several worker processes must share to behave as one: rate-limit counters, the update
 * ids already taken, and small per-chat values (follow-up memory). In memory by default; in Redis
 * with REDIS_URL (see redis.ts). Every call is async, since the Redis one goes over the network.
 */
import type { RateDecision, RateLimitOptions } from "../../src/index.js";

/** Per-person rate limit: answer, send the one notice, or drop. */
export interface Limiter {
  check(user: string): Promise<RateDecision>;
}

/** Update ids already taken by some worker: `claim` is true exactly once per id. */
export interface SeenIds {
  claim(id: number): Promise<boolean>;
}

/**
 * A small key-value store with expiry, namespaced by its user (e.g. per-chat follow-up memory:
 * `store.set(chatId, JSON.stringify(state), 10 * 60_000)`). Values are strings; absent or expired is null.
 */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface SharedState {
  /** "memory" (this process only) or "redis" (shared by every worker on the same REDIS_URL). */
  readonly kind: "memory" | "redis";
  limiter(scope: string, options: RateLimitOptions): Limiter;
  seenIds(scope: string, capacity: number, ttlMs: number): SeenIds;
  store(namespace: string): KeyValueStore;
  /** Resolves true once connected (at once in memory), false if not within `timeoutMs`; never rejects. */
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}
