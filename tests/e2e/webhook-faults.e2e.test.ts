/**
 * The webhook server under hostile or unlucky clients: bodies too large to read, a client that never
 * finishes its request while the bot stops, and updates acknowledged just before a stop.
 */
import { connect } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBot, loadCorpus } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { readSettings } from "../../adapters/config.js";
import { createLogger } from "../../adapters/logger.js";
import type { RunningService } from "../../adapters/service.js";
import { startTelegram } from "../../adapters/telegram/start.js";
import type { WebhookSettings } from "../../adapters/telegram/settings.js";
import { FakeTelegram } from "./fake-telegram.js";
import { freePort } from "./free-port.js";

const FAST_RETRY = Object.freeze({ maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterSeconds: 1 });
const SECRET = "s3cret_Token-1";
const core = createBot(loadCorpus(DEFAULT_CORPUS));
let fake: FakeTelegram;
let running: RunningService | null = null;

beforeEach(async () => {
  fake = await FakeTelegram.start();
});

afterEach(async () => {
  await running?.stop();
  running = null;
  await fake.close();
});

async function startHook(webhook: Partial<WebhookSettings> = {}): Promise<{ url: string; port: number }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/hook`;
  const env = { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_WEBHOOK_URL: url, TELEGRAM_WEBHOOK_PORT: String(port), TELEGRAM_WEBHOOK_SECRET: SECRET };
  const settings = readSettings(env, []).telegram!;
  const hook = { ...settings.webhook!, host: "127.0.0.1", ...webhook };
  running = await startTelegram(core, { ...settings, retry: FAST_RETRY, webhook: hook }, createLogger([fake.token, SECRET], () => undefined));
  return { url, port };
}

function post(url: string, body: string | ReadableStream<Uint8Array>, extra: RequestInit = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET }, body, ...extra });
}

function updateFor(id: number): string {
  return JSON.stringify(fake.makeUpdate({ message: { message_id: id, date: 0, chat: { id: 500 + id, type: "private", first_name: "A" }, from: fake.user(500 + id), text: "Siapa Sekretaris Jenderal NATO?" } }));
}

describe("the webhook server", { timeout: 20_000 }, () => {
  it("refuses a body over the limit with 413, by Content-Length or while streaming, and keeps serving", async () => {
    const { url, port } = await startHook({ maxBodyBytes: 10_000 });
    expect((await post(url, "x".repeat(50_000))).status).toBe(413);
    expect(await chunkedPost(port, 1_000, 4_000)).toMatch(/^HTTP\/1\.1 413 /);
    expect((await post(url, updateFor(1))).status).toBe(200);
    await fake.waitFor(() => fake.repliesTo(1).length === 1, "the answer");
  });

  it("stops within its grace time although a client never finishes its request, answering what it accepted", async () => {
    const { url, port } = await startHook({ shutdownGraceMs: 200 });
    expect((await post(url, updateFor(2))).status).toBe(200);
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.on("error", () => undefined);
    socket.write(`POST /hook HTTP/1.1\r\nHost: x\r\nX-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"upd`);
    // The half-sent request has reached the handler when a second, complete one is answered after it.
    expect((await post(url, updateFor(3))).status).toBe(200);
    const service = running!;
    running = null;
    await service.stop();
    await closed;
    expect(fake.repliesTo(2)).toHaveLength(1);
    expect(fake.repliesTo(3)).toHaveLength(1);
    expect(await post(url, updateFor(4)).then((r) => r.status, () => "refused")).toBe("refused");
  });
});

/** Sends up to `chunks` chunks of a chunked body (4 MB here), stopping at the first answer; returns it. */
async function chunkedPost(port: number, chunks: number, size: number): Promise<string> {
  const socket = connect(port, "127.0.0.1");
  let answer = "";
  socket.on("data", (data: Buffer) => (answer += data.toString()));
  socket.on("error", () => undefined);
  const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.write(`POST /hook HTTP/1.1\r\nHost: x\r\nX-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nTransfer-Encoding: chunked\r\n\r\n`);
  for (let i = 0; i < chunks && answer === "" && !socket.destroyed; i++) {
    if (socket.write(`${size.toString(16)}\r\n${"x".repeat(size)}\r\n`)) continue;
    // The server may answer and close instead of reading on: stop waiting then too.
    await new Promise<void>((resolve) => {
      socket.once("drain", () => resolve());
      socket.once("close", () => resolve());
    });
  }
  if (!socket.destroyed) socket.end("0\r\n\r\n");
  await ended;
  return answer;
}
