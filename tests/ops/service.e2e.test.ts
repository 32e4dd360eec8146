/**
 * The service side, end to end against the fake Bot API: /healthz and /metrics (on HTTP_PORT and on
 * the webhook server), reload by SIGHUP and by an admin's /reload, with a good and a broken corpus.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import parsePrometheus from "parse-prometheus-text-format";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { createBot, loadCorpus } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { readSettings } from "../../adapters/config.js";
import { createLogger } from "../../adapters/logger.js";
import { startOps, type Ops } from "../../adapters/ops/index.js";
import { startPlatforms } from "../../adapters/platforms.js";
import type { RunningService } from "../../adapters/service.js";
import { FakeTelegram } from "../e2e/fake-telegram.js";
import { freePort } from "../e2e/free-port.js";

const FAST_RETRY = Object.freeze({ maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 40, maxRetryAfterSeconds: 5 });
const FLOOD = `---
title: Banjir rendam ratusan rumah di Kota Hilir
source: Kabar Uji
---
Hujan deras sejak Senin malam membuat Sungai Cabang meluap dan merendam sekitar 400 rumah di tiga kelurahan di Kota Hilir.

Petugas telah mengevakuasi lebih dari 900 warga ke gedung sekolah dan balai kelurahan terdekat.
`;

let fake: FakeTelegram;
let ops: Ops | null = null;
let services: RunningService[] = [];
let corpusDir: string;
let logs: string[];

beforeEach(async () => {
  fake = await FakeTelegram.start();
  corpusDir = mkdtempSync(join(tmpdir(), "reload-corpus-"));
  cpSync(DEFAULT_CORPUS, corpusDir, { recursive: true });
  logs = [];
});

afterEach(async () => {
  await Promise.all(services.map((s) => s.stop()));
  services = [];
  await ops?.close();
  ops = null;
  await fake.close();
  rmSync(corpusDir, { recursive: true, force: true });
});

async function serve(env: Record<string, string>, webhookHost = false) {
  const settings = readSettings({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, CORPUS: corpusDir, ...env }, []);
  const webhook = settings.telegram!.webhook && webhookHost ? { ...settings.telegram!.webhook, host: "127.0.0.1" } : settings.telegram!.webhook;
  const tuned = { ...settings, telegram: { ...settings.telegram!, retry: FAST_RETRY, pollTimeoutSeconds: 1, webhook } };
  const log = createLogger(tuned.secrets, (line) => logs.push(line));
  ops = await startOps(createBot(loadCorpus(corpusDir)), tuned, log);
  const before = await get(`http://127.0.0.1:${env.HTTP_PORT ?? env.TELEGRAM_WEBHOOK_PORT}/healthz`).catch(() => null);
  services = await startPlatforms(ops.bot, tuned, log, ops);
  ops.health.phase = "serving";
  return { ops, before };
}

async function get(url: string) {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
}

const idOf = (update: { message?: Message }) => update.message!.message_id;

async function ask(userId: number, text: string) {
  const q = fake.message(fake.user(userId), text);
  await fake.waitFor(() => fake.repliesTo(idOf(q)).length >= 1, `the reply to ${text}`);
  // The reply's text without its HTML tags (the answer span is bold inside the quoted sentence).
  return String(fake.repliesTo(idOf(q))[0]!.text).replace(/<[^>]+>/g, "");
}

function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const family = parsePrometheus(text).find((f) => f.name === name);
  const metric = family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  return Number(metric?.value ?? Number.NaN);
}

describe("health and metrics", { timeout: 20_000 }, () => {
  it("/healthz is 503 while starting and 200 once connected; /metrics counts questions, declines, limits and the corpus", async () => {
    const port = await freePort();
    const { before } = await serve({ HTTP_PORT: String(port) });
    expect(before?.status).toBe(503);
    expect(JSON.parse(before!.text)).toMatchObject({ status: "unavailable", phase: "starting", corpus: "loaded" });
    const health = await get(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: "ok", phase: "serving", corpus: "loaded", platforms: { Telegram: "connected" } });

    expect(await ask(501, "Siapa Sekretaris Jenderal NATO?")).toMatch(/Stoltenberg/);
    await ask(501, "Berapa harga emas hari ini?");
    await ask(501, "/help");
    for (let i = 0; i < 4; i++) fake.message(fake.user(502), "Siapa presiden Ukraina?");
    await fake.waitFor(() => fake.sent().length >= 7, "four answers to 502");
    fake.message(fake.user(502), "Siapa presiden Ukraina?");
    fake.message(fake.user(502), "Siapa presiden Ukraina?");
    await fake.waitFor(() => fake.sent().filter((p) => /Pelan-pelan/.test(String(p.text))).length === 1, "the rate notice");

    const scrape = await get(`http://127.0.0.1:${port}/metrics`);
    expect(scrape.status).toBe(200);
    expect(scrape.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const telegram = { platform: "telegram" };
    // 501: two questions; 502: five answered (the limit), the sixth gets the notice.
    expect(sample(scrape.text, "tanya_questions_total", telegram)).toBe(7);
    expect(sample(scrape.text, "tanya_answered_total", telegram)).toBe(6);
    expect(sample(scrape.text, "tanya_declined_total", telegram)).toBe(1);
    expect(sample(scrape.text, "tanya_commands_total", telegram)).toBe(1);
    expect(sample(scrape.text, "tanya_rate_limited_total", telegram)).toBe(1);
    expect(sample(scrape.text, "tanya_corpus_articles")).toBe(1);
    expect(sample(scrape.text, "tanya_corpus_sentences")).toBeGreaterThan(10);
    const latency = parsePrometheus(scrape.text).find((f) => f.name === "tanya_answer_duration_seconds");
    expect(latency?.type).toBe("HISTOGRAM");
    expect(Number(latency!.metrics[0]!.buckets?.["+Inf"])).toBe(8); // every reply timed (the parser keeps the buckets)
    expect(sample(scrape.text, "process_resident_memory_bytes")).toBeGreaterThan(0);
    for (const secret of [fake.token, "Stoltenberg", "emas", "Ukraina"]) {
      expect(scrape.text).not.toContain(secret);
      expect(health.text).not.toContain(secret);
    }
    // Labels name a platform, a result or a bucket: never a chat or a person.
    const labelValues = parsePrometheus(scrape.text).flatMap((f) => f.metrics.flatMap((m) => Object.values(m.labels ?? {})));
    expect(labelValues.filter((v) => /^\d{3,}$/.test(v))).toEqual([]);
    expect((await get(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
  });

  it("in webhook mode the webhook server answers /healthz and /metrics too", async () => {
    const port = await freePort();
    await serve({ TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, TELEGRAM_WEBHOOK_PORT: String(port), TELEGRAM_WEBHOOK_SECRET: "s3cret_Token-1" }, true);
    const health = await get(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const scrape = await get(`http://127.0.0.1:${port}/metrics`);
    expect(parsePrometheus(scrape.text).some((f) => f.name === "tanya_questions_total")).toBe(true);
    expect(scrape.text).not.toContain("s3cret_Token-1");
  });
});

describe("reload", { timeout: 20_000 }, () => {
  it("SIGHUP swaps in a good corpus, and keeps the old one (saying why) when the new one is broken", async () => {
    const { ops } = await serve({});
    expect(await ask(601, "Siapa Sekretaris Jenderal NATO?")).toMatch(/Stoltenberg/);
    for (const name of loadCorpus(DEFAULT_CORPUS).articles.map((a) => `${a.id}.md`)) rmSync(join(corpusDir, name), { force: true });
    writeFileSync(join(corpusDir, "banjir.md"), FLOOD);
    process.emit("SIGHUP", "SIGHUP");
    expect(ops.bot.corpus.articles.map((a) => a.id)).toEqual(["banjir"]);
    expect(await ask(601, "Berapa rumah yang terendam?")).toMatch(/400 rumah/);

    writeFileSync(join(corpusDir, "rusak.md"), "---\ntitle: [tidak ditutup\n---\nIsi.");
    const failed = ops.reload();
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/still serving the previous corpus: .*rusak\.md: front matter line 2 is not valid YAML/);
    expect(logs.some((l) => /error reload failed; still serving the previous corpus/.test(l))).toBe(true);
    expect(await ask(601, "Berapa warga yang dievakuasi?")).toMatch(/900 warga/);
    const scrape = (await ops.metrics.registry.metrics());
    expect(sample(scrape, "tanya_corpus_reloads_total", { result: "ok" })).toBe(1);
    expect(sample(scrape, "tanya_corpus_reloads_total", { result: "failed" })).toBe(1);
  });

  it("/reload works for an admin only; a button made before a change answers that it has expired", async () => {
    await serve({ ADMIN_IDS: "telegram:701 discord:123" });
    const asker = fake.user(702);
    const q = fake.message(asker, "Siapa Sekretaris Jenderal NATO?");
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length === 1, "the answer");
    const answer = fake.repliesTo(idOf(q))[0]!;
    const button = (answer.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0]![0]!;
    writeFileSync(join(corpusDir, "banjir.md"), FLOOD);
    expect(await ask(702, "/reload")).not.toMatch(/reloaded/i);
    expect(await ask(701, "/reload")).toMatch(/Corpus reloaded: 2 article\(s\)/);
    fake.press(asker, button.callback_data, answer);
    await fake.waitFor(() => fake.sent().some((p) => /kedaluwarsa/.test(String(p.text))) || fake.sent("answerCallbackQuery").some((p) => /kedaluwarsa/.test(String(p.text))), "the expired notice");
  });
});
