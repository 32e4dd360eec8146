/**
 * A Bot API server that accepts a request and never answers: polling and a chat's replies go on
 * after the call's deadline, and the hang is logged once.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBot, loadCorpus } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { readSettings } from "../../adapters/config.js";
import { createLogger } from "../../adapters/logger.js";
import type { RunningService } from "../../adapters/service.js";
import { startTelegram } from "../../adapters/telegram/start.js";
import { FakeTelegram } from "./fake-telegram.js";

const FAST_RETRY = Object.freeze({ maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterSeconds: 1 });
// Short deadlines for the test; the defaults are 10 s (and 10 s over the 30 s long poll).
const TIMEOUTS = Object.freeze({ requestTimeoutMs: 300, pollMarginMs: 300 });
const core = createBot(loadCorpus(DEFAULT_CORPUS));
let fake: FakeTelegram;
let service: RunningService | null = null;
let logs: string[] = [];

beforeEach(async () => {
  fake = await FakeTelegram.start();
  logs = [];
});

afterEach(async () => {
  await service?.stop();
  service = null;
  await fake.close();
});

async function start(): Promise<void> {
  const settings = readSettings({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot }, []).telegram!;
  service = await startTelegram(core, { ...settings, retry: FAST_RETRY, pollTimeoutSeconds: 1, timeouts: TIMEOUTS }, createLogger([fake.token], (l) => logs.push(l)));
}

const hangLines = (method: string) => logs.filter((l) => l.includes(`did not answer ${method} within`));

describe("a Bot API call that never answers", { timeout: 15_000 }, () => {
  it("getUpdates: polling goes on after the long poll plus the margin, and the hang is logged once", async () => {
    // Call 1 is the start-up check, call 2 the first long poll.
    fake.fault = (method, n) => (method === "getUpdates" && n === 2 ? "hang" : null);
    await start();
    await fake.waitFor(() => (fake.counts.get("getUpdates") ?? 0) >= 2, "the hung long poll");
    const q = fake.message(fake.user(1), "Siapa Sekretaris Jenderal NATO?");
    await fake.waitFor(() => fake.repliesTo(q.message!.message_id).length === 1, "the answer after the hang", 10_000);
    expect(hangLines("getUpdates")).toEqual([expect.stringMatching(/did not answer getUpdates within 1\.3 s; the call was abandoned/)]);
  });

  it("sendMessage: the reply is sent again, the chat goes on, and the hang is logged once", async () => {
    fake.fault = (method, n) => (method === "sendMessage" && n === 1 ? "hang" : null);
    await start();
    const asker = fake.user(2);
    const first = fake.message(asker, "Siapa Sekretaris Jenderal NATO?");
    const second = fake.message(asker, "Siapa presiden Ukraina?");
    await fake.waitFor(() => fake.repliesTo(second.message!.message_id).length === 1, "the second answer", 10_000);
    expect(fake.repliesTo(first.message!.message_id)).toHaveLength(1);
    expect(hangLines("sendMessage")).toHaveLength(1);
  });
});
