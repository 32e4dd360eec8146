import type { Logger } from "../logger.js";
import { memoryState } from "./memory.js";
import { redisState } from "./redis.js";
import type { SharedState } from "./types.js";

export type { KeyValueStore, Limiter, SeenIds, SharedState } from "./types.js";
export { memoryState } from "./memory.js";

/** Redis when REDIS_URL is set (several workers), else this process's memory (the default). */
export function sharedState(redisUrl: string | null, log: Logger): SharedState {
  return redisUrl ? redisState(redisUrl, log) : memoryState();
}
