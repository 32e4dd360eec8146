import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/index.js";

const options = { limit: 3, windowMs: 1_000 };

// A small seeded generator, so a failure can be replayed.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("RateLimiter", () => {
  it("keeps the limit for the 20,001st person after 20,000 others wrote in the same window", () => {
    for (const seed of [1, 2, 3]) {
      const next = random(seed);
      let clock = 1_700_000_000_000;
      const limiter = new RateLimiter(options, () => clock);
      for (let user = 0; user < 20_000; user++) {
        clock += Math.floor(next() * 2) / 100; // many people within one window
        limiter.check(`u${user}`);
      }
      const decisions = Array.from({ length: options.limit + 2 }, () => limiter.check("late"));
      expect(decisions).toEqual(["allow", "allow", "allow", "notify", "drop"]);
    }
  });

  it("keeps every person's limit while many people write at random over several windows", () => {
    const next = random(7);
    let clock = 1_700_000_000_000;
    const limiter = new RateLimiter(options, () => clock);
    const sent = new Map<string, number[]>();
    for (let i = 0; i < 60_000; i++) {
      clock += Math.floor(next() * 3);
      const user = `u${Math.floor(next() * 15_000)}`;
      const recent = (sent.get(user) ?? []).filter((t) => clock - t < options.windowMs);
      const decision = limiter.check(user);
      expect(decision === "allow").toBe(recent.length < options.limit);
      if (decision === "allow") recent.push(clock);
      sent.set(user, recent);
    }
  });

  it("forgets people idle for two windows, so memory stays flat", () => {
    let clock = 1_700_000_000_000;
    const limiter = new RateLimiter(options, () => clock);
    for (let user = 0; user < 5_000; user++) limiter.check(`u${user}`);
    clock += 3 * options.windowMs;
    limiter.check("someone");
    expect(limiter.size).toBe(1);
  });
});
