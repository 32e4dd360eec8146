/**
 * Shared state in Redis (ioredis), so N workers behind a load balancer behave as one. If Redis goes
 * away the bot keeps answering: limits fail open, every update counts as new, the store forgets; the
 * first failure is logged once, the recovery once. While disconnected a command fails at once (no
 * queue), on a hung connection after COMMAND_TIMEOUT_MS; ioredis keeps reconnecting in the background.
 * At start, `ready` waits for the first connection, so the first updates are not let through unchecked.
 */
import { Redis } from "ioredis";
import type { RateDecision } from "../../src/index.js";
import type { Logger } from "../logger.js";
import type { KeyValueStore, Limiter, SeenIds, SharedState } from "./types.js";

const PREFIX = "tanya:";
// Long enough for a busy Redis or host (a timeout fails open, and two workers may then both answer
// one update); short enough that a hung Redis holds a webhook request only briefly.
const COMMAND_TIMEOUT_MS = 5_000;

// A sliding window per person in one sorted set (scores: times), plus a "notified" flag for the burst.
// KEYS: times, notified. ARGV: now, window ms, limit, unique member.
const RATE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
local n = redis.call('ZCARD', KEYS[1])
if n == 0 then redis.call('DEL', KEYS[2]) end
if n < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 'allow'
end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[2]) then return 'notify' end
return 'drop'`;

export function redisState(url: string, log: Logger): SharedState {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: COMMAND_TIMEOUT_MS });
  const guard = failOpen(log);
  client.on("error", () => undefined); // reported once by failOpen when a command fails
  let member = 0;
  const limiter = (scope: string, options: { limit: number; windowMs: number }): Limiter => ({
    check: (user) =>
      guard<RateDecision>("allow", async () => {
        const time = Date.now();
        const keys = [`${PREFIX}rate:${scope}:${user}`, `${PREFIX}rate:${scope}:${user}:notified`];
        const unique = `${time}:${process.pid}:${member++}`;
        return (await client.eval(RATE_SCRIPT, 2, ...keys, time, options.windowMs, options.limit, unique)) as RateDecision;
      }),
  });
  const seenIds = (scope: string, _capacity: number, ttlMs: number): SeenIds => ({
    claim: (id) => guard(true, async () => (await client.set(`${PREFIX}seen:${scope}:${id}`, "1", "PX", ttlMs, "NX")) === "OK"),
  });
  const store = (namespace: string): KeyValueStore => ({
    get: (key) => guard(null, () => client.get(`${PREFIX}kv:${namespace}:${key}`)),
    set: (key, value, ttlMs) => guard(undefined, async () => void (await client.set(`${PREFIX}kv:${namespace}:${key}`, value, "PX", ttlMs))),
    delete: (key) => guard(undefined, async () => void (await client.del(`${PREFIX}kv:${namespace}:${key}`))),
  });
  const ready = (timeoutMs: number) =>
    new Promise<boolean>((resolve) => {
      if (client.status === "ready") return resolve(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        client.off("ready", onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      client.on("ready", onReady);
    });
  return { kind: "redis", limiter, seenIds, store, ready, close: async () => void (await client.quit().catch(() => client.disconnect())) };
}

/** Runs a Redis call; on failure returns `fallback`. Logs the first failure and the recovery once each. */
function failOpen(log: Logger) {
  let down = false;
  return async <T>(fallback: T, call: () => Promise<T>): Promise<T> => {
    try {
      const result = await call();
      if (down) log.info("redis: reachable again; shared limits and update de-duplication are back");
      down = false;
      return result;
    } catch (error) {
      if (!down) log.warn(`redis: unreachable (${error instanceof Error ? error.message : String(error)}); answering without shared limits or de-duplication until it returns`);
      down = true;
      return fallback;
    }
  };
}
