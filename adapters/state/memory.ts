/** The embedded default: every piece of shared state in this process's memory. */
import { RateLimiter } from "../../src/index.js";
import { RecentIds } from "../telegram/recent-ids.js";
import type { KeyValueStore, SharedState } from "./types.js";

export function memoryState(now: () => number = Date.now): SharedState {
  return {
    kind: "memory",
    limiter: (_scope, options) => {
      const limiter = new RateLimiter(options, now);
      return { check: async (user) => limiter.check(user) };
    },
    // In one process the last `capacity` ids are enough: Telegram re-sends within minutes.
    seenIds: (_scope, capacity) => {
      const recent = new RecentIds(capacity);
      return { claim: async (id) => recent.add(id) };
    },
    store: () => memoryStore(now),
    ready: async () => true,
    close: async () => undefined,
  };
}

// Expired entries are dropped when read, and swept when the map doubles since the last sweep.
function memoryStore(now: () => number): KeyValueStore {
  const entries = new Map<string, { value: string; until: number }>();
  let sweepAt = 1_000;
  const sweep = () => {
    const time = now();
    for (const [key, entry] of entries) if (entry.until <= time) entries.delete(key);
    sweepAt = Math.max(1_000, entries.size * 2);
  };
  return {
    get: async (key) => {
      const entry = entries.get(key);
      if (!entry || entry.until <= now()) return null;
      return entry.value;
    },
    set: async (key, value, ttlMs) => {
      entries.set(key, { value, until: now() + ttlMs });
      if (entries.size >= sweepAt) sweep();
    },
    delete: async (key) => void entries.delete(key),
  };
}
