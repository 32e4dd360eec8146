/**
 * End to end: the real grammY client, started by startPlatforms from env-style settings exactly as
 * `npm start` does, against a fake Bot API server on loopback. Every assertion is on what the bot
 * sent to the fake.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { createBot, loadCorpus, parseArticle, type Bot } from "../../src/index.js";
import { DEFAULT_CORPUS } from "../../adapters/corpus-path.js";
import { readSettings } from "../../adapters/config.js";
import { createLogger } from "../../adapters/logger.js";
import { startPlatforms } from "../../adapters/platforms.js";
import type { RunningService } from "../../adapters/service.js";
import { startTelegram } from "../../adapters/telegram/start.js";
import type { TelegramSettings } from "../../adapters/telegram/settings.js";
import { FakeTelegram, checkHtml } from "./fake-telegram.js";
import { entry } from "../entry.js";
import { freePort } from "./free-port.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FAST_RETRY = Object.freeze({ maxAttempts: 6, baseDelayMs: 5, maxDelayMs: 40, maxRetryAfterSeconds: 5 });
const core = createBot(loadCorpus(DEFAULT_CORPUS));
const QUESTION = "Siapa Sekretaris Jenderal NATO?";

let fake: FakeTelegram;
let services: RunningService[] = [];
let logs: string[] = [];

beforeEach(async () => {
  fake = await FakeTelegram.start();
  logs = [];
});

afterEach(async () => {
  await Promise.all(services.map((s) => s.stop()));
  services = [];
  await fake.close();
});

/** Settings from the environment the way main reads them, with tiny retry delays for tests. */
function settingsFor(env: Record<string, string> = {}, overrides: Partial<TelegramSettings> = {}) {
  const settings = readSettings({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, ...env }, []);
  return { ...settings, telegram: { ...settings.telegram!, retry: FAST_RETRY, pollTimeoutSeconds: 1, ...overrides } };
}

async function startBot(bot: Bot = core, env: Record<string, string> = {}, overrides: Partial<TelegramSettings> = {}): Promise<RunningService> {
  const settings = settingsFor(env, overrides);
  const started = await startPlatforms(bot, settings, createLogger(settings.secrets, (line) => logs.push(line)));
  services.push(...started);
  return started[0]!;
}

const idOf = (update: { message?: Message }) => update.message!.message_id;
const textOf = (payload: Record<string, unknown>) => String(payload.text);

describe("Telegram end to end", { timeout: 15_000 }, () => {
  it("answers a private question in HTML, threaded, with typing first and buttons; sets both menus", async () => {
    await startBot();
    const asker = fake.user(1);
    const q = fake.message(asker, QUESTION);
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length === 1, "the answer");
    const [answer] = fake.repliesTo(idOf(q));
    expect(answer!.parse_mode).toBe("HTML");
    // The exact answer first, then the article's sentence quoted as its proof.
    expect(textOf(answer!)).toMatch(/^<b>Jens Stoltenberg<\/b>\n<blockquote>[^<]*<b>Jens Stoltenberg<\/b>/);
    const keys = (answer!.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
    expect(keys.map((k) => k.text)).toContain("Konteks");
    const methods = fake.calls.map((c) => c.method);
    expect(methods.indexOf("sendChatAction")).toBeLessThan(methods.indexOf("sendMessage"));
    const menus = fake.sent("setMyCommands");
    const listed = core.commands.filter((c) => c.listed).map((c) => c.name);
    expect(menus.map((m) => m.language_code)).toEqual([undefined, "id", "en"]);
    for (const menu of menus) expect((menu.commands as Array<{ command: string }>).map((c) => c.command)).toEqual(listed);
    expect((menus[2]!.commands as Array<{ description: string }>)[0]!.description).toBe(core.commands[0]!.summary.en);
  });

  it("answers /cmd@ThisBot, a reply to the bot and a mention in a group; ignores the rest", async () => {
    await startBot();
    const group = -100_123;
    const alice = fake.user(2);
    const other = fake.message(alice, "/ask@OtherBot Siapa Stoltenberg?", { group });
    const chatter = fake.message(alice, "ada yang tahu jam berapa sekarang?", { group });
    const fromBot = fake.message({ ...fake.user(3), is_bot: true }, "/ask@ThisBot siapa?", { group });
    const unknownBare = fake.message(alice, "/ban spammer", { group });
    const addressed = fake.message(alice, `/ask@ThisBot ${QUESTION}`, { group });
    const reply = fake.message(alice, "kapan pertemuannya?", { group, replyTo: fake.botMessage(group, "jawaban sebelumnya") });
    const mention = fake.message(alice, `@ThisBot ${QUESTION}`, { group });
    const help = fake.message(alice, "/help", { group });
    // Updates of one chat are handled in order, so once the last is answered the ignored ones were seen.
    await fake.waitFor(() => fake.repliesTo(idOf(help)).length === 1, "the /help reply");
    for (const ignored of [other, chatter, fromBot, unknownBare]) expect(fake.repliesTo(idOf(ignored))).toEqual([]);
    for (const answered of [addressed, reply, mention]) expect(fake.repliesTo(idOf(answered))).toHaveLength(1);
    expect(textOf(fake.repliesTo(idOf(mention))[0]!)).toContain("Stoltenberg");
    expect(fake.sent()).toHaveLength(4);
  });

  it("answers /summary@ThisBot in a group", async () => {
    await startBot();
    const q = fake.message(fake.user(4), "/summary@ThisBot", { group: -100_200 });
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length > 0, "the summary");
    expect(textOf(fake.repliesTo(idOf(q))[0]!)).toContain("NATO");
  });

  it("answers /quote with a misspelt name", async () => {
    await startBot();
    const q = fake.message(fake.user(5), "/quote Stoltenbreg");
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length > 0, "the quotes");
    expect(textOf(fake.repliesTo(idOf(q))[0]!)).toContain("Stoltenberg");
  });

  it("pages a long quote list in place: the next button edits the message to page 2", async () => {
    await startBot();
    const asker = fake.user(16);
    const q = fake.message(asker, "/quote Stoltenberg");
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length === 1, "the first page");
    const first = fake.repliesTo(idOf(q))[0]!;
    expect(textOf(first)).toContain("<i>Halaman 1 dari 3</i>");
    const keys = (first.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
    expect(keys.map((k) => k.text)).toEqual(["Berikutnya ›"]);
    const press = fake.press(asker, keys[0]!.callback_data, first);
    await fake.waitFor(() => fake.sent("editMessageText").length === 1, "the second page");
    expect(fake.sent("sendMessage")).toHaveLength(1);
    const second = fake.sent("editMessageText")[0]!;
    expect(second.message_id).toBe(press.callback_query!.message!.message_id);
    expect(textOf(second)).toContain("<i>Halaman 2 dari 3</i>");
    expect(textOf(second)).toContain("Stoltenberg");
    // Direct quotes come first: the first page opens with his first one, the second page does not.
    expect(textOf(first)).toContain("Saya berharap sekutu");
    expect(textOf(second)).not.toContain("Saya berharap sekutu");
    const back = (second.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard.flat();
    expect(back.map((k) => k.text)).toEqual(["‹ Sebelumnya", "Berikutnya ›"]);
    expect(fake.sent("answerCallbackQuery")).toHaveLength(1);
  });

  it("answers an inline query with the answer as a result", async () => {
    await startBot();
    fake.inline(fake.user(6), QUESTION);
    await fake.waitFor(() => fake.sent("answerInlineQuery").length === 1, "the inline answer");
    const [answer] = fake.sent("answerInlineQuery");
    const results = answer!.results as Array<{ title: string; input_message_content: { message_text: string; parse_mode: string } }>;
    expect(results).toHaveLength(1);
    expect(results[0]!.title).toContain("Stoltenberg");
    expect(results[0]!.input_message_content.parse_mode).toBe("HTML");
  });

  it("answers an inline 'kutipan <name>' with that person's quotes", async () => {
    await startBot();
    fake.inline(fake.user(7), "kutipan Stoltenberg");
    await fake.waitFor(() => fake.sent("answerInlineQuery").length === 1, "the inline quotes");
    const results = fake.sent("answerInlineQuery")[0]!.results as Array<{ title: string }>;
    expect(results.length).toBeGreaterThan(1);
    expect(results.every((r) => r.title.includes("Stoltenberg"))).toBe(true);
  });

  it("pages an inline 'kutipan <name>' with next_offset, five results at a time", async () => {
    const quoted = ["Wali Kota Budi Santoso meninjau tanggul di Semarang pada hari Senin."];
    for (let n = 1; n <= 12; n++) quoted.push(`“Kalimat ${n} tentang banjir,” kata Budi Santoso.`);
    await startBot(createBot({ articles: [parseArticle("banjir.txt", "banjir", quoted.join("\n"))] }));
    const asker = fake.user(17);
    // Telegram sends the same query again with the offset we gave, when the person scrolls to the end.
    const ask = (offset: string, page: number) =>
      fake.push({ inline_query: { id: `iq-page${page}`, from: asker, query: "kutipan Budi Santoso", offset, chat_type: "private" } });
    const answers: Array<{ results: Array<{ id: string; description: string }>; next_offset: string }> = [];
    for (let offset = "", page = 1; page <= 3; page++) {
      ask(offset, page);
      await fake.waitFor(() => fake.sent("answerInlineQuery").length === page, `inline page ${page}`);
      const answer = fake.sent("answerInlineQuery")[page - 1] as unknown as (typeof answers)[number];
      answers.push(answer);
      offset = answer.next_offset;
    }
    const numbers = answers.map((a) => a.results.map((r) => Number(/Kalimat (\d+)/.exec(r.description)![1])));
    expect(numbers).toEqual([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12]]);
    expect(answers[0]!.next_offset).not.toBe("");
    expect(answers[1]!.next_offset).not.toBe(answers[0]!.next_offset);
    for (const a of answers.slice(0, 2)) expect(Buffer.byteLength(a.next_offset)).toBeLessThanOrEqual(64);
    expect(answers[2]!.next_offset).toBe("");
    expect(new Set(answers.flatMap((a) => a.results.map((r) => r.id))).size).toBe(12);
  });

  it("answers every button press, shows the context, and says when a button has expired", async () => {
    await startBot();
    const asker = fake.user(8);
    const q = fake.message(asker, QUESTION);
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length === 1, "the answer");
    const answer = fake.repliesTo(idOf(q))[0]!;
    const keys = (answer.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
    const context = keys.find((k) => k.text === "Konteks")!;
    const press = fake.press(asker, context.callback_data, answer);
    const stale = fake.press(asker, "ctx:000000:0:1", answer);
    await fake.waitFor(() => fake.sent().length === 2 && fake.sent("editMessageText").length === 1, "two button replies");
    expect(fake.sent("answerCallbackQuery").map((p) => p.callback_query_id)).toEqual([press.callback_query!.id, stale.callback_query!.id]);
    // The context is added to the answer's own message, which loses its Konteks button.
    const edited = fake.sent("editMessageText")[0]!;
    expect(edited.message_id).toBe(press.callback_query!.message!.message_id);
    expect(textOf(edited)).toContain(press.callback_query!.message!.text!);
    expect(textOf(edited)).toContain("Konteks —");
    const left = (edited.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard.flat();
    expect(left.map((k) => k.text)).not.toContain("Konteks");
    expect(textOf(fake.sent()[1]!)).toContain("kedaluwarsa");
  });

  it("reads a reply to an answer as a follow-up to it, and a fresh message alone", async () => {
    await startBot();
    const asker = fake.user(30);
    const q = fake.message(asker, "@ThisBot Apa yang membuat NATO sangat prihatin?", { group: -100_300 });
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length === 1, "the answer");
    const answer = fake.repliesTo(idOf(q))[0]!;
    expect(textOf(answer)).toContain("Dia mengatakan NATO sangat prihatin");
    // "terus?" alone is not something the article answers; as a reply it asks what comes next.
    const followup = fake.message(asker, "terus?", { group: -100_300, replyTo: fake.sentAsMessage(answer) });
    await fake.waitFor(() => fake.repliesTo(idOf(followup)).length === 1, "the follow-up's answer");
    expect(textOf(fake.repliesTo(idOf(followup))[0]!)).toContain("Sekutu NATO khawatir bahwa China");
    // Not a reply and not addressed: the bot stays quiet in the group.
    fake.message(asker, "terus?", { group: -100_300 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.sent()).toHaveLength(2);
  });

  it("does not count button presses against the question limit", async () => {
    await startBot(core, {}, { rateLimit: { limit: 2, windowMs: 30_000 } });
    const asker = fake.user(31);
    const q = fake.message(asker, QUESTION);
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length === 1, "the answer");
    const answer = fake.repliesTo(idOf(q))[0]!;
    const keys = (answer.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
    for (let i = 0; i < 4; i++) fake.press(asker, keys[0]!.callback_data, answer);
    await fake.waitFor(() => fake.sent("answerCallbackQuery").length === 4, "four presses answered");
    expect(fake.sent("answerCallbackQuery").every((p) => p.text === undefined)).toBe(true);
    const again = fake.message(asker, QUESTION);
    await fake.waitFor(() => fake.repliesTo(idOf(again)).length === 1, "the second question's answer");
    expect(textOf(fake.repliesTo(idOf(again))[0]!)).toContain("Stoltenberg");
  });

  it("greets a group once when added to it", async () => {
    await startBot();
    fake.added(fake.user(32), -100_400);
    await fake.waitFor(() => fake.sent().length === 1, "the greeting");
    expect(fake.sent()[0]!.chat_id).toBe(-100_400);
    expect(textOf(fake.sent()[0]!)).toContain("/help");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.sent()).toHaveLength(1);
  });

  it("answers with the exact answer first, then the sentence in a blockquote with the answer in bold", async () => {
    await startBot();
    const asker = fake.user(17);
    const q = fake.message(asker, "NATO mau kirim berapa kelompok tempur?");
    const when = fake.message(asker, "kapan perangnya mulai?");
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length === 1 && fake.repliesTo(idOf(when)).length === 1, "both answers");
    const html = textOf(fake.repliesTo(idOf(q))[0]!);
    expect(html.split("\n")[0]).toBe("<b>empat</b>");
    expect(html).toMatch(/<blockquote>[^<]*mengerahkan <b>empat<\/b> kelompok tempur[^<]*<\/blockquote>/);
    expect(html).toMatch(/<i>— paragraf \d+, kalimat \d+ \((yakin|cukup yakin|kurang yakin)\)<\/i>/);
    expect(html).not.toMatch(/keyakinan|\d\.\d\d|““|””/);
    expect(checkHtml(html)).toBeNull();
    expect(textOf(fake.repliesTo(idOf(when))[0]!).split("\n")[0]).toBe("<b>24 Februari</b>");
  });

  it("marks an answer span inside escaped HTML, every part valid and under 4096", async () => {
    const filler = "dan seterusnya <i>kata</i> & lagi ".repeat(140);
    const raw = `---\ntitle: Uji\n---\nTim <b>"A&B"</b> mengirim 7 kapal ke Pulau <Seribu> ${filler}pada Senin.\n`;
    await startBot(createBot({ articles: [parseArticle("uji.md", "uji", raw)] }));
    const q = fake.message(fake.user(18), "Berapa kapal yang dikirim tim A&B?");
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length >= 1, "the answer");
    await new Promise((resolve) => setTimeout(resolve, 200)); // let every part of the answer arrive
    const parts = fake.repliesTo(idOf(q)).map(textOf);
    expect(parts[0]!.split("\n")[0]).toBe("<b>7</b>");
    expect(parts.join("")).toContain("Tim &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; mengirim <b>7</b> kapal ke Pulau &lt;Seribu&gt;");
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(checkHtml(part)).toBeNull();
    }
  });

  it("escapes HTML from the article and the person; splits long replies under 4096", async () => {
    const sentence = (n: number) => `Kalimat panjang nomor ${n} menyebut <b>Tom & Jerry</a> serta ${"kata ".repeat(300)}akhir.`;
    const raw = `---\ntitle: Uji <script>\n---\n${[1, 2, 3, 4, 5].map(sentence).join(" ")}\n`;
    await startBot(createBot({ articles: [parseArticle("uji.md", "uji", raw)] }));
    const asker = fake.user(9);
    const q = fake.message(asker, "Tom & Jerry <b>bold</b></a> disebut di kalimat nomor 3?");
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length >= 1, "the answer (a long one comes in parts)");
    await new Promise((resolve) => setTimeout(resolve, 200)); // let every part of the answer arrive
    const answerParts = fake.repliesTo(idOf(q));
    const answer = answerParts[answerParts.length - 1]!; // the buttons ride on the last part
    expect(answerParts.map(textOf).join("")).toContain("&lt;b&gt;Tom &amp; Jerry&lt;/a&gt;");
    const keys = (answer.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
    fake.press(asker, keys.find((k) => k.text === "Konteks")!.callback_data, answer);
    await fake.waitFor(() => fake.sent().length >= answerParts.length + 2, "a context reply in several parts");
    const parts = fake.sent().slice(answerParts.length);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(textOf(part).length).toBeLessThanOrEqual(4096);
    expect(logs.filter((l) => l.includes(" error "))).toEqual([]);
  });

  it("escapes a person's own words echoed back (<b>, &, </a>)", async () => {
    await startBot();
    const q = fake.message(fake.user(15), "/quote <b>Tom & Jerry</a>");
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length === 1, "the reply");
    expect(textOf(fake.repliesTo(idOf(q))[0]!)).toContain("&lt;b&gt;Tom &amp; Jerry&lt;/a&gt;");
  });

  it("answers a 10,000-character message and text with emoji and bidi characters", async () => {
    await startBot();
    const long = fake.message(fake.user(10), `${QUESTION} ${"panjang ".repeat(1250)}`.slice(0, 10_000));
    const emoji = fake.message(fake.user(11), `🇮🇩👨‍👩‍👧 ${QUESTION} \u202eمرحبا\u202c \u200f😀`);
    await fake.waitFor(() => fake.repliesTo(idOf(long)).length === 1 && fake.repliesTo(idOf(emoji)).length === 1, "both answers");
    expect(logs.filter((l) => l.includes(" error "))).toEqual([]);
  });

  it("answers a flood of 50 messages in a second with five answers and one notice, and keeps serving", async () => {
    await startBot();
    const flooder = fake.user(12);
    const flood = Array.from({ length: 50 }, (_, i) => fake.message(flooder, `${QUESTION} ${i}`));
    const calm = fake.message(fake.user(13), QUESTION);
    await fake.waitFor(() => fake.repliesTo(idOf(calm)).length === 1, "the calm user's answer");
    await fake.waitFor(() => fake.sent().filter((p) => p.chat_id === flooder.id).length === 6, "five answers and the notice");
    const toFlooder = fake.sent().filter((p) => p.chat_id === flooder.id);
    expect(toFlooder.filter((p) => textOf(p).includes("Pelan-pelan"))).toHaveLength(1);
    expect(flood.slice(0, 5).every((u) => fake.repliesTo(idOf(u)).length === 1)).toBe(true);
  });

  it("logs a failing update without the token, apologises, and keeps serving", async () => {
    const failing: Bot = {
      ...core,
      handle: (incoming) => {
        if (incoming.text === "boom") throw new Error(`exploded near bot${fake.token}/sendMessage`);
        return core.handle(incoming);
      },
    };
    await startBot(failing);
    const boom = fake.message(fake.user(14), "boom");
    const after = fake.message(fake.user(14), QUESTION);
    await fake.waitFor(() => fake.repliesTo(idOf(after)).length === 1, "the next answer");
    expect(textOf(fake.repliesTo(idOf(boom))[0]!)).toContain("Maaf");
    expect(logs.some((l) => l.includes("exploded") && l.includes("[redacted]"))).toBe(true);
    expect(logs.join("\n")).not.toContain(fake.token);
  });
});

describe("Telegram faults", { timeout: 20_000 }, () => {
  it("answers every question exactly once through 429s, 500s and dropped connections", async () => {
    const plan: Record<string, Record<number, "429" | "500" | "drop">> = {
      sendMessage: { 1: "429", 2: "500", 3: "drop", 5: "500", 6: "drop", 9: "drop", 10: "500" },
      getUpdates: { 3: "drop", 4: "500" },
      answerCallbackQuery: { 1: "500", 2: "drop" },
      sendChatAction: { 2: "drop", 4: "500" },
    };
    fake.fault = (method, n) => plan[method]?.[n] ?? null;
    await startBot();
    const questions = Array.from({ length: 12 }, (_, i) => fake.message(fake.user(100 + i), QUESTION));
    await fake.waitFor(() => questions.every((q) => fake.repliesTo(idOf(q)).length >= 1), "every answer", 10_000);
    const answer = fake.repliesTo(idOf(questions[0]!))[0]!;
    const keys = (answer.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat();
    const press = fake.press(fake.user(100), keys[0]!.callback_data, answer);
    await fake.waitFor(() => fake.sent("answerCallbackQuery").length === 1, "the button's answer", 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const q of questions) expect(fake.repliesTo(idOf(q))).toHaveLength(1);
    // Every planned fault was met: 12 messages went through after 7 refused attempts.
    expect(fake.counts.get("sendMessage")).toBe(fake.sent().length + 7);
    expect(fake.sent("answerCallbackQuery").map((p) => p.callback_query_id)).toEqual([press.callback_query!.id]);
  });

  it("hands no update over twice when stopped mid-stream and started again", async () => {
    fake.fault = () => null;
    const questions = Array.from({ length: 40 }, (_, i) => fake.message(fake.user(200 + (i % 20)), `${QUESTION} ${i}`));
    const first = await startBot(core, {}, { maxInFlight: 2 });
    await fake.waitFor(() => fake.sent().length >= 8, "some answers");
    await first.stop();
    services = services.filter((s) => s !== first);
    const answeredBefore = fake.sent().length;
    expect(answeredBefore).toBeLessThan(40);
    await startBot();
    await fake.waitFor(() => questions.every((q) => fake.repliesTo(idOf(q)).length >= 1), "every answer after the restart");
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const q of questions) expect(fake.repliesTo(idOf(q))).toHaveLength(1);
  });

  it("refuses to start with a bad token (401) or another instance polling (409), naming the cause", async () => {
    const settings = settingsFor();
    const log = createLogger([], () => undefined);
    const badToken = { ...settings.telegram, token: "123456789:AAHwrongTokenWrongTokenWrongToken_xyz" };
    await expect(startTelegram(core, badToken, log)).rejects.toThrow(/401 Unauthorized.*@BotFather/);
    fake.conflict = true;
    const conflict = startTelegram(core, settings.telegram, log);
    await expect(conflict).rejects.toThrow(/409 Conflict/);
    await expect(conflict).rejects.not.toThrow(fake.token);
  });

  it("reports another instance taking over while running (409) once, as fatal", async () => {
    const settings = settingsFor();
    const fatal: string[] = [];
    const service = await startTelegram(core, settings.telegram, createLogger([], () => undefined), { onFatal: (e) => fatal.push(e.message) });
    services.push(service);
    fake.conflict = true;
    await fake.waitFor(() => fatal.length === 1, "the fatal report", 5_000);
    expect(fatal[0]).toMatch(/409 Conflict/);
  });

  it("serves a webhook that checks the secret and drops a re-sent update", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram-hook`;
    const env = { TELEGRAM_WEBHOOK_URL: url, TELEGRAM_WEBHOOK_PORT: String(port), TELEGRAM_WEBHOOK_SECRET: "s3cret_Token-1" };
    const base = settingsFor(env).telegram;
    await startBot(core, env, { webhook: { ...base.webhook!, host: "127.0.0.1" } });
    expect(fake.webhook).toEqual({ url, secret: "s3cret_Token-1" });
    const update = fake.makeUpdate({ message: { message_id: 77, date: 0, chat: { id: 31, type: "private", first_name: "A" }, from: fake.user(31), text: QUESTION } });
    const post = (secret: string) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret }, body: JSON.stringify(update) });
    expect((await post("wrong")).status).toBe(401);
    expect((await post("s3cret_Token-1")).status).toBe(200);
    expect((await post("s3cret_Token-1")).status).toBe(200);
    await fake.waitFor(() => fake.repliesTo(77).length === 1, "the answer");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.repliesTo(77)).toHaveLength(1);
  });
});

describe("npm start with Telegram", { timeout: 20_000 }, () => {
  it("exits 1 with one line on a bad token", async () => {
    const run = await startMain({ TELEGRAM_BOT_TOKEN: "123456789:AAHwrongTokenWrongTokenWrongToken_xyz" });
    const code = await run.exit;
    expect(code).toBe(1);
    expect(run.stderr().trim().split("\n")).toEqual([expect.stringMatching(/401 Unauthorized/)]);
  });

  it("serves, then stops cleanly on SIGTERM, confirming what it answered", async () => {
    const run = await startMain({ TELEGRAM_BOT_TOKEN: fake.token });
    await fake.waitFor(() => fake.sent("getUpdates").length >= 2, "polling", 15_000);
    const q = fake.message(fake.user(40), QUESTION);
    await fake.waitFor(() => fake.repliesTo(idOf(q)).length === 1, "the answer", 5_000);
    run.child.kill("SIGTERM");
    expect(await run.exit).toBe(0);
    expect(fake.pending).toBe(0);
    expect(run.stderr()).not.toContain(fake.token);
  });
});

async function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, [entry("adapters/main.ts")], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, TELEGRAM_API_ROOT: fake.apiRoot, DISCORD_TOKEN: "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exit, stderr: () => stderr };
}
