/**
 * The shared-state contract, run on both implementations: the in-memory default, and Redis (a real
 * redis-server on a loopback port). Issue 11's per-chat follow-up memory uses `store()`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/logger.js";
import { memoryState, type SharedState } from "../../adapters/state/index.js";
import { redisState } from "../../adapters/state/redis.js";
import { freePort } from "../e2e/free-port.js";

let redis: ChildProcess;
let port: number;
const logs: string[] = [];

beforeAll(async () => {
  port = await freePort();
  redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "ignore"] });
  let out = "";
  redis.once("error", (error) => (out += `redis-server could not start (apt-get install redis-server): ${error.message}`));
  redis.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  while (!/Ready to accept connections/.test(out)) {
    if (redis.exitCode !== null || out.includes("could not start")) throw new Error(`redis-server exited: ${out}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}, 30_000);

afterAll(() => {
  redis?.kill("SIGKILL");
});

const implementations: Array<[string, () => SharedState]> = [
  ["memory", () => memoryState()],
  ["redis", () => redisState(`redis://127.0.0.1:${port}`, createLogger([], (l) => logs.push(l)))],
];

describe.each(implementations)("%s state", (kind, make) => {
  it("is ready (connected)", async () => {
    const state = make();
    expect(await state.ready(10_000)).toBe(true);
    await state.close();
  });
});

const connected: Array<[string, () => Promise<SharedState>]> = [
  ["memory", async () => memoryState()],
  [
    "redis",
    async () => {
      const state = redisState(`redis://127.0.0.1:${port}`, createLogger([], (l) => logs.push(l)));
      await state.ready(10_000);
      return state;
    },
  ],
];

describe.each(connected)("%s state", (kind, make) => {
  it("limits a person to `limit` per window with one notice, others unaffected", async () => {
    const state = await make();
    const limiter = state.limiter(`t-${kind}-${Date.now()}`, { limit: 3, windowMs: 10_000 });
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push(await limiter.check("u1"));
    expect(decisions).toEqual(["allow", "allow", "allow", "notify", "drop"]);
    expect(await limiter.check("u2")).toBe("allow");
    await state.close();
  });

  it("claims an update id once", async () => {
    const state = await make();
    const seen = state.seenIds(`s-${kind}-${Date.now()}`, 100, 60_000);
    expect([await seen.claim(7), await seen.claim(7), await seen.claim(8)]).toEqual([true, false, true]);
    await state.close();
  });

  it("stores per-chat values with expiry, by namespace", async () => {
    const state = await make();
    const a = state.store(`followup-${kind}-${Date.now()}`);
    const b = state.store(`other-${kind}-${Date.now()}`);
    await a.set("chat1", JSON.stringify({ last: 3 }), 60_000);
    await a.set("chat2", "short", 30);
    expect(JSON.parse((await a.get("chat1"))!)).toEqual({ last: 3 });
    expect(await b.get("chat1")).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await a.get("chat2")).toBeNull();
    await a.delete("chat1");
    expect(await a.get("chat1")).toBeNull();
    await state.close();
  });
});

describe("redis state when Redis is unreachable", () => {
  it("fails open (allow, new, nothing stored) and logs once", async () => {
    const dead = await freePort();
    const state = redisState(`redis://127.0.0.1:${dead}`, createLogger([], (l) => logs.push(l)));
    logs.length = 0;
    expect(await state.ready(300)).toBe(false);
    const limiter = state.limiter("x", { limit: 1, windowMs: 1_000 });
    expect([await limiter.check("u"), await limiter.check("u")]).toEqual(["allow", "allow"]);
    expect(await state.seenIds("x", 10, 1_000).claim(1)).toBe(true);
    expect(await state.store("x").get("k")).toBeNull();
    expect(logs.filter((l) => /redis: unreachable/.test(l))).toHaveLength(1);
    await state.close();
  });
});
