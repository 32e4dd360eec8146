/**
 * Several workers behind a load balancer behave as one with REDIS_URL: a real redis-server on a
 * loopback port, two bot processes in webhook mode, the fake Bot API. 200 updates split between
 * the workers, 50 of them sent to both: each answered once; one person's limit is shared; Redis
 * stopped and started again mid-run loses no answer, and de-duplication comes back with it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { FakeTelegram } from "../e2e/fake-telegram.js";
import { entry } from "../entry.js";
import { freePort } from "../e2e/free-port.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SECRET = "workers_Secret-1";
const QUESTIONS = ["Siapa Sekretaris Jenderal NATO?", "Siapa presiden Ukraina?", "Berapa harga emas?", "Kapan KTT NATO digelar?"];

let fake: FakeTelegram;
let redis: ChildProcess | null = null;
let redisPort: number;
const workers: Array<{ child: ChildProcess; url: string; stderr: () => string }> = [];
let nextMessageId = 50_000;

beforeAll(async () => {
  fake = await FakeTelegram.start();
  redisPort = await freePort();
  redis = await startRedis(redisPort);
  for (let i = 0; i < 2; i++) workers.push(await startWorker());
}, 120_000);

afterAll(async () => {
  for (const w of workers) {
    w.child.kill("SIGTERM");
    await new Promise((resolve) => (w.child.exitCode !== null ? resolve(null) : w.child.once("exit", resolve)));
  }
  redis?.kill("SIGKILL");
  await fake?.close();
});

describe("two workers sharing Redis", { timeout: 120_000 }, () => {
  it("answers each of 200 updates exactly once, 50 of them delivered to both workers", async () => {
    const updates = Array.from({ length: 200 }, (_, i) => update(1_000 + (i % 100), QUESTIONS[i % QUESTIONS.length]!));
    await Promise.all(updates.map((u, i) => (i % 4 === 0 ? Promise.all([post(0, u), post(1, u)]) : post(i % 2, u))));
    await expectEachAnsweredOnce(updates);
  });

  it("holds one person to 5 answers per window across both workers, with one notice", async () => {
    const updates = Array.from({ length: 9 }, () => update(2_000, QUESTIONS[0]!));
    for (const [i, u] of updates.entries()) await post(i % 2, u);
    await fake.waitFor(() => repliesFor(updates).length >= 6, "five answers and the notice", 30_000);
    await settle();
    const replies = repliesFor(updates);
    expect(replies.filter((p) => /Pelan-pelan/.test(String(p.text)))).toHaveLength(1);
    expect(replies).toHaveLength(6);
  });

  it("keeps answering while Redis is down, and de-duplicates again once it is back", async () => {
    redis!.kill("SIGKILL");
    await new Promise((resolve) => redis!.once("exit", resolve));
    const during = Array.from({ length: 20 }, (_, i) => update(3_000 + i, QUESTIONS[i % QUESTIONS.length]!));
    await Promise.all(during.map((u, i) => post(i % 2, u)));
    await expectEachAnsweredOnce(during);
    redis = await startRedis(redisPort);
    await waitForClients(2);
    const after = Array.from({ length: 20 }, (_, i) => update(4_000 + i, QUESTIONS[i % QUESTIONS.length]!));
    await Promise.all(after.map((u, i) => (i % 2 === 0 ? Promise.all([post(0, u), post(1, u)]) : post(1, u))));
    await expectEachAnsweredOnce(after);
    for (const w of workers) {
      expect(w.stderr().match(/redis: unreachable/g) ?? []).toHaveLength(1);
      expect(w.stderr()).toMatch(/redis: reachable again/);
    }
  });
});

function update(userId: number, text: string): Update {
  const from = fake.user(userId);
  const message = { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: userId, type: "private", first_name: from.first_name }, from, text };
  return fake.makeUpdate({ message } as Omit<Update, "update_id">);
}

async function post(worker: number, body: Update): Promise<void> {
  const res = await fetch(workers[worker]!.url, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

const repliesFor = (updates: readonly Update[]) => updates.flatMap((u) => fake.repliesTo(u.message!.message_id));
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

async function expectEachAnsweredOnce(updates: readonly Update[]): Promise<void> {
  await fake.waitFor(() => updates.every((u) => fake.repliesTo(u.message!.message_id).length >= 1), "every answer", 60_000);
  await settle();
  const counts = updates.map((u) => fake.repliesTo(u.message!.message_id).length);
  expect(counts.filter((n) => n !== 1)).toEqual([]);
}

async function startWorker() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/hook`;
  const child = spawn(process.execPath, [entry("adapters/main.ts")], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: url,
      TELEGRAM_WEBHOOK_PORT: String(port),
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const until = Date.now() + 90_000;
  while (!/serving Telegram/.test(stderr)) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`worker did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, url, stderr: () => stderr };
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once("error", (error) => reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`)));
    const timer = setInterval(() => {
      if (/Ready to accept connections/.test(out)) resolve();
      else if (child.exitCode !== null) reject(new Error(`redis-server exited: ${out}`));
      else return;
      clearInterval(timer);
    }, 20);
  });
  return child;
}

// ioredis reconnects on its own; wait until both workers are connected again.
async function waitForClients(count: number): Promise<void> {
  const until = Date.now() + 30_000;
  for (;;) {
    const list = spawnSync("redis-cli", ["-p", String(redisPort), "client", "list"]).stdout?.toString() ?? "";
    if (list.trim().split("\n").length - 1 >= count) return;
    if (Date.now() > until) throw new Error(`workers did not reconnect to Redis: ${list}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
