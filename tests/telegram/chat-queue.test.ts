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

  it("runs at most the cap at once, and holds push back while maxQueued tasks are accepted", async () => {
    const queue = new ChatQueue(2, { maxWaitingPerChat: 10, maxQueued: 3 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: string[] = [];
    const task = (name: string) => async () => {
      started.push(name);
      await gate;
    };
    for (const chat of ["a", "b", "c"]) await queue.push(chat, task(chat));
    let fourth = false;
    const pushed = queue.push("d", task("d")).then(() => (fourth = true));
    await tick(5);
    expect(started).toEqual(["a", "b"]);
    expect(queue.size).toBe(2);
    expect(fourth).toBe(false);
    release();
    await pushed;
    await queue.drain();
    expect(started).toEqual(["a", "b", "c", "d"]);
  });

  it("does not let one busy chat hold the others back: waiting tasks take no slot", async () => {
    const overflowed: string[] = [];
    const queue = new ChatQueue(200, { maxWaitingPerChat: 50, maxQueued: 2_000 }, (key) => overflowed.push(key));
    const releases: Array<() => void> = [];
    // A send that takes as long as the test wants (500 ms in the field).
    const slowSend = () => new Promise<void>((resolve) => releases.push(resolve));
    const accepted: boolean[] = [];
    for (let i = 0; i < 250; i++) accepted.push(await queue.push("group", slowSend));
    let privateAnswered = false;
    await queue.push("private", async () => {
      privateAnswered = true;
    });
    for (let i = 0; i < 20 && !privateAnswered; i++) await tick();
    expect(privateAnswered).toBe(true);
    expect(releases).toHaveLength(1); // the group's first task runs, the rest wait in order
    expect(accepted.filter((a) => a)).toHaveLength(51); // one running, fifty waiting
    expect(overflowed).toEqual(["group"]);
    for (let i = 0; i < 51; i++) {
      for (let t = 0; t < 20 && releases.length <= i; t++) await tick();
      releases[i]!();
    }
    await queue.drain();
    expect(releases).toHaveLength(51);
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
