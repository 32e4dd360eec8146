/**
 * The Telegram adapter's throughput and memory: updates turned into answers per second against the
 * fake Bot API on loopback (same process, real grammY client over HTTP), and the heap after warm-up
 * and after 10,000 updates. Run by `npm run bench` (bench.ts prints the table), or alone with
 * `npx tsx tests/bench/bench-telegram.ts`.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createBot, loadCorpus } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { createLogger } from "../../adapters/logger.js";
import { readTelegramSettings } from "../../adapters/telegram/settings.js";
import { startTelegram } from "../../adapters/telegram/start.js";
import { FakeTelegram } from "../e2e/fake-telegram.js";
import { table } from "./table.js";

const QUESTIONS = ["Siapa Sekretaris Jenderal NATO?", "kpn pertemuannya?", "Who spoke?", "/help", "Di mana kelompok tempur baru dikerahkan?"];
// 2,000 people ask five questions each per round: the rate limit's allowance, so every update gets a
// real answer. The limit's window is shortened to 1 s so the same people can ask again next round;
// with the same people, what stays in memory between rounds is what the adapter leaks.
const PER_PERSON = 5;
const ROUND = 10_000;

export async function benchTelegram(): Promise<string> {
  const gc = exposeGc();
  const fake = await FakeTelegram.start({ record: false });
  const read = readTelegramSettings({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot }).settings!;
  const settings = { ...read, rateLimit: { ...read.rateLimit, windowMs: 1_000 } };
  const service = await startTelegram(createBot(loadCorpus(DEFAULT_CORPUS)), settings, createLogger([fake.token], () => undefined));
  try {
    const rounds: Array<{ seconds: number; memory: NodeJS.MemoryUsage }> = [];
    for (let round = 0; round < 4; round++) {
      const seconds = await run(fake, ROUND);
      await new Promise((resolve) => setTimeout(resolve, settings.rateLimit.windowMs));
      gc();
      rounds.push({ seconds, memory: process.memoryUsage() });
    }
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const rows = rounds.map(({ seconds, memory }, i) => [
      i === 0 ? "1 (warm-up)" : String(i + 1),
      (ROUND / seconds).toFixed(0),
      mb(memory.heapUsed),
      mb(memory.rss),
    ]);
    const title = "Telegram adapter: rounds of 10,000 updates (2,000 people) against a fake Bot API on loopback, same process";
    const target = "target: >= 500 answers/s; heap flat after warm-up (heap and RSS after each round, after a full GC)";
    return `${title}\n${target}\n\n${table(["round", "answers/s", "heap used", "RSS"], rows)}`;
  } finally {
    await service.stop();
    await fake.close();
  }
}

/** Pushes `count` questions from count/5 people and waits for every answer; returns the seconds taken. */
async function run(fake: FakeTelegram, count: number): Promise<number> {
  const before = fake.counts.get("sendMessage") ?? 0;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const user = fake.user(1 + Math.floor(i / PER_PERSON));
    fake.message(user, QUESTIONS[i % QUESTIONS.length]!);
  }
  await fake.waitFor(() => (fake.counts.get("sendMessage") ?? 0) - before >= count, `${count} answers`, 120_000);
  return (performance.now() - start) / 1000;
}

// A full collection before each memory reading, so the figures are live objects, not garbage.
function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as (() => void) | undefined;
  return () => gc?.();
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchTelegram());
