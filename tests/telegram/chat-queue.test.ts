import { describe, expect, it } from "vitest";
import { ChatQueue } from "../../adapters/telegram/chat-queue.js";
import { RecentIds } from "../../adapters/telegram/recent-ids.js";

const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));

describe("ChatQueue", () => {
  it("keeps order within a chat, runs chats side by side, and survives a failing task", async () => {
    const queue = new ChatQueue(10);
    const log: string[] = [];
    const task = (name: string, ms: number, fail = false) => async () => {
      await tick(ms);
      log.push(name);
      if (fail) throw new Error(name);
    };
    await queue.push("a", task("a1", 20, true));
    await queue.push("a", task("a2", 1));
    await queue.push("b", task("b1", 1));
    await queue.drain();
    expect(log).toEqual(["b1", "a1", "a2"]);
    expect(queue.size).toBe(0);
  });

  it("holds push back while the cap is reached", async () => {
    const queue = new ChatQueue(2);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await queue.push("a", () => gate);
    await queue.push("b", () => gate);
    let third = false;
    const pushed = queue.push("c", async () => undefined).then(() => (third = true));
    await tick(5);
    expect(third).toBe(false);
    release();
    await pushed;
    await queue.drain();
    expect(third).toBe(true);
  });
});

describe("RecentIds", () => {
  it("refuses an id seen among the last `capacity`, and forgets older ones", () => {
    const ids = new RecentIds(3);
    expect([1, 2, 1, 3, 4].map((id) => ids.add(id))).toEqual([true, true, false, true, true]);
    expect(ids.add(1)).toBe(true);
    expect(ids.add(4)).toBe(false);
  });
});
