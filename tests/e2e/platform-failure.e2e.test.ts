/**
 * A platform that stops serving while running (another instance took the Telegram updates over, a
 * token was revoked): the service's `failed` resolves with one line, no adapter exits the process,
 * and `npm start` stops the other platforms and exits 1 with that line.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { createBot, loadCorpus } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { readSettings } from "../../adapters/config.js";
import { startDiscord } from "../../adapters/discord/start.js";
import { createLogger } from "../../adapters/logger.js";
import type { RunningService } from "../../adapters/service.js";
import { startTelegram } from "../../adapters/telegram/start.js";
import { FakeDiscord, IDS } from "./fake-discord.js";
import { FakeTelegram } from "./fake-telegram.js";
import { entry } from "../entry.js";

const DISCORD_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake00.failure-token-long-enough-000000";
const FAST_RETRY = Object.freeze({ maxAttempts: 6, baseDelayMs: 5, maxDelayMs: 40, maxRetryAfterSeconds: 5 });
const core = createBot(loadCorpus(DEFAULT_CORPUS));
const quiet = createLogger([], () => undefined);
const services: RunningService[] = [];
const children: ChildProcess[] = [];
const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  await Promise.allSettled(services.splice(0).map((s) => s.stop()));
  for (const close of closers.splice(0)) await close();
});

async function fakeTelegram(): Promise<FakeTelegram> {
  const fake = await FakeTelegram.start();
  closers.push(() => fake.close());
  return fake;
}

async function fakeDiscord(): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start(DISCORD_TOKEN);
  closers.push(() => fake.stop());
  return fake;
}

async function telegramService(fake: FakeTelegram): Promise<RunningService> {
  const settings = readSettings({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot }, []).telegram!;
  const service = await startTelegram(core, { ...settings, retry: FAST_RETRY, pollTimeoutSeconds: 1 }, quiet);
  services.push(service);
  return service;
}

/** What a promise settled with within `ms`, or "pending". */
function within<T>(promise: Promise<T>, ms: number): Promise<T | "pending"> {
  return Promise.race([promise, new Promise<"pending">((resolve) => setTimeout(() => resolve("pending"), ms))]);
}

describe("a platform failing while running resolves its service's `failed`", { timeout: 20_000 }, () => {
  it("Telegram: another instance polling (409), in one line without the token", async () => {
    const fake = await fakeTelegram();
    const service = await telegramService(fake);
    expect(await within(service.failed, 300)).toBe("pending");
    fake.takeOver("409");
    const error = await service.failed;
    expect(error.message).toMatch(/^Another instance of this bot is receiving its updates \(409 Conflict\)/);
    expect(error.message).not.toContain(fake.token);
    expect(error.message).not.toContain("\n");
  });

  it("Telegram: the token revoked (401)", async () => {
    const fake = await fakeTelegram();
    const service = await telegramService(fake);
    fake.takeOver("401");
    expect((await service.failed).message).toMatch(/^Telegram refused TELEGRAM_BOT_TOKEN \(401 Unauthorized\)/);
  });

  it("Telegram: stopping is not a failure", async () => {
    const fake = await fakeTelegram();
    const service = await telegramService(fake);
    await service.stop();
    fake.takeOver("409");
    expect(await within(service.failed, 1_500)).toBe("pending");
  });

  it("Discord: the token reset (invalid session, then 4004 on identifying again)", async () => {
    const fake = await fakeDiscord();
    const settings = { token: DISCORD_TOKEN, applicationId: IDS.application, guildId: null, apiUrl: fake.apiUrl, shards: "auto" as const };
    const service = await startDiscord(core, settings, quiet);
    services.push(service);
    expect(await within(service.failed, 300)).toBe("pending");
    fake.revoke();
    const error = await service.failed;
    expect(error.message).toMatch(/^Discord no longer accepts DISCORD_TOKEN \(gateway close 4004/);
    expect(error.message).not.toContain(DISCORD_TOKEN);
  });
});

interface Run {
  readonly exit: Promise<number | null>;
  /**
   * Standard error after the "serving …; Ctrl-C stops" line, without the timestamped log lines: what
   * the operator is told on failure.
   */
  readonly afterServing: () => string[];
  readonly stderr: () => string;
}

const LOG_LINE = /^\d{4}-\d\d-\d\dT[\d:.]+Z (info|warn|error) /;

function startMain(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [entry("adapters/main.ts")], {
    cwd: process.cwd(),
    // Set (even empty) so a developer's .env cannot add a platform to the test.
    env: { PATH: process.env.PATH, TELEGRAM_BOT_TOKEN: "", DISCORD_TOKEN: "", DISCORD_GUILD_ID: "", DISCORD_APPLICATION_ID: "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const afterServing = () => stderr.slice(stderr.indexOf("Ctrl-C stops")).trim().split("\n").slice(1).filter((line) => !LOG_LINE.test(line));
  return { exit, afterServing, stderr: () => stderr };
}

async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("npm start when a platform fails while running", { timeout: 40_000 }, () => {
  it("Telegram taken over (409): exits 1 with one line", async () => {
    const fake = await fakeTelegram();
    const run = startMain({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot });
    await until("serving", () => run.stderr().includes("Ctrl-C stops"));
    await fake.waitFor(() => fake.sent("getUpdates").length >= 2, "the long poll", 15_000);
    fake.takeOver("409");
    expect(await run.exit).toBe(1);
    expect(run.afterServing()).toEqual([expect.stringMatching(/^Another instance of this bot .*\(409 Conflict\)/)]);
    expect(run.stderr().trim().split("\n").at(-1)).toMatch(/409 Conflict/);
    expect(run.stderr()).not.toContain(fake.token);
  });

  it("Discord's token reset while Telegram also serves: stops Telegram, exits 1 with Discord's line", async () => {
    const telegram = await fakeTelegram();
    const discord = await fakeDiscord();
    const run = startMain({
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DISCORD_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
    });
    await until("serving", () => run.stderr().includes("Ctrl-C stops"));
    await telegram.waitFor(() => telegram.sent("getUpdates").length >= 2, "the long poll", 15_000);
    const polls = telegram.sent("getUpdates").length;
    discord.revoke();
    expect(await run.exit).toBe(1);
    expect(run.afterServing()).toEqual([expect.stringMatching(/^Discord no longer accepts DISCORD_TOKEN/)]);
    expect(run.stderr().trim().split("\n").at(-1)).toMatch(/^Discord no longer accepts DISCORD_TOKEN/);
    expect(run.stderr()).not.toContain(DISCORD_TOKEN);
    expect(run.stderr()).not.toContain(telegram.token);
    // Telegram was stopped, not cut off: its last getUpdates confirmed the offset without waiting.
    const last = telegram.sent("getUpdates").slice(polls).at(-1);
    expect(last).toMatchObject({ limit: 1 });
    expect(last?.timeout).toBeUndefined();
  });
});
