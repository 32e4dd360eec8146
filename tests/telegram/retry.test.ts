import { describe, expect, it } from "vitest";
import { HttpError } from "grammy";
import { transientRetry } from "../../adapters/telegram/retry.js";

const options = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterSeconds: 1 };
type Result = { ok: true; result: true } | { ok: false; error_code: number; description: string };

// A hand-written previous call: answers from a script and counts calls.
function scripted(script: Array<Result | "network">) {
  let calls = 0;
  const prev = async (): Promise<Result> => {
    const next = script[Math.min(calls++, script.length - 1)]!;
    if (next === "network") throw new HttpError("Network request failed", new Error("ECONNRESET"));
    return next;
  };
  return { prev: prev as never, calls: () => calls };
}

const OK: Result = { ok: true, result: true };
const E500: Result = { ok: false, error_code: 502, description: "Bad Gateway" };
const E400: Result = { ok: false, error_code: 400, description: "Bad Request" };

describe("transientRetry", () => {
  it("retries 5xx answers and dropped connections until one succeeds", async () => {
    const call = scripted([E500, "network", OK]);
    expect(await transientRetry(options)(call.prev, "sendMessage", {} as never)).toEqual(OK);
    expect(call.calls()).toBe(3);
  });

  it("gives up after maxAttempts and never retries a 4xx", async () => {
    const failing = scripted([E500]);
    expect(await transientRetry(options)(failing.prev, "sendMessage", {} as never)).toEqual(E500);
    expect(failing.calls()).toBe(3);
    const refused = scripted([E400, OK]);
    expect(await transientRetry(options)(refused.prev, "sendMessage", {} as never)).toEqual(E400);
    expect(refused.calls()).toBe(1);
  });

  it("tries the typing indicator once: a late one is worse than none", async () => {
    const call = scripted(["network", OK]);
    await expect(transientRetry(options)(call.prev, "sendChatAction", {} as never)).rejects.toThrow(HttpError);
    expect(call.calls()).toBe(1);
  });
});
